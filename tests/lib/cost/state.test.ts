import { describe, expect, test } from 'vitest';
import {
  defaultState,
  fieldValues,
  serializeState,
  type CostState,
  type Field,
  type NumberField,
} from '../../../src/lib/cost/state.ts';
import { parseFields, parseQuery, quote, readNumber, readRates, readStack } from '../../../src/lib/cost/read.ts';

/** The card's low ends as the own-rate defaults: Django 12/20/32/48, Node.js 14/22/35/50. */
const own = {
  'django-junior': 12,
  'django-mid': 20,
  'django-senior': 32,
  'django-lead': 48,
  'node-junior': 14,
  'node-mid': 22,
  'node-senior': 35,
  'node-lead': 50,
};
const defaults: CostState = {
  stack: 'django',
  rates: 'india',
  junior: 0,
  mid: 2,
  senior: 0,
  lead: 0,
  hours: 160,
  months: 12,
  ...own,
};
const team = (over: Partial<CostState>): CostState => ({ ...defaults, mid: 0, ...over });

describe('readNumber', () => {
  test.each<[NumberField, string, number, number, string | undefined]>([
    ['mid', '2', 0, 2, undefined],
    ['mid', ' 7 ', 0, 7, undefined],
    ['mid', '+3', 0, 3, undefined],
    ['mid', '0', 0, 0, undefined],
    ['mid', '-0', 0, 0, undefined],
    ['mid', '', 0, 0, undefined],
    ['hours', '', 160, 160, 'Enter a whole number from 1 to 744; 160 is used until you do.'],
    ['mid', '-5', 0, 0, '“-5” is below the minimum of 0, so 0 is used.'],
    ['hours', '0', 160, 1, '“0” is below the minimum of 1, so 1 is used.'],
    ['mid', '101', 0, 100, '“101” is above the maximum of 100, so 100 is used.'],
    [
      'hours',
      '99999999999999999999999',
      160,
      744,
      '“99999999999999999999999” is above the maximum of 744, so 744 is used.',
    ],
    ['months', '1000', 12, 120, '“1000” is above the maximum of 120, so 120 is used.'],
    ['hours', 'abc', 160, 160, '“abc” is not a number, so 160 is used.'],
    ['hours', 'NaN', 160, 160, '“NaN” is not a number, so 160 is used.'],
    ['hours', 'Infinity', 160, 160, '“Infinity” is not a number, so 160 is used.'],
    ['hours', '1e3', 160, 744, '“1e3” is above the maximum of 744, so 744 is used.'],
    ['hours', '2E2', 160, 200, undefined],
    ['hours', '1e999', 160, 744, '“1e999” is above the maximum of 744, so 744 is used.'],
    ['mid', '5e-1', 0, 1, '“5e-1” is not a whole number, so 1 is used.'],
    ['hours', '0x10', 160, 160, '“0x10” is not a number, so 160 is used.'],
    ['mid', '1,000', 0, 0, '“1,000” is not a number, so 0 is used.'],
    ['mid', '2.5', 0, 3, '“2.5” is not a whole number, so 3 is used.'],
    ['mid', '.4', 0, 0, '“.4” is not a whole number, so 0 is used.'],
    ['mid', '<script>alert(1)</script>', 0, 0, '“<script>alert(1)</script…” is not a number, so 0 is used.'],
  ])('%s %j -> %d', (field, raw, fallback, value, message) => {
    const r = readNumber(field, raw, fallback);
    expect(r.value).toBe(value);
    expect(r.message).toBe(message);
  });
});

describe('readStack and quote', () => {
  test.each<[string, string, string | undefined]>([
    ['django', 'django', undefined],
    ['NODE', 'node', undefined],
    [' node ', 'node', undefined],
    ['ruby', 'django', '“ruby” is not one of the stacks (django or node), so Django is used.'],
    ['', 'django', '“” is not one of the stacks (django or node), so Django is used.'],
  ])('%j -> %s', (raw, value, message) => {
    expect(readStack(raw, 'django')).toEqual(message ? { value, message } : { value });
  });

  test('quote shortens long values to 24 characters', () => {
    expect(quote('x'.repeat(30))).toBe(`“${'x'.repeat(24)}…”`);
    expect(quote('  ok ')).toBe('“ok”');
  });

  // A cut by UTF-16 units would leave half a surrogate pair (a lone \uD83D) or split a family emoji or a flag.
  test.each<[string, string]>([
    ['😀'.repeat(30), `“${'😀'.repeat(24)}…”`],
    [`${'x'.repeat(23)}😀😀`, `“${'x'.repeat(23)}😀…”`],
    [`${'x'.repeat(23)}👨‍👩‍👧‍👦👨‍👩‍👧‍👦`, `“${'x'.repeat(23)}👨‍👩‍👧‍👦…”`],
    [`${'x'.repeat(23)}🇮🇳🇺🇸`, `“${'x'.repeat(23)}🇮🇳…”`],
    ['😀'.repeat(24), `“${'😀'.repeat(24)}”`],
  ])('quote never splits an emoji: %s', (raw, quoted) => {
    expect(quote(raw)).toBe(quoted);
    expect(quote(raw)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test.each<[string, string, string | undefined]>([
    ['india', 'india', undefined],
    [' US ', 'us', undefined],
    ['own', 'own', undefined],
    ['eu', 'india', '“eu” is not one of the rate choices (india, us or own), so the India rates are used.'],
  ])('readRates %j -> %s', (raw, value, message) => {
    expect(readRates(raw, 'india')).toEqual(message ? { value, message } : { value });
  });
});

describe('parseQuery', () => {
  test.each<[string, CostState, [Field, string][]]>([
    ['', defaults, []],
    ['?utm_source=x', defaults, []],
    ['?stack=django&mid=2', team({ mid: 2 }), []],
    ['?stack=node&senior=3&hours=120&months=6', team({ stack: 'node', senior: 3, hours: 120, months: 6 }), []],
    ['?hours=100', { ...defaults, hours: 100 }, []],
    [
      '?mid=-5&hours=abc',
      team({}),
      [
        ['mid', '“-5” is below the minimum of 0, so 0 is used.'],
        ['hours', '“abc” is not a number, so 160 is used.'],
      ],
    ],
    ['?mid=2&mid=9', team({ mid: 2 }), [['mid', 'The link gives mid 2 times; the first value is used.']]],
    [
      '?mid=x&mid=1',
      team({}),
      [['mid', 'The link gives mid 2 times; the first value is used. “x” is not a number, so 0 is used.']],
    ],
    ['?stack=%3Cb%3E', defaults, [['stack', '“<b>” is not one of the stacks (django or node), so Django is used.']]],
    ['?mid=%E0%A4%A', team({}), [['mid', '“\uFFFD%A” is not a number, so 0 is used.']]],
    [
      '?junior=1&months=999',
      team({ junior: 1, months: 120 }),
      [['months', '“999” is above the maximum of 120, so 120 is used.']],
    ],
    // Issue 15: the rate choice and the reader's own rates.
    ['?rates=us', { ...defaults, rates: 'us' }, []],
    ['?rates=own&django-mid=40&node-mid=45', { ...defaults, rates: 'own', 'django-mid': 40, 'node-mid': 45 }, []],
    ['?node-lead=90', { ...defaults, rates: 'own', 'node-lead': 90 }, []],
    [
      '?rates=india&django-mid=40',
      defaults,
      [['rates', 'The link also gives your own rates; they are not used, as the India rates are chosen.']],
    ],
    [
      '?rates=own&django-mid=0&node-mid=abc',
      { ...defaults, rates: 'own', 'django-mid': 1 },
      [
        ['django-mid', '“0” is below the minimum of 1, so 1 is used.'],
        ['node-mid', '“abc” is not a number, so 22 is used.'],
      ],
    ],
    [
      '?rates=x',
      defaults,
      [['rates', '“x” is not one of the rate choices (india, us or own), so the India rates are used.']],
    ],
  ])('%s', (query, state, issues) => {
    const parsed = parseQuery(query, defaults);
    expect(parsed.state).toEqual(state);
    expect(parsed.issues.map((i) => [i.field, i.message])).toEqual(issues);
  });

  test('accepts URLSearchParams too', () => {
    expect(parseQuery(new URLSearchParams('lead=4'), defaults).state).toEqual(team({ lead: 4 }));
  });
});

describe('parseFields, serializeState, fieldValues, defaultState', () => {
  test('typed values are read like a link, and the form always describes the whole team', () => {
    const raw = { ...fieldValues(defaults), mid: '', senior: '4', hours: 'ten' };
    expect(parseFields(raw, defaults)).toEqual({
      state: team({ senior: 4 }),
      issues: [{ field: 'hours', message: '“ten” is not a number, so 160 is used.' }],
    });
  });

  test('serializes every input in a fixed order and reads it back; own rates only when they are used', () => {
    const state = team({ stack: 'node', junior: 1, lead: 3, hours: 100, months: 24 });
    const query = serializeState(state);
    expect(query).toBe('stack=node&rates=india&junior=1&mid=0&senior=0&lead=3&hours=100&months=24');
    expect(parseQuery(query, defaults)).toEqual({ state, issues: [] });
    const mine = team({ rates: 'own', mid: 1, 'node-mid': 60 });
    expect(serializeState(mine)).toBe(
      'stack=django&rates=own&junior=0&mid=1&senior=0&lead=0&hours=160&months=12&django-junior=12&django-mid=20&django-senior=32&django-lead=48&node-junior=14&node-mid=60&node-senior=35&node-lead=50',
    );
    expect(parseQuery(serializeState(mine), defaults)).toEqual({ state: mine, issues: [] });
  });

  test('typed own rates count only while "own" is chosen', () => {
    const raw = { ...fieldValues(defaults), 'django-mid': 'lots' };
    expect(parseFields(raw, defaults).issues).toEqual([]);
    expect(parseFields({ ...raw, rates: 'own' }, defaults).issues).toEqual([
      { field: 'django-mid', message: '“lots” is not a number, so 20 is used.' },
    ]);
  });

  test('the default scenario comes from a worked example; own rates start at the card’s low ends', () => {
    const levels = (['junior', 'mid', 'senior', 'lead'] as const).map((id, i) => ({
      id,
      django: { low: 10 + i },
      node: { low: 20.4 + i },
    }));
    expect(
      defaultState({ stack: 'node', seniority: 'senior', headcount: 3, impliedHoursPerMonth: 150 }, levels),
    ).toEqual({
      stack: 'node',
      rates: 'india',
      junior: 0,
      mid: 0,
      senior: 3,
      lead: 0,
      hours: 150,
      months: 12,
      'django-junior': 10,
      'django-mid': 11,
      'django-senior': 12,
      'django-lead': 13,
      'node-junior': 20,
      'node-mid': 21,
      'node-senior': 22,
      'node-lead': 23,
    });
  });
});

import { describe, expect, test } from 'vitest';
import {
  defaultState,
  fieldValues,
  parseFields,
  parseQuery,
  quote,
  readNumber,
  readStack,
  serializeState,
  type CostState,
  type Field,
  type NumberField,
} from '../../../src/lib/cost/state.ts';

const defaults: CostState = { stack: 'django', junior: 0, mid: 2, senior: 0, lead: 0, hours: 160, months: 12 };
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
    ['hours', '99999999999999999999999', 160, 744, '“99999999999999999999999” is above the maximum of 744, so 744 is used.'],
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
    ['?junior=1&months=999', team({ junior: 1, months: 120 }), [['months', '“999” is above the maximum of 120, so 120 is used.']]],
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

  test('serializes every input in a fixed order and reads it back', () => {
    const state = team({ stack: 'node', junior: 1, lead: 3, hours: 100, months: 24 });
    const query = serializeState(state);
    expect(query).toBe('stack=node&junior=1&mid=0&senior=0&lead=3&hours=100&months=24');
    expect(parseQuery(query, defaults)).toEqual({ state, issues: [] });
  });

  test('the default scenario comes from a worked example', () => {
    expect(defaultState({ stack: 'node', seniority: 'senior', headcount: 3, impliedHoursPerMonth: 150 })).toEqual({
      stack: 'node', junior: 0, mid: 0, senior: 3, lead: 0, hours: 150, months: 12,
    });
  });
});

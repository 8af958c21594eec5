import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { compareCost } from '../../../src/lib/cost/compare.ts';
import { computeCost, type CostResult } from '../../../src/lib/cost/compute.ts';
import { projectHiring } from '../../../src/lib/cost/hiring.ts';
import {
  defaultState,
  FIELDS,
  LEVELS,
  LIMITS,
  OWN_FIELDS,
  RATE_SOURCES,
  serializeState,
  STACKS,
  type CostState,
  type NumberField,
} from '../../../src/lib/cost/state.ts';
import { parseFields, parseQuery } from '../../../src/lib/cost/read.ts';

const kb = readKnowledgeBase();
const card = kb.rateCards[0];
if (!card) throw new Error('no rate card');
const defaults: CostState = defaultState(card.example, card.levels);
const runs = { numRuns: 1000 };

const count = (f: keyof typeof LIMITS) => fc.integer({ min: LIMITS[f].min, max: LIMITS[f].max });
const NUMBER_FIELDS: NumberField[] = [...LEVELS, 'hours', 'months', ...OWN_FIELDS];
const validState = fc.record({
  stack: fc.constantFrom(...STACKS),
  rates: fc.constantFrom(...RATE_SOURCES),
  ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f, count(f)])),
}) as fc.Arbitrary<CostState>;
/** Anything a reader might type or paste: numbers of every kind, text, markup, whitespace, huge digit runs. */
const hostile = fc.oneof(
  fc.string(),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '', ' ', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '%', '-0', '.5'),
  fc.stringMatching(/^\d{1,400}$/),
);

/** Every money and percentage output of a result. */
const numbers = (r: CostResult): number[] => [
  r.headcount,
  ...[r.monthly, r.total.offshore].flatMap((x) => [x.low, x.high]),
  ...r.levels.flatMap((l) => [l.offshore.low, l.offshore.high]),
];
const safe = (n: number) => Number.isSafeInteger(n) && n >= 0;

describe('cost calculator properties (fast-check, 1,000 runs each)', () => {
  test('reading any query string never throws and always yields a valid state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FIELDS, 'other'), hostile), { maxLength: 12 }), (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const { state, issues } = parseQuery(query, defaults);
        expect(STACKS).toContain(state.stack);
        expect(RATE_SOURCES).toContain(state.rates);
        for (const f of NUMBER_FIELDS) {
          expect(Number.isInteger(state[f])).toBe(true);
          expect(state[f]).toBeGreaterThanOrEqual(LIMITS[f].min);
          expect(state[f]).toBeLessThanOrEqual(LIMITS[f].max);
        }
        // Bounded however long the value: a quote is cut at 24 characters. The longest message joins three notes
        // (a repeated rates, an unknown choice, own rates it ignores), about 230 characters.
        for (const i of issues) expect(i.message.length).toBeLessThan(300);
      }),
      runs,
    );
  });

  test('typed fields with any text never throw and never give NaN, Infinity or a negative output', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(FIELDS.map((f) => [f, hostile])) as Record<(typeof FIELDS)[number], fc.Arbitrary<string>>), (raw) => {
        const { state } = parseFields(raw, defaults);
        const c = compareCost(card.levels, state);
        expect([...numbers(c.django), ...numbers(c.node)].every(safe)).toBe(true);
        const d = [c.diff.monthly, c.diff.total, c.diff.pct].flatMap((x) => [x.low, x.high]);
        expect(d.every(Number.isSafeInteger)).toBe(true);
      }),
      runs,
    );
  });

  test('every output is a finite, non-negative whole number of cents or basis points', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const r = computeCost(card.levels, state);
        expect(numbers(r).every(safe)).toBe(true);
        expect(r.monthly.low).toBeLessThanOrEqual(r.monthly.high);
        for (const m of kb.hiringModels) {
          const p = projectHiring(m, state);
          if (p.kind === 'priced') expect([p.monthly.low, p.monthly.high].every(safe)).toBe(true);
        }
      }),
      runs,
    );
  });

  test('costs never fall when a developer is added at any level', () => {
    fc.assert(
      fc.property(validState, fc.constantFrom(...LEVELS), (state, level) => {
        fc.pre(state[level] < LIMITS[level].max);
        const before = computeCost(card.levels, state);
        const after = computeCost(card.levels, { ...state, [level]: state[level] + 1 });
        expect(after.monthly.low).toBeGreaterThanOrEqual(before.monthly.low);
        expect(after.monthly.high).toBeGreaterThanOrEqual(before.monthly.high);
      }),
      runs,
    );
  });

  test('costs never fall when hours or months go up', () => {
    fc.assert(
      fc.property(validState, fc.constantFrom('hours' as const, 'months' as const), (state, field) => {
        fc.pre(state[field] < LIMITS[field].max);
        const before = computeCost(card.levels, state);
        const after = computeCost(card.levels, { ...state, [field]: state[field] + 1 });
        expect(after.total.offshore.low).toBeGreaterThanOrEqual(before.total.offshore.low);
        expect(after.total.offshore.high).toBeGreaterThanOrEqual(before.total.offshore.high);
        if (field === 'hours') expect(after.monthly.high).toBeGreaterThanOrEqual(before.monthly.high);
      }),
      runs,
    );
  });

  test('side by side: each stack’s totals equal its single-stack totals, and the difference is like for like', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const c = compareCost(card.levels, state);
        for (const stack of STACKS) {
          const alone = computeCost(card.levels, { ...state, stack });
          expect(c[stack].monthly).toEqual(alone.monthly);
          expect(c[stack].total).toEqual(alone.total);
          expect(c[stack].levels).toEqual(alone.levels);
        }
        const [from, to] = state.stack === 'django' ? [c.django, c.node] : [c.node, c.django];
        const ends = [to.monthly.low - from.monthly.low, to.monthly.high - from.monthly.high];
        expect(c.diff.monthly).toEqual({ low: Math.min(...ends), high: Math.max(...ends) });
        expect(c.diff.total).toEqual({ low: c.diff.monthly.low * state.months, high: c.diff.monthly.high * state.months });
        if (state.rates === 'us') expect(c.diff.monthly).toEqual({ low: 0, high: 0 });
      }),
      runs,
    );
  });

  test('parse(serialize(state)) equals state, with no messages', () => {
    fc.assert(
      fc.property(validState, (state) => {
        // Own rates travel only when they are used; otherwise the defaults stand in for them.
        const used = state.rates === 'own' ? state : { ...state, ...Object.fromEntries(OWN_FIELDS.map((f) => [f, defaults[f]])) };
        expect(parseQuery(serializeState(state), defaults)).toEqual({ state: used, issues: [] });
      }),
      runs,
    );
  });
});

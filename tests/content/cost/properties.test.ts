import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { computeCost, type CostResult } from '../../../src/lib/cost/compute.ts';
import { projectHiring } from '../../../src/lib/cost/hiring.ts';
import { FIELDS, LEVELS, LIMITS, parseFields, parseQuery, serializeState, STACKS, type CostState } from '../../../src/lib/cost/state.ts';

const kb = readKnowledgeBase();
const card = kb.rateCards[0];
if (!card) throw new Error('no rate card');
const defaults: CostState = { stack: 'django', junior: 0, mid: 2, senior: 0, lead: 0, hours: 160, months: 12 };
const runs = { numRuns: 1000 };

const count = (f: keyof typeof LIMITS) => fc.integer({ min: LIMITS[f].min, max: LIMITS[f].max });
const validState: fc.Arbitrary<CostState> = fc.record({
  stack: fc.constantFrom(...STACKS),
  junior: count('junior'),
  mid: count('mid'),
  senior: count('senior'),
  lead: count('lead'),
  hours: count('hours'),
  months: count('months'),
});
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
  ...[r.monthly, r.usMonthly, r.saving, r.savingPct, r.total.offshore, r.total.us, r.total.saving].flatMap((x) => [x.low, x.high]),
  ...r.levels.flatMap((l) => [l.offshore.low, l.offshore.high, l.us.low, l.us.high]),
];
const safe = (n: number) => Number.isSafeInteger(n) && n >= 0;

describe('cost calculator properties (fast-check, 1,000 runs each)', () => {
  test('reading any query string never throws and always yields a valid state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FIELDS, 'other'), hostile), { maxLength: 12 }), (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const { state, issues } = parseQuery(query, defaults);
        expect(STACKS).toContain(state.stack);
        for (const f of [...LEVELS, 'hours', 'months'] as const) {
          expect(Number.isInteger(state[f])).toBe(true);
          expect(state[f]).toBeGreaterThanOrEqual(LIMITS[f].min);
          expect(state[f]).toBeLessThanOrEqual(LIMITS[f].max);
        }
        for (const i of issues) expect(i.message.length).toBeLessThan(200);
      }),
      runs,
    );
  });

  test('typed fields with any text never throw and never give NaN, Infinity or a negative output', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(FIELDS.map((f) => [f, hostile])) as Record<(typeof FIELDS)[number], fc.Arbitrary<string>>), (raw) => {
        const { state } = parseFields(raw, defaults);
        expect(numbers(computeCost(card.levels, state)).every(safe)).toBe(true);
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
        expect(r.savingPct.high).toBeLessThanOrEqual(10000);
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
        for (const key of ['monthly', 'usMonthly', 'saving'] as const) {
          expect(after[key].low).toBeGreaterThanOrEqual(before[key].low);
          expect(after[key].high).toBeGreaterThanOrEqual(before[key].high);
        }
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
        for (const r of ['offshore', 'us', 'saving'] as const) {
          expect(after.total[r].low).toBeGreaterThanOrEqual(before.total[r].low);
          expect(after.total[r].high).toBeGreaterThanOrEqual(before.total[r].high);
        }
        if (field === 'hours') expect(after.monthly.high).toBeGreaterThanOrEqual(before.monthly.high);
      }),
      runs,
    );
  });

  test('parse(serialize(state)) equals state, with no messages', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseQuery(serializeState(state), defaults)).toEqual({ state, issues: [] });
      }),
      runs,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/decision/verdict.ts';
import { smallestFlips } from '../../../src/lib/decision/flip.ts';
import { parseQuery, toQuery, MAX_WEIGHT } from '../../../src/lib/decision/url-state.ts';
import { buildDecisionModel } from '../../../src/lib/decision/model.ts';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import type { Answers, DecisionModel, WeightOverrides } from '../../../src/lib/decision/types.ts';

const model = buildDecisionModel(readKnowledgeBase(), '/');
const runs = { numRuns: 1000 };
// A thousand runs each take a few seconds on a busy two-core machine.
const slow = { timeout: 120_000 };

/** Any valid set of answers for the real questions. */
const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    model.questions.map((q) => [
      q.id,
      q.kind === 'number' ? fc.integer({ min: q.min, max: q.max }) : fc.constantFrom(...q.options.map((o) => o.value)),
    ]),
  ),
);

/** Whole-number weights for every rule (integers make exact ties, the hardest case for scaling). */
const weightsArb: fc.Arbitrary<WeightOverrides> = fc.record(
  Object.fromEntries(
    model.rules.map((r) => [
      r.id,
      fc.record({ django: fc.integer({ min: 0, max: 20 }), node: fc.integer({ min: 0, max: 20 }) }),
    ]),
  ),
);

/** The same model with its questions and rules in another order. */
const shuffled = fc
  .tuple(
    fc.shuffledSubarray(model.questions, { minLength: model.questions.length }),
    fc.shuffledSubarray(model.rules, { minLength: model.rules.length }),
  )
  .map(([questions, rules]): DecisionModel => ({ ...model, questions, rules }));

/** Query strings mixing real names, junk, duplicates, hostile markup and broken percent escapes. */
const value = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    'NaN',
    'Infinity',
    '-1',
    '1e999',
    '0x10',
    '<script>alert(1)</script>',
    '%',
    '%E0%A4%A',
    '"><img src=x onerror=alert(1)>',
    '1,000',
    ' 60 % ',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);
const name = fc.oneof(fc.constantFrom(...model.questions.map((q) => q.id), 'w'), fc.string());
const weightValue = fc.oneof(
  value,
  fc.tuple(fc.constantFrom(...model.rules.map((r) => r.id)), value, value).map((p) => p.join(':')),
);
const queryArb = fc.oneof(
  fc.string(),
  fc
    .array(fc.tuple(fc.oneof(fc.tuple(name, value), fc.tuple(fc.constant('w'), weightValue)), fc.boolean()), {
      maxLength: 14,
    })
    .map((pairs) =>
      pairs.map(([[k, v], encode]) => `${encodeURIComponent(k)}=${encode ? encodeURIComponent(v) : v}`).join('&'),
    ),
);

describe('decision properties (fast-check, 1,000 runs each)', () => {
  test('the verdict does not depend on the order of questions or rules', slow, () => {
    fc.assert(
      fc.property(answersArb, weightsArb, shuffled, (answers, weights, other) => {
        expect(evaluate(other, answers, weights).verdict).toBe(evaluate(model, answers, weights).verdict);
      }),
      runs,
    );
  });

  test('scaling every weight by the same positive factor keeps the verdict', slow, () => {
    fc.assert(
      fc.property(answersArb, weightsArb, fc.double({ min: 0.001, max: 1000, noNaN: true }), (answers, weights, k) => {
        const scaled = Object.fromEntries(
          Object.entries(weights).map(([id, w]) => [id, { django: w.django * k, node: w.node * k }]),
        );
        expect(evaluate(model, answers, scaled).verdict).toBe(evaluate(model, answers, weights).verdict);
      }),
      runs,
    );
  });

  test('scaling the default weights keeps the verdict too', slow, () => {
    fc.assert(
      fc.property(answersArb, fc.double({ min: 0.001, max: 25, noNaN: true }), (answers, k) => {
        const scaled = Object.fromEntries(
          model.rules.map((r) => [r.id, { django: r.weights.django * k, node: r.weights.node * k }]),
        );
        expect(evaluate(model, answers, scaled).verdict).toBe(evaluate(model, answers).verdict);
      }),
      runs,
    );
  });

  test('any query string parses without throwing, into valid answers and weights', slow, () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const { answers, overrides, messages } = parseQuery(query, model);
        for (const q of model.questions) {
          const a = answers[q.id];
          if (q.kind === 'number') {
            expect(Number.isInteger(a)).toBe(true);
            expect(a as number).toBeGreaterThanOrEqual(q.min);
            expect(a as number).toBeLessThanOrEqual(q.max);
          } else expect(q.options.map((o) => o.value)).toContain(a);
        }
        for (const w of Object.values(overrides)) {
          for (const x of [w.django, w.node]) expect(Number.isFinite(x) && x >= 0 && x <= MAX_WEIGHT).toBe(true);
        }
        for (const m of messages) expect(m.text.length).toBeLessThan(200);
      }),
      runs,
    );
  });

  test('outputs are finite and the flips really flip', slow, () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const { answers, overrides } = parseQuery(query, model);
        const o = evaluate(model, answers, overrides);
        for (const x of [
          o.django,
          o.node,
          o.lead,
          o.strongLevel,
          ...o.contributions.flatMap((c) => [c.django, c.node]),
        ]) {
          expect(Number.isFinite(x)).toBe(true);
        }
        expect(['django', 'node', 'both', 'either']).toContain(o.verdict);
        for (const f of smallestFlips(model, answers, overrides)) {
          expect(Number.isFinite(f.shift)).toBe(true);
          expect(f.verdict).not.toBe(o.verdict);
        }
      }),
      runs,
    );
  });

  test('parse(serialize(state)) gives the state back', slow, () => {
    const twoDecimals = fc.integer({ min: 0, max: MAX_WEIGHT * 100 }).map((n) => n / 100);
    const someWeights = fc.dictionary(
      fc.constantFrom(...model.rules.map((r) => r.id)),
      fc.record({ django: twoDecimals, node: twoDecimals }),
    );
    fc.assert(
      fc.property(answersArb, someWeights, (answers, weights) => {
        // Weights equal to the defaults are not written, so they are not expected back either.
        const changed = Object.fromEntries(
          Object.entries(weights).filter(([id, w]) => {
            const d = model.rules.find((r) => r.id === id)?.weights;
            return !d || d.django !== w.django || d.node !== w.node;
          }),
        );
        expect(parseQuery(toQuery(answers, changed, model), model)).toEqual({
          answers,
          overrides: changed,
          importance: {},
          messages: [],
        });
      }),
      runs,
    );
  });
});

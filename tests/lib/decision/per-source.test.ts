import { describe, expect, test } from 'vitest';
import { howTheyCompare, perSource, sourceWords, type SourceAnswer } from '../../../src/lib/decision/per-source.ts';
import type { DecisionModel, ModelRule, Ref } from '../../../src/lib/decision/types.ts';

const ref = (id: string, source: string): Ref => ({ kind: 'row', id, label: id, href: `/#${id}`, source });
const model: Pick<DecisionModel, 'sources' | 'refs'> = {
  sources: [
    { id: 'a', name: 'A', year: 2026, what: 'its matrix', polyglot: 3 },
    { id: 'b', name: 'B', year: 2021, what: 'its lists' },
  ],
  refs: [ref('a1', 'A'), ref('a2', 'A'), ref('b1', 'B'), ref('a-both', 'A')],
};
const rule = (id: string, reads: ModelRule['reads']): ModelRule => ({
  id,
  question: id,
  weights: { django: 0, node: 0 },
  label: id,
  reason: 'r',
  cites: [],
  dissent: [],
  reads,
});
const r1 = rule('r1', [
  { source: 0, ref: 0, side: 'django' },
  { source: 1, ref: 2, side: 'node' },
]);
const r2 = rule('r2', [{ source: 0, ref: 1, side: 'node' }]);
const r3 = rule('r3', [{ source: 0, ref: 0, side: 'django' }]);

describe('perSource', () => {
  test.each([
    ['nothing triggered', [], ['none', 'none']],
    ['one rule', [r1], ['django', 'node']],
    ['an even split', [r1, r2], ['split', 'node']],
    ['the same row matched twice counts once', [r1, r2, r3], ['split', 'node']],
  ])('%s', (_name, rules, expected) => {
    expect(perSource(model, rules).map((s) => s.answer)).toEqual(expected);
  });

  test('words: a source with polyglot advice says “both” on an even split, others say “split”', () => {
    const [a, b] = perSource(model, [r1, r2]);
    expect(a && sourceWords(a)).toBe('Both: its items split evenly, and its advice then is a polyglot system.');
    expect(b && sourceWords(b)).toBe('Node.js: 1 of its items to 0.');
    expect(sourceWords(perSource(model, [])[1] as SourceAnswer)).toBe('Nothing in its lists matches these answers.');
  });

  test.each([
    [[], { differ: false, text: 'None of the sources’ own guidance matches these answers.' }],
    [[r2], { differ: false, text: 'Only A’s guidance matches: it says Node.js.' }],
    [[r1, r2], { differ: true, text: 'They differ: split for A; Node.js for B.' }],
    [[r1], { differ: true, text: 'They differ: Django for A; Node.js for B.' }],
  ])('howTheyCompare %#', (rules, expected) => {
    expect(howTheyCompare(perSource(model, rules))).toEqual(expected);
  });
});

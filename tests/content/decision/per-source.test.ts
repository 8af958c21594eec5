import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/decision/verdict.ts';
import { buildDecisionModel } from '../../../src/lib/decision/model.ts';
import { howTheyCompare, perSource, sourceWords } from '../../../src/lib/decision/per-source.ts';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { parseQuery } from '../../../src/lib/decision/url-state.ts';
import type { Answers } from '../../../src/lib/decision/types.ts';

const kb = readKnowledgeBase();
const model = buildDecisionModel(kb, '/');
const answersOf = (query: string) => {
  const p = parseQuery(query, model);
  expect(p.messages).toEqual([]);
  return p.answers;
};
const run = (answers: Answers) =>
  perSource(
    model,
    evaluate(model, answers).contributions.flatMap((c) => c.rules),
  );
const bySource = (answers: Answers) => Object.fromEntries(run(answers).map((s) => [s.id, s.answer]));

const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    model.questions.map((q) => [
      q.id,
      q.kind === 'number' ? fc.integer({ min: q.min, max: q.max }) : fc.constantFrom(...q.options.map((o) => o.value)),
    ]),
  ),
);

/** The side a cited record itself gives: a row's stated side (or its column reading), a guidance item's pick. */
function sidesOf(refId: string, kind: string): string[] {
  if (kind === 'guidance') return [kb.guidance.find((g) => g.id === refId)?.recommends ?? '?'];
  const [table, row] = refId.split('/');
  const r = kb.tables.find((t) => t.id === table)?.rows.find((x) => x.id === row);
  if (r?.favours === 'django' || r?.favours === 'node') return [r.favours];
  // A "depends" row: the sides the rules read it as.
  return kb.decisionRules.flatMap((d) => (d.reads ?? []).filter((x) => x.table === table && x.row === row).map((x) => x.side));
}

describe('what each source would say, on the real rules', () => {
  test('the four sources with decision guidance are listed, each with its age', () => {
    expect(model.sources.map((s) => [s.name, s.year])).toEqual([
      ['Witarist 2026', 2026],
      ['Hosting benchmarks 2026', 2026],
      ['Freelancer opinion', 2026],
      ['Backend guide', 2026],
    ]);
  });

  test('an e-commerce product: the sources’ own guidance differs, and each source’s answer is shown', () => {
    const answers = run(answersOf('app=ecommerce'));
    expect(Object.fromEntries(answers.map((s) => [s.id, s.answer]))).toEqual({
      'witarist-2026': 'node',
      'hosting-benchmarks-2026': 'django',
      'freelancer-opinion': 'django',
      'backend-guide': 'django',
    });
    expect(answers[0]?.items.map((x) => x.ref.id)).toEqual(['wit-decision-matrix/ecommerce-payments']);
    expect(answers[1]?.items.map((x) => x.ref.id)).toEqual(['hb-decision-matrix/ecommerce-cms']);
    expect(howTheyCompare(answers)).toEqual({
      differ: true,
      text: 'They differ: Node.js for Witarist 2026; Django for Hosting benchmarks 2026, Freelancer opinion and Backend guide.',
    });
  });

  test('a JS team building real-time chat: every source says Node.js', () => {
    expect(bySource(answersOf('team=js&app=chat&realtime=60'))).toEqual({
      'witarist-2026': 'node',
      'hosting-benchmarks-2026': 'node',
      'freelancer-opinion': 'node',
      'backend-guide': 'node',
    });
  });

  test('ML at the core with half the load real-time: Witarist’s matrix splits evenly, so its polyglot advice shows', () => {
    const [wit] = run(answersOf('ml=core&realtime=50'));
    expect(wit?.answer).toBe('split');
    expect(wit && sourceWords(wit)).toBe('Both: its items split evenly, and its advice then is a polyglot system.');
  });

  test('a plain SaaS answer does not count the backend guide’s advice for scalability-first SaaS startups', () => {
    expect(bySource(answersOf(''))['backend-guide']).toBe('none');
  });

  test('per-source answers never contradict the rows and items they cite', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const s of run(answers)) {
          for (const x of s.items) {
            expect(x.ref.source, x.ref.id).toBe(s.name);
            expect(sidesOf(x.ref.id, x.ref.kind), x.ref.id).toContain(x.side);
          }
          const { django, node } = s.count;
          expect(django + node).toBe(s.items.length);
          if (s.answer === 'django') expect(django).toBeGreaterThan(node);
          if (s.answer === 'node') expect(node).toBeGreaterThan(django);
          if (s.answer === 'split') expect(django).toBe(node);
          if (s.answer === 'none') expect(s.items).toEqual([]);
          // An answer for a side always rests on at least one item for that side.
          if (s.answer === 'django' || s.answer === 'node') expect(s.items.some((x) => x.side === s.answer)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

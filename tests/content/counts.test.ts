// Per-source counts from issue 3, read through the real schemas and reader.
import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';

const kb = readKnowledgeBase();
const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

describe('every source is modelled', () => {
  test('five sources', () => {
    expect(kb.sources.map((s) => s.id).sort()).toEqual([
      'backend-guide',
      'freelancer-opinion',
      'hosting-benchmarks-2026',
      'trio',
      'witarist-2026',
    ]);
  });

  test('every source has claims', () => {
    for (const s of kb.sources) expect(kb.claims.filter((c) => c.source === s.id).length, s.id).toBeGreaterThan(0);
  });
});

describe('comparison tables, row by row', () => {
  test.each([
    ['wit-at-a-glance', 'witarist-2026', 11],
    ['wit-benchmarks', 'witarist-2026', 7],
    ['wit-rate-card', 'witarist-2026', 4],
    ['wit-hiring-models', 'witarist-2026', 4],
    ['wit-decision-matrix', 'witarist-2026', 9],
    ['bg-core-differences', 'backend-guide', 12],
    ['hb-comparison', 'hosting-benchmarks-2026', 6],
    ['hb-decision-matrix', 'hosting-benchmarks-2026', 8],
    ['trio-category-verdicts', 'trio', 7],
  ])('%s (%s) has %i rows', (id, source, rows) => {
    const table = kb.tables.find((t) => t.id === id);
    expect(table?.source).toBe(source);
    expect(table?.rows).toHaveLength(rows);
  });

  test('no other tables', () => {
    expect(kb.tables).toHaveLength(9);
  });

  test("trio's table holds six category verdicts plus the overall verdict", () => {
    const rows = kb.tables.find((t) => t.id === 'trio-category-verdicts')?.rows ?? [];
    expect(rows.map((r) => [r.id, r.favours])).toEqual([
      ['community', 'node'],
      ['architecture', 'django'],
      ['scalability', 'tie'],
      ['security', 'django'],
      ['usability', 'node'],
      ['performance', 'django'],
      ['overall', 'django'],
    ]);
  });
});

describe('lists per source', () => {
  test('when-not: 5 + 5 for Witarist, 3 myths for the freelancer', () => {
    expect(countBy(kb.whenNot, (w) => `${w.source} ${w.kind} ${w.avoid}`)).toEqual({
      'witarist-2026 avoid-when django': 5,
      'witarist-2026 avoid-when node': 5,
      'freelancer-opinion myth node': 3,
    });
  });

  test('pros and cons: 5 + 5 per side, all from the backend guide', () => {
    expect(countBy(kb.prosCons, (p) => `${p.source} ${p.side} ${p.kind}`)).toEqual({
      'backend-guide django pro': 5,
      'backend-guide django con': 5,
      'backend-guide node pro': 5,
      'backend-guide node con': 5,
    });
  });

  test('FAQs: 7 / 4 / 7, and all 7 of hosting-benchmarks-2026 are reconstructed', () => {
    expect(countBy(kb.faqs, (f) => `${f.source} ${f.reconstructed ? 'reconstructed' : 'as printed'}`)).toEqual({
      'backend-guide as printed': 7,
      'freelancer-opinion as printed': 4,
      'hosting-benchmarks-2026 reconstructed': 7,
    });
  });

  test('four hiring models', () => {
    expect(kb.hiringModels.map((h) => h.id)).toEqual(['wit-freelance', 'wit-staff-augmentation', 'wit-dedicated-team', 'wit-in-house-us']);
  });

  test('one rate card with four seniority levels', () => {
    expect(kb.rateCards.map((r) => [r.id, r.source, r.levels.map((l) => l.id)])).toEqual([
      ['wit-india-rates', 'witarist-2026', ['junior', 'mid', 'senior', 'lead']],
    ]);
  });

  test("the freelancer's choose-when lists (5 + 4) and 30-40 % threshold", () => {
    const fo = kb.guidance.filter((g) => g.source === 'freelancer-opinion');
    expect(countBy(fo.filter((g) => g.kind === 'choose-when'), (g) => g.recommends)).toEqual({ django: 5, node: 4 });
    const threshold = fo.find((g) => g.kind === 'threshold')?.figures.find((f) => f.metric === 'realtime-load-share');
    expect([threshold?.value, threshold?.high]).toEqual([30, 40]);
  });
});

import { describe, expect, test } from 'vitest';
import { cellNumbers, checks } from '../../src/lib/content/integrity.ts';
import type { KnowledgeBase } from '../../src/lib/content/read.ts';
import type { Claim, ComparisonTable } from '../../src/schemas/index.ts';
import { claim, kbOf } from './fixtures/kb.ts';

describe('cellNumbers', () => {
  test.each([
    ['~45,000', [45000]],
    ['23M+ developers', [23000000]],
    ['~1.3M+ reqs (TechEmpower R23)', [1300000]],
    ['PyPI — 500K+ packages', [500000]],
    ['~880k reqs', [880000]],
    ['~800ms', [800]],
    ['Lightweight (~75ms startup)', [75]],
    ['handles ~3× more users', [3]],
    ['~50,000+ (ws)', [50000]],
    ['90% of wiring', [90]],
    // Bare numbers are labels or versions; numbers glued to letters are names.
    ['Complex ORM joins (20-table)', []],
    ['Django 6.0.1 (Python 3.14)', []],
    ['Channels 5.0: robust', []],
    ['JavaScript / TypeScript (ES2024)', []],
    ['V8 / Rust core', []],
    ['Manual setup required', []],
  ])('%s', (text, expected) => {
    expect(cellNumbers(text).map((n) => n.value)).toEqual(expected);
  });
});

describe('tableFigures check', () => {
  const claim = (id: string, values: number[]): Claim => ({
    id,
    source: 's',
    locator: 'l',
    topics: ['t'],
    dimension: 'd',
    favours: 'node',
    text: 'x',
    figures: values.map((value) => ({
      side: 'node',
      subject: 'x',
      metric: 'm',
      value,
      unit: 'ms',
      approx: false,
      setup: 'unstated',
      atLeast: false,
      atMost: false,
    })),
  });
  const table = (cells: Record<string, string>, claims: string[]): ComparisonTable => ({
    id: 't',
    source: 's',
    locator: 'l',
    title: 't',
    summary: 's',
    columns: Object.keys(cells).map((id) => ({ id, label: id })),
    rows: [{ id: 'r', cells, claims }],
  });
  const run = (claims: Claim[], t: ComparisonTable) =>
    checks['tableFigures']?.({ claims, tables: [t] } as unknown as KnowledgeBase);

  test.each([
    ['numbers found among the figures', [claim('c', [800, 150])], table({ a: '~800ms', b: '~150ms' }, ['c']), []],
    ['a high end counts', [claim('c', [4, 6])], table({ a: '6ms' }, ['c']), []],
    ['claims without figures are not checked', [claim('c', [])], table({ a: '~999ms' }, ['c']), []],
    [
      'a number missing from the figures',
      [claim('c', [800])],
      table({ a: '~800ms', b: '~150ms' }, ['c']),
      ['t/r: cell "b" prints "~150ms", but no figure of its claims (c) has the value 150'],
    ],
  ])('%s', (_name, claims, t, expected) => {
    expect(run(claims, t)).toEqual(expected);
  });
});

describe('reviews check', () => {
  test('an unreviewed candidate and a stale review fail the build, each message starting with the candidate id', () => {
    const kb = kbOf({
      claims: [claim('a1', 'alpha', 'django'), claim('b1', 'beta', 'node')],
      reviews: [{ candidate: 'position-gone', status: 'consistent', note: 'Was computed once.' }],
    });
    expect(checks['reviews']?.(kb)).toMatchInlineSnapshot(`
      [
        "position-gone: reviewed in content/reviews/candidates.yaml, but no such candidate is computed any more; remove the review",
        "position-perf: a computed candidate nobody classified; add { candidate: position-perf, status: disagreement | not-comparable | consistent, note: … } to content/reviews/candidates.yaml",
      ]
    `);
  });
});

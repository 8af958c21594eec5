import { describe, expect, test } from 'vitest';
import {
  headingCoverage,
  isExactHeading,
  rankSections,
  words,
  type AnchorInfo,
  type RankInput,
} from '../../../src/lib/search/results.ts';
import type { PfSubResult } from '../../../src/lib/search/types.ts';

describe('words, headingCoverage, isExactHeading', () => {
  test.each<[string, string[]]>([
    ['Node.js: fast?', ['node', 'js', 'fast']],
    ['Cold-start (serverless)', ['cold', 'start', 'serverless']],
    ['Café Über 2026', ['cafe', 'uber', '2026']],
    ['  ', []],
  ])('words(%j)', (text, out) => {
    expect(words(text)).toEqual(out);
  });

  test.each<[string, string, number]>([
    ['Cold start (serverless)', 'cold start', 1],
    ['Startup or cold-start time', 'cold start', 1],
    ['Startup time', 'cold start', 0.5],
    ['Benchmarks', 'benchmark', 1],
    ['Security', 'cold start', 0],
    ['Anything', '', 0],
  ])('coverage of %j by %j', (heading, query, out) => {
    expect(headingCoverage(heading, query)).toBe(out);
  });

  test.each<[string, string, boolean]>([
    ['Is Node.js faster than Django?', 'is node.js faster than django', true],
    ['Is Node.js faster than Django?', 'Is Node.js faster than Django?', true],
    ['Is Node.js faster than Django?', 'node faster django', false],
    ['Anything', '', false],
  ])('exact %j vs %j', (heading, query, out) => {
    expect(isExactHeading(heading, query)).toBe(out);
  });
});

const sub = (title: string, url: string, scores: number[], anchor = true): PfSubResult => ({
  title,
  url,
  excerpt: `${title} <mark>x</mark>`,
  weighted_locations: scores.map((s, i) => ({ weight: 1, balanced_score: s, location: i })),
  ...(anchor ? { anchor: { element: 'h3', id: url.split('#')[1] ?? '' } } : {}),
});

const page = (
  score: number,
  url: string,
  title: string,
  type: string,
  sources: string[],
  subs: PfSubResult[],
): RankInput => ({
  score,
  data: { url, excerpt: '', meta: { title, type }, filters: { source: sources }, sub_results: subs },
});

describe('rankSections', () => {
  const pages = [
    page(
      10,
      '/topics/performance/',
      'Performance',
      'Comparison',
      ['Trio', 'Witarist 2026'],
      [
        sub('Performance', '/topics/performance/', [1], false),
        sub('Throughput', '/topics/performance/#throughput', [20, 20]),
      ],
    ),
    page(
      6,
      '/faq/',
      'FAQ',
      'FAQ',
      ['Backend guide', 'Trio'],
      [
        sub('Is Node.js faster than Django?', '/faq/#bg-faq-is-node-faster', [8]),
        sub('Which is cheaper?', '/faq/#cheaper', [2]),
      ],
    ),
  ];
  const info: Record<string, AnchorInfo> = {
    '/faq/#bg-faq-is-node-faster': { type: 'FAQ', sources: ['Backend guide'] },
  };
  const anchorInfo = (url: string) => info[url];

  test('an FAQ question typed in full comes first, with the anchor’s own source', () => {
    const hits = rankSections(pages, { query: 'Is Node.js faster than Django?', anchorInfo });
    expect(hits[0]).toMatchObject({
      url: '/faq/#bg-faq-is-node-faster',
      page: 'FAQ',
      section: 'Is Node.js faster than Django?',
      type: 'FAQ',
      sources: ['Backend guide'],
    });
  });

  test('otherwise the strongest section leads; sections without an anchor have no section label', () => {
    const hits = rankSections(pages, { query: 'throughput' });
    expect(hits.map((h) => h.url)).toEqual([
      '/topics/performance/#throughput',
      '/topics/performance/',
      '/faq/#bg-faq-is-node-faster',
      '/faq/#cheaper',
    ]);
    expect(hits[1]?.section).toBeUndefined();
    expect(hits[1]?.sources).toEqual(['Trio', 'Witarist 2026']);
  });

  test('a section bringing several sources together wins a tie', () => {
    const tied = [
      page(5, '/a/', 'A', 'Comparison', [], [sub('Cold start', '/a/#one', [5])]),
      page(5, '/b/', 'B', 'Comparison', [], [sub('Cold start', '/b/#both', [5])]),
    ];
    const multi = { '/b/#both': { sources: ['Witarist 2026', 'Hosting benchmarks 2026'] } } as Record<
      string,
      AnchorInfo
    >;
    const hits = rankSections(tied, { query: 'cold start', anchorInfo: (u) => multi[u] });
    expect(hits.map((h) => h.url)).toEqual(['/b/#both', '/a/#one']);
    expect(hits[0]?.type).toBe('Comparison');
  });

  test.each<[number, number, number]>([
    [2, 8, 2],
    [30, 1, 2],
    [30, 8, 4],
  ])('limit %i and perPage %i give %i results', (limit, perPage, count) => {
    expect(rankSections(pages, { query: 'x', limit, perPage })).toHaveLength(count);
  });

  test('no pages, no results', () => {
    expect(rankSections([], { query: 'x' })).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { rankLoaded, titleCoverage, toHit, withoutRepeats, type SearchHit } from '../../../src/lib/search/results.ts';
import type { PfFragment } from '../../../src/lib/search/types.ts';

const fragment = (extra: Partial<PfFragment> = {}): PfFragment => ({
  url: '/faq/#q-1',
  excerpt: 'Node.js answers <mark>faster</mark> on I/O',
  meta: { title: 'Is Node.js faster?', type: 'FAQ', page: 'FAQ' },
  filters: { source: ['Witarist 2026'], type: ['FAQ'] },
  sub_results: [],
  ...extra,
});

describe('toHit', () => {
  test('takes the title, type, page and sources from the record', () => {
    expect(toHit(fragment())).toEqual({
      url: '/faq/#q-1',
      title: 'Is Node.js faster?',
      excerpt: 'Node.js answers <mark>faster</mark> on I/O',
      type: 'FAQ',
      page: 'FAQ',
      sources: ['Witarist 2026'],
    });
  });
  test('a record without a title or filters still gives a usable result', () => {
    expect(toHit(fragment({ meta: { title: '  ' }, filters: {} }))).toEqual({
      url: '/faq/#q-1',
      title: '/faq/#q-1',
      excerpt: 'Node.js answers <mark>faster</mark> on I/O',
      sources: [],
    });
  });
});

describe('withoutRepeats', () => {
  const hit = (url: string): SearchHit => ({ url, title: url, excerpt: '', sources: [] });
  test.each<[string[], string[], string[]]>([
    [['/a/#1', '/a/#2', '/a/#1'], [], ['/a/#1', '/a/#2']],
    [['/a/?highlight=x#1', '/a/#1'], [], ['/a/?highlight=x#1']],
    [['/a/#1', '/b/#2'], ['/a/#1'], ['/b/#2']],
  ])('%j shown after %j', (urls, shown, out) => {
    expect(withoutRepeats(urls.map(hit), new Set(shown)).map((h) => h.url)).toEqual(out);
  });
});

describe('titleCoverage and rankLoaded', () => {
  const hit = (title: string, type = 'Claim'): SearchHit => ({
    url: `/x/#${title}`,
    title,
    excerpt: '',
    sources: [],
    type,
  });
  test.each<[string, string[], number]>([
    ['Is Node.js faster than Django?', ['node.js', 'faster', 'django'], 1],
    ['Startup time', ['startup', 'cold'], 0.5],
    ['Anything', [], 0],
  ])('%j covers %j: %d', (title, words, share) => {
    expect(titleCoverage(title, words)).toBe(share);
  });
  test('an overview yields to a record with the same score; an exact title wins outright', () => {
    const ranked = rankLoaded(
      [
        { score: 10, hit: hit('Performance', 'Walkthrough section') },
        { score: 10, hit: hit('Django throughput') },
        { score: 6, hit: hit('Is Django fast?', 'FAQ') },
      ],
      ['django', 'fast'],
      'is django fast',
    );
    expect(ranked.map((h) => h.title)).toEqual(['Is Django fast?', 'Django throughput', 'Performance']);
  });
});

import { describe, expect, test } from 'vitest';
import { planQuery } from '../../../src/lib/search/query.ts';
import { extensionEnds, runPlanned } from '../../../src/lib/search/run.ts';
import type { PfResponse } from '../../../src/lib/search/types.ts';

const END = '\u{10FFFF}';

describe('extensionEnds', () => {
  test('each word of the plan once, followed by the highest code point', () => {
    expect(extensionEnds(planQuery('orm joins', []))).toBe(`orm${END} joins${END}`);
    expect(extensionEnds(planQuery('lambda', []))).toBe(`lambda${END} serverless${END}`);
    expect(extensionEnds(planQuery('', []))).toBe('');
  });

  test('sorts after every extension of the word and before the next word', () => {
    const [end = ''] = extensionEnds(planQuery('join', [])).split(' ');
    const utf8 = (s: string) => Buffer.from(s, 'utf8');
    for (const extension of ['join', 'joins', 'joinz', 'join’', 'join😀'])
      expect(Buffer.compare(utf8(extension), utf8(end)), extension).toBe(-1);
    expect(Buffer.compare(utf8('joio'), utf8(end))).toBe(1);
  });
});

describe('runPlanned', () => {
  test('preloads the extension ends before it searches', async () => {
    const calls: string[] = [];
    const empty: PfResponse = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
    await runPlanned(
      'cold start',
      {
        search: (q) => (calls.push(`search ${q}`), Promise.resolve(empty)),
        preload: (q) => (calls.push(`preload ${q}`), Promise.resolve()),
      },
      () => Promise.resolve([]),
    );
    expect(calls[0]).toBe(`preload cold${END} start${END}`);
    expect(calls.slice(1)).toEqual(['search cold start', 'search start', 'search cold']);
  });
});

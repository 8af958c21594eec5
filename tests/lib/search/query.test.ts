import { describe, expect, test } from 'vitest';
import { mergeResults, planQuery } from '../../../src/lib/search/query.ts';

const vocabulary = ['django', 'node', 'async', 'serverless', 'cost', 'rate', 'real', 'time', 'secure'];
const queries = (q: string) => planQuery(q, vocabulary).searches.map((s) => `${s.query} @${String(s.weight)}`);

describe('planQuery', () => {
  test.each<[string, string[]]>([
    ['cold', ['cold @1']],
    ['cold start', ['cold start @1', 'start @0.6', 'cold @0.6']],
    ['Is Django secure?', ['django secure @1', 'django security @0.9', 'secure @0.6', 'django @0.6']],
    ['lambda', ['lambda @1', 'serverless @0.9']],
    ['what is it', ['what is it @1', 'is it @0.6', 'what it @0.6', 'what is @0.6', 'what @0.3', 'is @0.3', 'it @0.3']],
    [
      'senior hourly rate',
      [
        'senior hourly rate @1',
        'senior hourly cost @0.9',
        'hourly rate @0.6',
        'senior rate @0.6',
        'senior hourly @0.6',
        'senior @0.3',
        'hourly @0.3',
        'rate @0.3',
      ],
    ],
    ['Node.js real-time', ['node.js real-time @1', 'real-time @0.6', 'node.js @0.6']],
    ['', []],
  ])('%j', (query, searches) => {
    expect(queries(query)).toEqual(searches);
  });

  test('a corrected word is searched corrected, and the correction reported', () => {
    expect(planQuery('djnago async', vocabulary)).toEqual({
      searches: [
        { query: 'django async', weight: 1 },
        { query: 'async', weight: 0.6 },
        { query: 'django', weight: 0.6 },
      ],
      words: ['django', 'async'],
      corrected: 'django async',
    });
  });

  test('exact searches what was typed, uncorrected', () => {
    expect(planQuery('djnago', vocabulary, { exact: true })).toEqual({
      searches: [{ query: 'djnago', weight: 1 }],
      words: ['djnago'],
    });
  });
});

describe('mergeResults', () => {
  test('each id once at its best weighted score, ties in first-seen order', () => {
    const merged = mergeResults([
      {
        results: [
          { id: 'a', score: 2 },
          { id: 'b', score: 1 },
        ],
        weight: 1,
      },
      {
        results: [
          { id: 'b', score: 10 },
          { id: 'c', score: 2 },
        ],
        weight: 0.5,
      },
    ]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
  test('nothing in, nothing out', () => {
    expect(mergeResults([])).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { buildVocabulary, correctQuery, editDistance, tokens } from '../../../src/lib/search/typo.ts';

const vocabulary = buildVocabulary([
  'Django async views and Django ORM',
  'Kubernetes and Docker on serverless',
  'E-commerce with ecommerce platforms; developer salary',
  'Node.js 880 req/s',
]);

describe('buildVocabulary', () => {
  test('most frequent first; only words a typo can be corrected to (four letters or more, no digits)', () => {
    expect(vocabulary.indexOf('django')).toBeLessThan(vocabulary.indexOf('async'));
    expect(vocabulary).not.toContain('880');
    expect(vocabulary).not.toContain('orm');
    expect(vocabulary).toContain('ecommerce');
  });
});

describe('editDistance', () => {
  test.each<[string, string, number]>([
    ['django', 'django', 0],
    ['djnago', 'django', 1],
    ['kubernates', 'kubernetes', 1],
    ['ecomerce', 'ecommerce', 1],
    ['developr', 'developer', 1],
    ['abc', 'xyz', 3],
    ['', 'ab', 2],
  ])('%s / %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  test('stops early past the limit', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});

describe('correctQuery', () => {
  test.each<[string, string | undefined]>([
    ['djnago async', 'django async'],
    ['Kubernates deploy', 'kubernetes deploy'],
    ['ecomerce', 'ecommerce'],
    ['developr salary', 'developer salary'],
    ['django async', undefined],
    ['kuber', undefined],
    ['zzzzzzzzzz', undefined],
    ['the orm', undefined],
    ['', undefined],
    ['ES2024', undefined],
  ])('%j -> %j', (query, corrected) => {
    expect(correctQuery(query, vocabulary).corrected).toBe(corrected);
  });
  test('without a vocabulary nothing is corrected', () => {
    expect(correctQuery('djnago', [])).toEqual({ query: 'djnago' });
  });
  test('tokens ignore case, accents and punctuation', () => {
    expect(tokens('Node.js: Über-fast?')).toEqual(['node', 'js', 'uber', 'fast']);
  });
});

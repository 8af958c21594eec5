import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  buildVocabulary,
  correctableWords,
  correctQuery,
  editDistance,
  isSettled,
  splitVocabulary,
  tokens,
  vocabularyPart,
} from '../../../src/lib/search/typo.ts';

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

describe('vocabulary parts', () => {
  const parts = splitVocabulary([...vocabulary, 'élan', '東京都市']);

  test('by first two letters, in the vocabulary order; other characters are "_"', () => {
    expect(parts.get('dj')).toEqual(vocabulary.filter((w) => w.startsWith('dj')));
    expect(parts.get('_l')).toEqual(['élan']);
    expect(parts.get('__')).toEqual(['東京都市']);
    expect([...parts.values()].flat().sort()).toEqual([...vocabulary, 'élan', '東京都市'].sort());
  });

  test('correctable words are those of four letters or more without digits, as correctQuery sees them', () => {
    expect(correctableWords('Is DJANGO async? ES2024, Über-fast orm')).toEqual(['django', 'async', 'uber', 'fast']);
  });

  test('a word is settled when its part holds it or a word it starts', () => {
    const d = [...(parts.get('dj') ?? []), ...(parts.get('de') ?? [])];
    expect(isSettled('django', d)).toBe(true);
    expect(isSettled('devel', d)).toBe(true);
    expect(isSettled('djnago', d)).toBe(false);
  });

  // The browser corrects with no vocabulary when every correctable word is settled by its part; that must give
  // what the whole vocabulary gives, for any query.
  const words = fc.oneof(
    fc.constantFrom(...vocabulary, 'djnago', 'kubernates', 'devel', 'zzzz', 'ES2024', 'the', 'Node.js'),
    fc.string({ unit: fc.constantFrom('a', 'd', 'e', 'i', 'k', 'n', 'o', 'r', 's', 't'), minLength: 1, maxLength: 9 }),
  );
  test('settled words need no more of the vocabulary: the correction is the same', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 4 }), (list) => {
        const query = list.join(' ');
        const settled = correctableWords(query).every((w) => isSettled(w, parts.get(vocabularyPart(w)) ?? []));
        if (settled) expect(correctQuery(query, [])).toEqual(correctQuery(query, vocabulary));
      }),
    );
  });
});

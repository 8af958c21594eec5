import { describe, expect, test } from 'vitest';
import { compareText, excerpt, joinWords, plural, slugify, teaser } from '../../src/lib/text.ts';

test.each<[number, string, string]>([
  [1, 'developer', '1 developer'],
  [0, 'developer', '0 developers'],
  [12, 'month', '12 months'],
  [1200, 'record', '1,200 records'],
])('plural(%d, %s) = %s', (n, word, text) => expect(plural(n, word)).toBe(text));

test('plural takes an irregular form', () => {
  expect(plural(2, 'child', 'children')).toBe('2 children');
  expect(plural(1, 'child', 'children')).toBe('1 child');
});

test.each([
  [[], ''],
  [['a'], 'a'],
  [['a', 'b'], 'a and b'],
  [['a', 'b', 'c'], 'a, b and c'],
  [['a', 'b', 'c', 'd'], 'a, b, c and d'],
])('joinWords(%j)', (items, expected) => {
  expect(joinWords(items)).toBe(expected);
});

test.each([
  ['Instagram on Django (2B)', 'instagram-on-django-2b'],
  ['  Node.js – Fastify ', 'node-js-fastify'],
  ['Café', 'cafe'],
])('slugify(%j) is %j', (text, slug) => {
  expect(slugify(text)).toBe(slug);
});

describe('excerpt', () => {
  test.each([
    ['short text', 20, 'short text'],
    ['exactly ten', 11, 'exactly ten'],
    ['cut at a word boundary please', 12, 'cut at a…'],
    ['trailing comma, then more', 16, 'trailing comma…'],
    ['unbreakablewordhere', 5, 'unbre…'],
    ['  spaced\n  out  ', 20, 'spaced out'],
  ])('%j at %d', (text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});

describe('teaser', () => {
  test.each([
    ['Short enough to keep whole.', 10, 40, 'Short enough to keep whole.'],
    ['First part, then the rest of a long sentence', 5, 30, 'First part…'],
    ['Tiny, then a clause: that is long enough here', 10, 40, 'Tiny, then a clause…'],
    [
      'A break in (brackets, like this) is skipped, this one ends it',
      10,
      50,
      'A break in (brackets, like this) is skipped…',
    ],
    ['One sentence. Another sentence follows here', 5, 30, 'One sentence…'],
    ['A dash – ends a clause too and more words after', 5, 30, 'A dash…'],
    ['No break at all within the maximum length here', 5, 20, 'No break at all…'],
    ['Version 5.0 is not a sentence end, really', 5, 40, 'Version 5.0 is not a sentence end…'],
    ['npm holds 2M packages, but many are badly kept, sadly', 5, 50, 'npm holds 2M packages, but many are badly kept…'],
    ['It works, while a rival is simpler and faster too', 5, 30, 'It works, while a rival is…'],
  ])('%j (min %d, max %d)', (text, min, max, expected) => {
    expect(teaser(text, min, max)).toBe(expected);
  });
});

test('compareText orders by code point, whatever the locale', () => {
  expect(['b', 'B', 'a', 'é'].sort(compareText)).toEqual(['B', 'a', 'b', 'é']);
});

import { expect, test } from 'vitest';
import { buildLookup } from '../../src/lib/lookup.ts';

const claim = (id: string) => ({ id, text: id }) as never;
const lookup = buildLookup({
  topics: [{ id: 'performance', title: 'Performance', summary: 's', order: 1 }] as never,
  claims: [claim('a'), claim('b')],
});

test.each([
  ['performance', 'Performance'],
  ['unknown', 'unknown'],
])('topicTitle(%s) is %s', (id, title) => {
  expect(lookup.topicTitle(id)).toBe(title);
});

test('claims keeps the given order and skips unknown ids', () => {
  expect(lookup.claims(['b', 'x', 'a']).map((c) => c.id)).toEqual(['b', 'a']);
  expect(lookup.claim('x')).toBeUndefined();
});

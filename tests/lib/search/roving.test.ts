import { describe, expect, test } from 'vitest';
import { nextIndex } from '../../../src/lib/search/roving.ts';

describe('nextIndex', () => {
  test.each<[string, number, number, number | undefined]>([
    ['ArrowDown', -1, 3, 0],
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 2, 3, 2],
    ['ArrowUp', 2, 3, 1],
    ['ArrowUp', 0, 3, -1],
    ['ArrowUp', -1, 3, undefined],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['Home', -1, 3, undefined],
    ['End', -1, 3, undefined],
    ['ArrowDown', -1, 0, undefined],
    ['Enter', 1, 3, undefined],
    ['a', 1, 3, undefined],
  ])('%s from %i of %i -> %s', (key, current, count, next) => {
    expect(nextIndex(key, current, count)).toBe(next);
  });
});

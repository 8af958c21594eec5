import { describe, expect, test } from 'vitest';
import { basisPoints, savingBetween, toCents } from '../../../src/lib/cost/compute.ts';

describe('helpers', () => {
  test.each<[number, number]>([
    [12, 1200],
    [0.1, 10],
    [0.29, 29],
    [19.999, 2000],
  ])('toCents(%d) = %d', (usd, cents) => expect(toCents(usd)).toBe(cents));

  test.each<[number, number, number]>([
    [1, 2, 5000],
    [2, 3, 6667],
    [5, 0, 0],
    [0, 0, 0],
  ])('basisPoints(%d, %d) = %d', (part, whole, bp) => expect(basisPoints(part, whole)).toBe(bp));

  test('savingBetween pairs US low with offshore high, and US high with offshore low', () => {
    expect(savingBetween({ low: 100, high: 200 }, { low: 10, high: 40 })).toEqual({
      saving: { low: 60, high: 190 },
      pct: { low: 6000, high: 9500 },
    });
  });
});

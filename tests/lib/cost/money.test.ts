import { describe, expect, test } from 'vitest';
import { pct, pctRange, ptsDiff, usd, usdDiff, usdRange } from '../../../src/lib/cost/money.ts';

describe('money', () => {
  test.each<[number, string]>([
    [0, '$0'],
    [5, '$0.05'],
    [100, '$1'],
    [640000, '$6,400'],
    [123456, '$1,234.56'],
    [100000000000, '$1,000,000,000'],
    [-40000, '−$400'],
  ])('usd(%d) = %s', (cents, text) => expect(usd(cents)).toBe(text));

  test.each<[number, number, string]>([
    [640000, 1024000, '$6,400–$10,240'],
    [0, 0, '$0'],
    [4800000, 4800000, '$48,000'],
  ])('usdRange(%d, %d) = %s', (low, high, text) => expect(usdRange({ low, high })).toBe(text));

  test.each<[number, string]>([
    [4000, '+$40'],
    [0, '$0'],
    [-40000, '−$400'],
  ])('usdDiff(%d) = %s', (cents, text) => expect(usdDiff(cents)).toBe(text));
});

describe('percent', () => {
  test.each<[number, string]>([
    [0, '0%'],
    [6500, '65%'],
    [8154, '81.5%'],
    [5429, '54.3%'],
    [7505, '75.1%'],
    [4, '0%'],
    [-500, '−5%'],
    [-4, '0%'],
    [10000, '100%'],
  ])('pct(%d) = %s', (bp, text) => expect(pct(bp)).toBe(text));

  test.each<[number, number, string]>([
    [6000, 8154, '60–81.5%'],
    [800, 1200, '8–12%'],
    [5000, 5000, '50%'],
  ])('pctRange(%d, %d) = %s', (low, high, text) => expect(pctRange({ low, high })).toBe(text));

  test.each<[number, string]>([
    [1150, '+11.5 pts'],
    [-500, '−5 pts'],
    [0, '0 pts'],
    [3, '0 pts'],
  ])('ptsDiff(%d) = %s', (bp, text) => expect(ptsDiff(bp)).toBe(text));
});

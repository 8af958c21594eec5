import { describe, expect, test } from 'vitest';
import { fig } from './conflicts-fixtures.ts';
import {
  formatCompact,
  formatFigure,
  formatNumber,
  formatUsd,
  pct,
  pctRange,
  ptsDiff,
  usd,
  usdDiff,
  usdRange,
} from '../../src/lib/format.ts';

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

describe('formatNumber and formatFigure', () => {
  test.each([
    [0, '0'],
    [-0, '0'],
    [1234567, '1,234,567'],
    [2.7, '2.7'],
    [1.475, '1.48'],
    [1234567.891, '1,234,567.89'],
    [100_000_000_000, '100,000,000,000'],
  ])('formatNumber(%s) is %s', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  test.each([
    [fig('node', 1_300_000, { approx: true, atLeast: true }), '~1,300,000+ req/s'],
    [fig('both', 25, { high: 40, unit: 'USD/month' }), '$25–40 a month'],
    [fig('node', 50, { atMost: true, unit: 'MB' }), 'under 50 MB'],
    [fig('node', 2, { high: 4, approx: true, unit: 'KB' }), '~2–4 KB'],
    [fig('node', 150, { unit: 'ms' }), '150 ms'],
    [fig('node', 2.7, { unit: 'x' }), '2.7×'],
    [fig('node', 3, { approx: true, unit: 'x' }), '~3×'],
    [fig('both', 60, { high: 70, unit: '%' }), '60–70%'],
    [fig('node', 50_000, { atLeast: true, unit: 'connections' }), '50,000+ connections'],
    [fig('node', 10, { high: 10, unit: 'ms' }), '10 ms'],
  ])('formatFigure gives %#', (f, expected) => {
    expect(formatFigure(f)).toBe(expected);
  });

  test.each<[number, string]>([
    [6400, '$6,400'],
    [6400.4, '$6,400'],
    [0, '$0'],
  ])('formatUsd(%d) = %s', (dollars, text) => expect(formatUsd(dollars)).toBe(text));
});

describe('formatCompact', () => {
  test.each([
    [0, '0'],
    [40, '40'],
    [10000, '10K'],
    [1_500_000, '1.5M'],
    [0.2, '0.2'],
  ])('%d -> %s', (n, text) => {
    expect(formatCompact(n)).toBe(text);
  });
});

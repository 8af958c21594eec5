import { describe, expect, test } from 'vitest';
import { figure as fig } from './fixtures/kb.ts';
import { formatCompact, formatCount, formatFigure, formatNumber, formatUsd } from '../../src/lib/format.ts';

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
    [fig('node', 1_300_000, { approx: true, atLeast: true }), '~1.3 million+ req/s'],
    [fig('both', 700_000_000, { unit: 'users' }), '700 million users'],
    [fig('node', 1_234_567, { unit: 'users' }), '1,234,567 users'],
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

describe('formatCount', () => {
  test.each([
    [0, '0'],
    [999_999, '999,999'],
    [1_000_000, '1 million'],
    [700_000_000, '700 million'],
    [1_300_000, '1.3 million'],
    [1_250_000, '1.25 million'],
    [1_234_567, '1,234,567'],
    [2_500_000_000, '2.5 billion'],
    [3e12, '3 trillion'],
    [-2_000_000, '-2 million'],
    [50_000, '50,000'],
  ])('%d -> %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
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

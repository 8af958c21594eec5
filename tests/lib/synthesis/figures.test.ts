import { expect, test } from 'vitest';
import { canBothHold, interval } from '../../../src/lib/synthesis/figures.ts';

const f = (value: number, extra: { high?: number; atLeast?: boolean; atMost?: boolean; approx?: boolean } = {}) => ({
  value,
  atLeast: false,
  atMost: false,
  approx: false,
  ...extra,
});

test.each([
  [
    'two lower bounds ("2M+" and "2.1M+")',
    f(2_000_000, { atLeast: true }),
    f(2_100_000, { atLeast: true }),
    0.02,
    true,
  ],
  ['a lower bound and a value above it', f(1_000_000, { atLeast: true }), f(1_300_000), 0.02, true],
  ['a lower bound above a value', f(1_300_000, { atLeast: true }), f(1_000_000), 0.05, false],
  ['overlapping ranges', f(2, { high: 4 }), f(3, { high: 6 }), 0, true],
  ['a value inside a range', f(4, { high: 6 }), f(5), 0, true],
  ['an upper bound and a value below it', f(50, { atMost: true }), f(40), 0, true],
  ['within the tolerance', f(100), f(104), 0.05, true],
  ['beyond the tolerance', f(100), f(110), 0.05, false],
  ['beyond the tolerance, but within it plus the slack of "~"', f(100, { approx: true }), f(110), 0.05, true],
  ['far apart even with "~"', f(120_000, { approx: true }), f(1_200_000), 0.05, false],
] as const)('%s: %s', (_name, a, b, tolerance, expected) => {
  expect(canBothHold(a, b, tolerance)).toBe(expected);
  expect(canBothHold(b, a, tolerance)).toBe(expected);
});

test.each([
  [f(5), [5, 5]],
  [f(2, { high: 4 }), [2, 4]],
  [f(2, { atLeast: true }), [2, Number.POSITIVE_INFINITY]],
  [f(50, { atMost: true }), [0, 50]],
] as const)('interval(%j) is %j', (figure, expected) => {
  expect(interval(figure)).toEqual(expected);
});

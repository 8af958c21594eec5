import { describe, expect, test } from 'vitest';
import { chooseScale, fraction, niceCeil, type Scale } from '../../src/lib/bar-chart.ts';

describe('niceCeil', () => {
  test.each([
    [0, 0],
    [-3, 0],
    [1, 1],
    [1.2, 2],
    [2, 2],
    [2.1, 2.5],
    [3, 5],
    [7, 10],
    [800, 1000],
    [180, 200],
    [50000, 50000],
    [8500, 10000],
    [1_300_000, 2_000_000],
  ])('%d -> %d', (n, nice) => {
    expect(niceCeil(n)).toBe(nice);
  });
});

describe('chooseScale', () => {
  test.each<[string, number[], number | undefined, Scale]>([
    ['linear from zero', [75, 180], undefined, { kind: 'linear', min: 0, max: 200, ticks: [0, 40, 80, 120, 160, 200] }],
    [
      'ten times apart stays linear',
      [5000, 50000],
      undefined,
      { kind: 'linear', min: 0, max: 50000, ticks: [0, 10000, 20000, 30000, 40000, 50000] },
    ],
    ['one value', [3], undefined, { kind: 'linear', min: 0, max: 5, ticks: [0, 1, 2, 3, 4, 5] }],
    ['all zero', [0, 0], undefined, { kind: 'linear', min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] }],
    ['no values', [], undefined, { kind: 'linear', min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] }],
    [
      'orders of magnitude go log',
      [45000, 120000, 880000, 1_300_000],
      undefined,
      { kind: 'log', min: 10000, max: 1_300_000, ticks: [10000, 100000, 1_000_000] },
    ],
    ['a lower threshold', [75, 800], 10, { kind: 'log', min: 10, max: 800, ticks: [10, 100] }],
    [
      'zeros are ignored for the log decision',
      [0, 100, 5000],
      undefined,
      { kind: 'log', min: 100, max: 5000, ticks: [100, 1000] },
    ],
  ])('%s', (_name, values, threshold, scale) => {
    expect(chooseScale(values, threshold)).toEqual(scale);
  });

  test.each([[[-1]], [[Number.NaN]], [[Infinity, 2]]])('rejects %j with a clear message', (values) => {
    expect(() => chooseScale(values)).toThrow('values must be finite and not negative');
  });
});

describe('fraction', () => {
  const linear: Scale = { kind: 'linear', min: 0, max: 200, ticks: [] };
  const log: Scale = { kind: 'log', min: 100, max: 10000, ticks: [] };
  test.each<[Scale, number, number]>([
    [linear, 0, 0],
    [linear, 100, 0.5],
    [linear, 200, 1],
    [linear, 400, 1],
    [log, 100, 0],
    [log, 50, 0],
    [log, 1000, 0.5],
    [log, 10000, 1],
  ])('%j at %d -> %d', (scale, value, f) => {
    expect(fraction(scale, value)).toBeCloseTo(f, 10);
  });
});

import { describe, expect, test } from 'vitest';
import { ageLabel, coverageOf } from '../../src/lib/source-summary.ts';
import type { Favours } from '../../src/schemas/index.ts';

describe('ageLabel', () => {
  test.each<[number, number, string]>([
    [2026, 2026, '2026, as recent as any source'],
    [2027, 2026, '2027, as recent as any source'],
    [2025, 2026, '2025, 1 year behind the newest source'],
    [2021, 2026, '2021, 5 years behind the newest source'],
  ])('%i against %i -> %s', (year, newest, expected) => {
    expect(ageLabel(year, newest)).toBe(expected);
  });
});

describe('coverageOf', () => {
  test.each<[{ topics: string[]; favours: Favours }[], { topics: string[]; sides: ('django' | 'node')[] }]>([
    [[], { topics: [], sides: [] }],
    [[{ topics: ['a', 'b'], favours: 'tie' }], { topics: ['a', 'b'], sides: [] }],
    [
      [
        { topics: ['b'], favours: 'node' },
        { topics: ['a', 'b'], favours: 'django' },
      ],
      { topics: ['b', 'a'], sides: ['django', 'node'] },
    ],
    [[{ topics: ['x'], favours: 'node' }], { topics: ['x'], sides: ['node'] }],
  ])('%j', (claims, expected) => {
    expect(coverageOf(claims)).toEqual(expected);
  });
});

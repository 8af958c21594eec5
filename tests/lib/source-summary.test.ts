import { describe, expect, test } from 'vitest';
import { ageLabel } from '../../src/lib/source-summary.ts';

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

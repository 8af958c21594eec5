import { describe, expect, test } from 'vitest';
import type { Favours } from '../../../src/schemas/index.ts';
import { derivePosition, positionsOf } from '../../../src/lib/synthesis/positions.ts';

describe('derivePosition', () => {
  test.each<[Favours[], ReturnType<typeof derivePosition>]>([
    [[], undefined],
    [['none', 'none'], undefined],
    [['django'], 'django'],
    [['tie'], 'both'],
    [['depends'], 'depends'],
    // two thirds share one reading
    [['django', 'django', 'node'], 'django'],
    [['node', 'node', 'tie'], 'node'],
    [['tie', 'tie', 'django'], 'both'],
    // `none` is left out before counting
    [['django', 'none', 'none'], 'django'],
    // one partisan claim does not beat four ties (issue 13: scalability)
    [['django', 'tie', 'tie', 'tie', 'tie'], 'both'],
    // no two-thirds reading: both sides argued -> mixed
    [['django', 'node'], 'mixed'],
    [['django', 'node', 'tie', 'tie'], 'mixed'],
    // one side against only ties/depends, no two thirds: that side when no other reading has more claims (review
    // finding 5: a lean is not a tie), otherwise mixed
    [['django', 'depends'], 'django'],
    [['node', 'tie'], 'node'],
    [['node', 'tie', 'depends', 'node'], 'node'],
    [['django', 'tie', 'tie', 'depends'], 'mixed'],
    // only ties and depends, no two thirds: depends if any, else both
    [['tie', 'depends'], 'depends'],
  ])('%j -> %s', (verdicts, expected) => {
    expect(derivePosition(verdicts)).toBe(expected);
  });
});

describe('positionsOf', () => {
  const input = {
    sources: [{ id: 'a' }, { id: 'b' }],
    dimensions: [
      { id: 'speed', order: 2 },
      { id: 'cost', order: 1 },
    ],
    claims: [
      { id: 'a1', source: 'a', dimension: 'speed', favours: 'django' as const },
      { id: 'a2', source: 'a', dimension: 'speed', favours: 'tie' as const },
      { id: 'a3', source: 'a', dimension: 'speed', favours: 'none' as const },
      { id: 'b1', source: 'b', dimension: 'speed', favours: 'node' as const },
      { id: 'b2', source: 'b', dimension: 'cost', favours: 'none' as const },
    ],
    verdicts: [{ id: 'b-cost-verdict', source: 'b', dimension: 'cost', position: 'depends' as const, claim: 'b2' }],
  };

  test('a stated verdict wins, positions follow dimension then source order, `none` claims are not rested on', () => {
    expect(positionsOf(input)).toEqual([
      { source: 'b', dimension: 'cost', position: 'depends', stated: 'b-cost-verdict', claims: ['b2'] },
      { source: 'a', dimension: 'speed', position: 'django', claims: ['a1', 'a2'] },
      { source: 'b', dimension: 'speed', position: 'node', claims: ['b1'] },
    ]);
  });

  test('a stated verdict overrides what the claims would give', () => {
    const stated = {
      ...input,
      verdicts: [{ id: 'a-speed', source: 'a', dimension: 'speed', position: 'node' as const, claim: 'a1' }],
    };
    expect(positionsOf(stated).find((p) => p.source === 'a' && p.dimension === 'speed')).toEqual({
      source: 'a',
      dimension: 'speed',
      position: 'node',
      stated: 'a-speed',
      claims: ['a1', 'a2'],
    });
  });
});

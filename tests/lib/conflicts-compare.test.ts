import { describe, expect, test } from 'vitest';
import { relativeGap } from '../../src/lib/conflicts.ts';
import { stanceOf } from '../../src/lib/conflicts/verdicts.ts';
import { claim } from './conflicts-fixtures.ts';

describe('relativeGap', () => {
  test.each([
    ['equal values', { value: 100 }, { value: 100 }, 0],
    ['single values', { value: 100 }, { value: 90 }, 0.1],
    ['order does not matter', { value: 90 }, { value: 100 }, 0.1],
    ['value inside a range', { value: 4, high: 6 }, { value: 5 }, 0],
    ['overlapping ranges', { value: 4, high: 6 }, { value: 5, high: 9 }, 0],
    ['range below a value: nearest ends', { value: 4, high: 6 }, { value: 8 }, 0.25],
    ['range above a value', { value: 4, high: 6 }, { value: 3 }, 1 / 6],
    ['both zero', { value: 0 }, { value: 0 }, 0],
  ])('%s', (_name, a, b, expected) => {
    expect(relativeGap(a, b)).toBeCloseTo(expected, 10);
  });
});

describe('stanceOf', () => {
  const d = (id: string, locator = 'intro') => claim(id, 'alpha', 'django', { locator });
  const n = (id: string, locator = 'intro') => claim(id, 'alpha', 'node', { locator });
  const t = (id: string) => claim(id, 'alpha', 'tie');
  test.each([
    ['only django: firm', [d('a'), d('b')], { claims: ['a', 'b'], firm: 'django', split: false }],
    ['3 to 1: firm', [d('a'), d('b'), d('c'), n('x')], { claims: ['a', 'b', 'c'], firm: 'django', split: false }],
    [
      '3 to 1 plus a tie: leans only',
      [d('a'), d('b'), d('c'), n('x'), t('y')],
      { claims: ['a', 'b', 'c'], split: false },
    ],
    ['1 node and 2 ties: leans only', [n('x'), t('y'), t('z')], { claims: ['x'], split: false }],
    ['1 node and 1 tie: leans only (firm needs two thirds)', [n('x'), t('y')], { claims: ['x'], split: false }],
    ['equal, different sections: both count', [d('a', 'one'), n('x', 'two')], { claims: ['a', 'x'], split: true }],
    ['equal, same section: balanced, none count', [d('a'), n('x')], { claims: [], split: false }],
    ['only ties: no view', [t('y')], { claims: [], split: false }],
  ])('%s', (_name, claims, expected) => {
    const stance = stanceOf('alpha', claims);
    expect({ ...stance, claims: stance.claims.map((c) => c.id) }).toEqual({ source: 'alpha', ...expected });
  });
});

import { describe, expect, test } from 'vitest';
import { effectiveOverrides, parseLevel } from '../../../src/lib/decision/importance.ts';
import { evaluate } from '../../../src/lib/decision/verdict.ts';
import { tiny } from './fixture.ts';

describe('importance', () => {
  test.each([
    ['team:2', ['team', 2]],
    ['ml:0', ['ml', 0]],
    ['team: 1', ['team', 1]],
    ['team:1.5', undefined],
    ['team', undefined],
    ['nope:2', undefined],
  ])('parseLevel(%j)', (raw, expected) => {
    expect(parseLevel(raw, tiny.questions)).toEqual(expected);
  });

  test('multiplies the cited weights of a question; exact weights from the URL win', () => {
    expect(effectiveOverrides(tiny, {}, {})).toEqual({});
    expect(effectiveOverrides(tiny, { ml: 2 }, {})).toEqual({
      'ml-no': { django: 0, node: 0 },
      'ml-core': { django: 8, node: 0 },
    });
    expect(effectiveOverrides(tiny, { ml: 0 }, { 'ml-core': { django: 1, node: 1 } })['ml-core']).toEqual({
      django: 1,
      node: 1,
    });
  });

  test('"not at all" takes a question out of the verdict', () => {
    const answers = { load: 60, team: 'py', ml: 'core' };
    expect(evaluate(tiny, answers).verdict).toBe('both');
    expect(evaluate(tiny, answers, effectiveOverrides(tiny, { load: 0 }, {})).verdict).toBe('django');
  });
});

import { describe, expect, test } from 'vitest';
import { ruleApplies, score, weightsOf } from '../../../src/lib/decision/score.ts';
import { tiny } from './fixture.ts';

const byId = (id: string) => {
  const r = tiny.rules.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('ruleApplies', () => {
  test.each([
    ['load-low', 0, true],
    ['load-low', 40, true],
    ['load-low', 41, false],
    ['load-high', 41, true],
    ['load-high', 1_000_000, true],
    ['load-high', '41', false],
    ['team-js', 'js', true],
    ['team-js', 'py', false],
    ['team-js', 3, false],
    ['team-js', undefined, false],
  ] as const)('%s applies to %j: %s', (id, answer, expected) => {
    expect(ruleApplies(byId(id), answer)).toBe(expected);
  });
});

describe('weightsOf', () => {
  test('uses the override when there is one, else the default', () => {
    expect(weightsOf(byId('team-js'))).toEqual({ django: 0, node: 3 });
    expect(weightsOf(byId('team-js'), { 'team-js': { django: 1, node: 1 } })).toEqual({ django: 1, node: 1 });
  });
});

describe('score', () => {
  test.each([
    [{}, 1, 0],
    [{ load: 60, team: 'js' }, 0, 7],
    [{ load: 5, team: 'py', ml: 'core' }, 8, 0],
    [{ load: 50, ml: 'core' }, 4, 4],
  ])('answers %j give Django %i and Node.js %i', (answers, django, node) => {
    const s = score(tiny, answers);
    expect([s.django, s.node]).toEqual([django, node]);
  });

  test('keeps one contribution per question, in question order, with its rules', () => {
    const s = score(tiny, { load: 60, team: 'js' });
    expect(s.contributions.map((c) => [c.question, c.answer, c.django, c.node, c.rules.map((r) => r.id)])).toEqual([
      ['load', 60, 0, 4, ['load-high']],
      ['team', 'js', 0, 3, ['team-js']],
      ['ml', 'no', 0, 0, ['ml-no']],
    ]);
  });

  test('applies weight overrides', () => {
    expect(score(tiny, { team: 'js' }, { 'team-js': { django: 2, node: 0.5 } })).toMatchObject({
      django: 3,
      node: 0.5,
    });
  });
});

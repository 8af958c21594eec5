import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/decision/verdict.ts';
import { warningViews } from '../../../src/lib/decision/warnings.ts';
import { tiny } from './fixture.ts';

describe('warningViews', () => {
  test.each([
    [
      'no source says Django still works: a hard exclusion',
      { team: 'js' },
      [
        {
          rule: 'team-js',
          hard: true,
          headline: 'Rules out Django: Src advises against it here, and no source says it still works.',
        },
      ],
      ['django'],
    ],
    [
      'a record says Node.js still works: a warning that names it, the warning’s own source as “itself”',
      { ml: 'core' },
      [
        {
          rule: 'ml-core',
          hard: false,
          headline: 'Src advises against Node.js here, but Src itself says it still works.',
        },
      ],
      [],
    ],
    ['no when-not item triggered', { team: 'py' }, [], []],
  ])('%s', (_name, answers, expected, excluded) => {
    const o = evaluate(tiny, answers);
    expect(warningViews(tiny, o)).toMatchObject(expected);
    expect(o.excluded).toEqual(excluded);
  });

  test('hard exclusions come first, and each says which answer triggered it', () => {
    const views = warningViews(tiny, evaluate(tiny, { ml: 'core', team: 'js' }));
    expect(views.map((v) => [v.rule, v.because])).toEqual([
      ['team-js', 'Team: JS'],
      ['ml-core', 'ML: Core'],
    ]);
    expect(views[1]?.workable).toEqual([
      { source: 'Src', words: 'still works', says: 'says it works', ref: tiny.refs[0] },
    ]);
  });
});

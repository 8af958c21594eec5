import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/decision/verdict.ts';
import { warningHeadline, warningViews } from '../../../src/lib/decision/warnings.ts';
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

  test('the headline, worked out at build time, names who advises against the side and who says it still works', () => {
    expect(warningHeadline(tiny, { against: 'django', ref: 1, workable: [] })).toBe(
      'Rules out Django: Src advises against it here, and no source says it still works.',
    );
    const workable = [{ ref: 0, words: 'w', says: 's' }];
    expect(warningHeadline(tiny, { against: 'node', ref: 1, workable })).toBe(
      'Src advises against Node.js here, but Src itself says it still works.',
    );
    const other = { ...tiny, refs: [{ ...tiny.refs[0], source: 'Other' }, tiny.refs[1]] } as typeof tiny;
    expect(warningHeadline(other, { against: 'node', ref: 1, workable: [...workable, ...workable] })).toBe(
      'Src advises against Node.js here, but Other says it still works.',
    );
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

import { describe, expect, test } from 'vitest';
import { checkDecisionRules, type DecisionKb } from '../../../src/lib/decision/integrity.ts';
import type { DecisionRule } from '../../../src/schemas/index.ts';
import type { DecisionQuestion } from '../../../src/lib/decision/types.ts';
import { claim, table, whenNot } from '../fixtures/kb.ts';

// A small world: one question, one when-not item, one claim, one table.
const questions: DecisionQuestion[] = [
  {
    id: 'team',
    kind: 'choice',
    label: 'Team',
    hint: 'h',
    default: 'js',
    options: [
      { value: 'js', label: 'JS' },
      { value: 'py', label: 'Python' },
    ],
  },
  { id: 'realtime', kind: 'number', label: 'Load', hint: 'h', min: 0, max: 100, default: 10, unit: '%' },
];
/** The fixture table's one row (tests/lib/fixtures/kb.ts), whose Django cell reads "Fast enough". */
const ROW = 'speed';
const none = { claims: [], rows: [], whenNot: [], guidance: [] };
const rule = (r: Partial<DecisionRule> & Pick<DecisionRule, 'id' | 'question'>): DecisionRule => ({
  weights: { django: 0, node: 1 },
  cites: { ...none, claims: ['c1'] },
  dissent: none,
  reason: 'r',
  ...r,
});
const ok: DecisionRule[] = [
  rule({ id: 'team-js', question: 'team', answers: ['js'] }),
  rule({ id: 'team-py', question: 'team', answers: ['py'] }),
  rule({ id: 'load-low', question: 'realtime', range: { min: 0, max: 40 } }),
  rule({ id: 'load-high', question: 'realtime', range: { min: 41 } }),
];
const world = (rules: DecisionRule[]): DecisionKb => ({
  decisionRules: rules,
  claims: [claim('c1', 'alpha', 'django')],
  tables: [table('wit-decision-matrix', 'alpha')],
  whenNot: [
    whenNot('wit-avoid-django-js-only-team', 'alpha', { avoid: 'django' }),
    whenNot('fo-myth-node-faster', 'beta', { kind: 'myth', avoid: 'node' }),
  ],
  guidance: [],
});
const replace = (id: string, r: Partial<DecisionRule>) => ok.map((x) => (x.id === id ? { ...x, ...r } : x));

describe('checkDecisionRules', () => {
  test('a consistent set passes', () => {
    expect(checkDecisionRules(world(ok), questions)).toEqual([]);
  });

  test('a warning whose "still works" records resolve and quote their row passes, whatever the case and spacing', () => {
    const rules = replace('team-js', {
      cites: { ...none, claims: ['c1'], whenNot: ['wit-avoid-django-js-only-team'] },
      warning: {
        against: 'django',
        whenNot: 'wit-avoid-django-js-only-team',
        workable: [
          { claim: 'c1', words: 'it works', says: 's' },
          { row: { table: 'wit-decision-matrix', row: ROW }, words: 'fast  Enough', says: 's' },
        ],
      },
    });
    expect(checkDecisionRules(world(rules), questions)).toEqual([]);
  });

  test.each([
    [
      'a duplicate id',
      [...ok, ok[0] as DecisionRule],
      ['team-js: rule id used twice', 'team-js, team-js: more than one rule for answer "js" of team'],
    ],
    [
      'no claim or row',
      replace('team-js', { cites: { ...none, guidance: [] } }),
      ['team-js: cite at least one claim or table row'],
    ],
    [
      'a missing claim',
      replace('team-js', { cites: { ...none, claims: ['nope'] } }),
      ['team-js: cites claim "nope" does not exist'],
    ],
    [
      'a missing table and row',
      replace('team-js', {
        cites: {
          ...none,
          rows: [
            { table: 'nope', row: 'x' },
            { table: 'wit-decision-matrix', row: 'nope' },
          ],
        },
      }),
      [
        'team-js: cites table "nope" does not exist',
        'team-js: cites row "nope" is not a row of table "wit-decision-matrix"',
      ],
    ],
    [
      'a missing dissent',
      replace('team-js', { dissent: { ...none, whenNot: ['nope'] } }),
      ['team-js: dissent: when-not item "nope" does not exist'],
    ],
    [
      'a warning not in cites',
      replace('team-js', { warning: { against: 'django', whenNot: 'wit-avoid-django-js-only-team', workable: [] } }),
      ['team-js: warning "wit-avoid-django-js-only-team" must also be listed in cites.whenNot'],
    ],
    [
      'a warning on the wrong side',
      replace('team-js', {
        cites: { ...none, claims: ['c1'], whenNot: ['wit-avoid-django-js-only-team'] },
        warning: { against: 'node', whenNot: 'wit-avoid-django-js-only-team', workable: [] },
      }),
      ['team-js: warning is against node, but "wit-avoid-django-js-only-team" warns against django'],
    ],
    [
      'a myth as warning',
      replace('team-js', {
        cites: { ...none, claims: ['c1'], whenNot: ['fo-myth-node-faster'] },
        warning: { against: 'node', whenNot: 'fo-myth-node-faster', workable: [] },
      }),
      ['team-js: warning "fo-myth-node-faster" is a myth, not an avoid-when item'],
    ],
    [
      'a "still works" record that is neither or both a claim and a row',
      replace('team-js', {
        cites: { ...none, claims: ['c1'], whenNot: ['wit-avoid-django-js-only-team'] },
        warning: {
          against: 'django',
          whenNot: 'wit-avoid-django-js-only-team',
          workable: [
            { words: 'it works', says: 's' },
            { claim: 'c1', row: { table: 'wit-decision-matrix', row: 'r1' }, words: 'it works', says: 's' },
          ],
        },
      }),
      ['team-js: workable #1: give either a claim or a row', 'team-js: workable #2: give either a claim or a row'],
    ],
    [
      'a "still works" record that does not resolve or misquotes its row',
      replace('team-js', {
        cites: { ...none, claims: ['c1'], whenNot: ['wit-avoid-django-js-only-team'] },
        warning: {
          against: 'django',
          whenNot: 'wit-avoid-django-js-only-team',
          workable: [
            { claim: 'nope', words: 'it works', says: 's' },
            { row: { table: 'wit-decision-matrix', row: 'nope' }, words: 'it works', says: 's' },
            { row: { table: 'wit-decision-matrix', row: ROW }, words: 'never printed', says: 's' },
          ],
        },
      }),
      [
        'team-js: workable #1: claim "nope" does not exist',
        'team-js: workable #2: row "nope" of table "wit-decision-matrix" does not exist',
        `team-js: workable #3: "never printed" is not in any cell of wit-decision-matrix/${ROW}; quote the cell's own words`,
      ],
    ],
    [
      'a reading of a row that is not cited, and a conditional item that is not cited',
      replace('team-js', {
        reads: [{ table: 'wit-decision-matrix', row: ROW, side: 'node' }],
        conditional: ['g1'],
      }),
      [
        `team-js: reads wit-decision-matrix/${ROW} must also be listed in cites.rows`,
        'team-js: conditional "g1" must also be listed in cites.guidance',
      ],
    ],
    [
      'a reading of a row that states no "depends"',
      replace('team-js', {
        cites: { ...none, rows: [{ table: 'wit-decision-matrix', row: ROW }] },
        reads: [{ table: 'wit-decision-matrix', row: ROW, side: 'node' }],
      }),
      [
        `team-js: reads wit-decision-matrix/${ROW}: only a row that favours "depends" needs a reading; this one favours no side`,
      ],
    ],
    [
      'split evidence for the weaker side',
      replace('team-js', { split: 'django' }),
      ['team-js: split evidence for django must weigh more for django'],
    ],
    ['an answer without a rule', ok.filter((r) => r.id !== 'team-py'), ['team: answer "py" has no rule']],
    ['a gap in a range', replace('load-high', { range: { min: 50 } }), ['load-high: no rule covers realtime 41–49']],
    [
      'an overlap',
      replace('load-high', { range: { min: 30 } }),
      ['load-high: range overlaps the previous rule of realtime (from 30)'],
    ],
    [
      'a range that stops short',
      replace('load-high', { range: { min: 41, max: 90 } }),
      ['realtime: no rule covers 91–100'],
    ],
    [
      'a choice rule without answers',
      replace('team-py', { answers: undefined, range: { min: 0 } }),
      [
        'team-py: question "team" is a choice: list the answers it applies to',
        'team-py: question "team" is a choice: use answers, not range',
        'team: answer "py" has no rule',
      ],
    ],
    [
      'an answer the question does not offer',
      replace('team-py', { answers: ['py', 'go'] }),
      ['team-py: "go" is not an answer of "team" (js, py)'],
    ],
    [
      'a number rule with answers instead of a range',
      replace('load-high', { range: undefined, answers: ['41'] }),
      [
        'load-high: question "realtime" is a number: give a range {min, max}',
        'load-high: question "realtime" is a number: use range, not answers',
        'load-high: range overlaps the previous rule of realtime (from 0)',
      ],
    ],
    [
      'a range beyond the question',
      replace('load-high', { range: { min: 41, max: 200 } }),
      ['load-high: range must lie within 0–100 with min at most max'],
    ],
  ])('%s is reported, starting with the rule id', (_name, rules, errors) => {
    expect(checkDecisionRules(world(rules), questions)).toEqual(errors);
  });
});

// A tiny literal model for unit tests: two questions, a handful of rules, no citations needed.
import type { DecisionModel, ModelRule } from '../../../src/lib/decision/types.ts';
import { decisionCopy } from '../../../src/lib/decision/copy.ts';

const rule = (r: Partial<ModelRule> & Pick<ModelRule, 'id' | 'question' | 'weights'>): ModelRule => ({
  label: r.id,
  reason: `reason of ${r.id}`,
  cites: [0],
  dissent: [],
  reads: [],
  ...r,
});

export const tiny: DecisionModel = {
  questions: [
    { id: 'load', kind: 'number', label: 'Load', hint: 'h', min: 0, max: 100, default: 10, unit: '%' },
    {
      id: 'team',
      kind: 'choice',
      label: 'Team',
      hint: 'h',
      default: 'mixed',
      options: [
        { value: 'py', label: 'Python' },
        { value: 'js', label: 'JS' },
        { value: 'mixed', label: 'Mixed' },
      ],
    },
    {
      id: 'ml',
      kind: 'choice',
      label: 'ML',
      hint: 'h',
      default: 'no',
      options: [
        { value: 'no', label: 'No' },
        { value: 'core', label: 'Core' },
      ],
    },
  ],
  rules: [
    rule({ id: 'load-low', question: 'load', range: { min: 0, max: 40 }, weights: { django: 1, node: 0 } }),
    rule({ id: 'load-high', question: 'load', range: { min: 41 }, weights: { django: 0, node: 4 }, split: 'node' }),
    rule({ id: 'team-py', question: 'team', answers: ['py'], weights: { django: 3, node: 0 } }),
    rule({
      id: 'team-js',
      question: 'team',
      answers: ['js'],
      weights: { django: 0, node: 3 },
      warning: {
        against: 'django',
        ref: 1,
        workable: [],
        headline: 'Rules out Django: Src advises against it here, and no source says it still works.',
      },
    }),
    rule({ id: 'team-mixed', question: 'team', answers: ['mixed'], weights: { django: 0, node: 0 } }),
    rule({ id: 'ml-no', question: 'ml', answers: ['no'], weights: { django: 0, node: 0 } }),
    rule({
      id: 'ml-core',
      question: 'ml',
      answers: ['core'],
      weights: { django: 4, node: 0 },
      split: 'django',
      warning: {
        against: 'node',
        ref: 1,
        workable: [{ ref: 0, words: 'still works', says: 'says it works' }],
        headline: 'Src advises against Node.js here, but Src itself says it still works.',
      },
    }),
  ],
  refs: [
    { kind: 'claim', id: 'c1', label: 'A claim, with "quotes"', href: '/sources/s/#c1', source: 'Src' },
    { kind: 'whenNot', id: 'w1', label: 'When not', href: '/when-not/#w1', source: 'Src' },
  ],
  polyglot: [],
  sources: [],
  copy: decisionCopy(),
};

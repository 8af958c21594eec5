import { describe, expect, test } from 'vitest';
import type { HiringModel } from '../../../src/schemas/hiring-model.ts';
import { projectHiring, timeToHireText, type HiringModelLike, type Projection } from '../../../src/lib/cost/hiring.ts';
import type { CostState } from '../../../src/lib/cost/state.ts';

const perDev: HiringModelLike = {
  id: 'per-dev',
  name: 'Per developer',
  monthlyCost: { low: 3500, high: 6000 },
  costBasis: { kind: 'per-developer' },
};
const team4: HiringModelLike = {
  ...perDev,
  id: 'team',
  costBasis: { kind: 'team', teamSize: 4 },
  monthlyCost: { low: 12000, high: 25000 },
};
const none = {
  stack: 'django',
  rates: 'india',
  junior: 0,
  mid: 0,
  senior: 0,
  lead: 0,
  hours: 160,
  months: 12,
} as CostState;

describe('projectHiring', () => {
  test.each<[string, HiringModelLike, Partial<CostState>, Projection]>([
    ['empty team', perDev, {}, { kind: 'empty' }],
    [
      'two mid-level, per developer',
      perDev,
      { mid: 2 },
      { kind: 'priced', monthly: { low: 700000, high: 1200000 }, covered: 2, uncovered: 0 },
    ],
    [
      'mixed team, per developer',
      perDev,
      { mid: 1, senior: 2, lead: 1 },
      { kind: 'priced', monthly: { low: 350000, high: 600000 }, covered: 1, uncovered: 3 },
    ],
    ['no mid-level, per developer', perDev, { junior: 3 }, { kind: 'no-mid', uncovered: 3 }],
    [
      'exactly four mid-level, team of 4',
      team4,
      { mid: 4 },
      { kind: 'priced', monthly: { low: 1200000, high: 2500000 }, covered: 4, uncovered: 0 },
    ],
    [
      'two mid-level, team of 4',
      team4,
      { mid: 2 },
      { kind: 'team-size', teamSize: 4, stated: { low: 1200000, high: 2500000 } },
    ],
    [
      'four mid-level and a lead, team of 4',
      team4,
      { mid: 4, lead: 1 },
      { kind: 'team-size', teamSize: 4, stated: { low: 1200000, high: 2500000 } },
    ],
  ])('%s', (_name, model, over, projection) => {
    expect(projectHiring(model, { ...none, ...over })).toEqual(projection);
  });
});

test.each<[HiringModel['timeToHire'], string]>([
  [{ low: 3, high: 14, unit: 'days' }, '3–14 days'],
  [{ low: 48, high: 48, unit: 'hours' }, '48 hours'],
  [{ low: 1, high: 1, unit: 'weeks' }, '1 week'],
])('timeToHireText(%j) = %s', (t, text) => expect(timeToHireText(t)).toBe(text));

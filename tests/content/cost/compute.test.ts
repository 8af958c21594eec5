import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { compareCost } from '../../../src/lib/cost/compare.ts';
import { computeCost, type RateLevel } from '../../../src/lib/cost/compute.ts';
import { pctRange, usdRange } from '../../../src/lib/cost/money.ts';
import { defaultState, type CostState } from '../../../src/lib/cost/state.ts';
import { differenceText } from '../../../src/lib/cost/words.ts';

const card = readKnowledgeBase().rateCards[0];
if (!card) throw new Error('no rate card');
const none: CostState = { ...defaultState(card.example, card.levels), mid: 0 };

describe('computeCost on the published rate card', () => {
  // Expected figures worked out by hand from content/rate-cards/wit-india-rates.yaml.
  test.each<[string, Partial<CostState>, string, string]>([
    ['two mid-level Django developers, 160 h', { mid: 2 }, '$6,400–$10,240', '$76,800–$122,880'],
    ['two mid-level Node.js developers, 160 h', { stack: 'node', mid: 2 }, '$7,040–$11,200', '$84,480–$134,400'],
    ['two mid-level developers at US-equivalent rates', { rates: 'us', mid: 2 }, '$22,400–$32,000', '$268,800–$384,000'],
    ['one junior Django developer, 100 h', { junior: 1, hours: 100 }, '$1,200–$1,800', '$14,400–$21,600'],
    ['one of each level on Node.js, 1 h, 1 month', { stack: 'node', junior: 1, mid: 1, senior: 1, lead: 1, hours: 1, months: 1 }, '$121–$177', '$121–$177'],
    ['own rates: two mid-level Django developers at $40', { rates: 'own', mid: 2, 'django-mid': 40 }, '$12,800', '$153,600'],
    ['nobody', {}, '$0', '$0'],
  ])('%s', (_name, over, monthly, total) => {
    const r = computeCost(card.levels, { ...none, ...over });
    expect([usdRange(r.monthly), usdRange(r.total.offshore)]).toEqual([monthly, total]);
  });

  test('the breakdown adds up to the totals, per level, in cents', () => {
    const r = computeCost(card.levels, { ...none, junior: 1, mid: 2, senior: 3, lead: 4, hours: 151, months: 7 });
    expect(r.headcount).toBe(10);
    expect(r.levels.map((l) => [l.id, l.headcount, l.offshore.low])).toEqual([
      ['junior', 1, 181200],
      ['mid', 2, 604000],
      ['senior', 3, 1449600],
      ['lead', 4, 2899200],
    ]);
    expect(r.monthly.low).toBe(181200 + 604000 + 1449600 + 2899200);
    expect(r.total.offshore.low).toBe(r.monthly.low * 7);
  });

  test('a level missing from the card costs nothing rather than NaN', () => {
    const levels: RateLevel[] = card.levels.filter((l) => l.id !== 'lead');
    const r = computeCost(levels, { ...none, lead: 5 });
    expect(r.monthly).toEqual({ low: 0, high: 0 });
    expect(r.headcount).toBe(5);
  });
});

describe('Django and Node.js side by side (issue 15)', () => {
  test('?mid=2: both monthly ranges and the difference per month, over a year and as a share', () => {
    const c = compareCost(card.levels, { ...none, mid: 2 });
    expect([usdRange(c.django.monthly), usdRange(c.node.monthly)]).toEqual(['$6,400–$10,240', '$7,040–$11,200']);
    // Like for like: $7,040 − $6,400 = $640 and $11,200 − $10,240 = $960; 640 / 6,400 = 10%, 960 / 10,240 = 9.4%.
    expect([usdRange(c.diff.monthly), usdRange(c.diff.total), pctRange(c.diff.pct)]).toEqual(['$640–$960', '$7,680–$11,520', '9.4–10%']);
    expect(differenceText(c)).toBe('Node.js costs $640–$960 more a month than Django (9.4–10% more)');
  });

  test('at the card’s US-equivalent rates the two stacks cost the same', () => {
    const c = compareCost(card.levels, { ...none, rates: 'us', mid: 2 });
    expect(usdRange(c.django.monthly)).toBe('$22,400–$32,000');
    expect(c.node.monthly).toEqual(c.django.monthly);
    expect(differenceText(c)).toBe('Node.js and Django cost the same');
  });

  test('own rates change both stacks', () => {
    const c = compareCost(card.levels, { ...none, rates: 'own', mid: 2, 'django-mid': 50, 'node-mid': 45 });
    expect([usdRange(c.django.monthly), usdRange(c.node.monthly), differenceText(c)]).toEqual([
      '$16,000',
      '$14,400',
      'Node.js costs $1,600 less a month than Django (10% less)',
    ]);
  });
});

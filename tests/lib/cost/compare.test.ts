import { describe, expect, test } from 'vitest';
import { compareCost } from '../../../src/lib/cost/compare.ts';
import { hourlyRate, type RateLevel } from '../../../src/lib/cost/compute.ts';
import { usdRange } from '../../../src/lib/cost/money.ts';
import { differenceText, summaryText } from '../../../src/lib/cost/words.ts';
import type { CostState } from '../../../src/lib/cost/state.ts';

// One seniority is enough: Django $10–$20, Node.js $11–$22, US $50–$60 an hour.
const mid: RateLevel = {
  id: 'mid',
  label: 'Mid',
  django: { low: 10, high: 20 },
  node: { low: 11, high: 22 },
  us: { low: 50, high: 60 },
};
const levels: RateLevel[] = [mid];
const own = {
  'django-junior': 1,
  'django-mid': 30,
  'django-senior': 1,
  'django-lead': 1,
  'node-junior': 1,
  'node-mid': 25,
  'node-senior': 1,
  'node-lead': 1,
};
const base: CostState = {
  stack: 'django',
  rates: 'india',
  junior: 0,
  mid: 1,
  senior: 0,
  lead: 0,
  hours: 100,
  months: 12,
  ...own,
};

describe('hourlyRate', () => {
  test.each<[CostState['rates'], 'django' | 'node', string]>([
    ['india', 'django', '$10–$20'],
    ['india', 'node', '$11–$22'],
    ['us', 'django', '$50–$60'],
    ['us', 'node', '$50–$60'],
    ['own', 'django', '$30'],
    ['own', 'node', '$25'],
  ])('%s rates, %s: %s an hour', (rates, stack, text) => {
    expect(usdRange(hourlyRate(levels, { ...base, rates }, stack, 'mid'))).toBe(text);
  });

  test('a level the card lacks costs nothing rather than NaN', () => {
    expect(hourlyRate(levels, base, 'node', 'lead')).toEqual({ low: 0, high: 0 });
  });
});

describe('compareCost and its words', () => {
  test.each<[string, Partial<CostState>, string, string, string, string]>([
    [
      'card rates, from Django',
      {},
      '$1,000–$2,000',
      '$1,100–$2,200',
      '$100–$200',
      'Node.js costs $100–$200 more a month than Django (10% more); over 12 months, $1,200–$2,400 more',
    ],
    [
      'card rates, from Node.js',
      { stack: 'node' },
      '$1,000–$2,000',
      '$1,100–$2,200',
      '−$200–−$100',
      'Django costs $100–$200 less a month than Node.js (9.1% less); over 12 months, $1,200–$2,400 less',
    ],
    [
      'US rates: one rate for both',
      { rates: 'us' },
      '$5,000–$6,000',
      '$5,000–$6,000',
      '$0',
      'Node.js and Django cost the same',
    ],
    [
      'own rates, Node.js cheaper',
      { rates: 'own' },
      '$3,000',
      '$2,500',
      '−$500',
      'Node.js costs $500 less a month than Django (16.7% less); over 12 months, $6,000 less',
    ],
  ])('%s', (_name, over, django, node, diff, words) => {
    const c = compareCost(levels, { ...base, ...over });
    expect([
      usdRange(c.django.monthly),
      usdRange(c.node.monthly),
      usdRange(c.diff.monthly),
      differenceText(c, '12 months'),
    ]).toEqual([django, node, diff, words]);
    expect(c.diff.total).toEqual({ low: c.diff.monthly.low * 12, high: c.diff.monthly.high * 12 });
  });

  test('ends that point opposite ways are worded as such', () => {
    // Own rates cannot do this (one rate per stack); a card whose ranges cross can.
    const crossing: RateLevel[] = [{ ...mid, django: { low: 10, high: 30 }, node: { low: 12, high: 25 } }];
    expect(differenceText(compareCost(crossing, base), '12 months')).toBe(
      'Node.js costs between $500 less and $200 more a month than Django; over 12 months, between $6,000 less and $2,400 more',
    );
  });

  test('the summary names both ranges, or what to do when the team is empty', () => {
    expect(summaryText(compareCost(levels, base))).toBe(
      'Per month: Django $1,000–$2,000, Node.js $1,100–$2,200. Node.js costs $100–$200 more a month than Django (10% more).',
    );
    expect(summaryText(compareCost(levels, { ...base, mid: 0 }))).toBe(
      'No developers yet: enter a head count to see the costs.',
    );
  });
});

import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { computeCost, type RateLevel } from '../../../src/lib/cost/compute.ts';
import { pctRange, usdRange } from '../../../src/lib/cost/money.ts';
import type { CostState } from '../../../src/lib/cost/state.ts';

const card = readKnowledgeBase().rateCards[0];
if (!card) throw new Error('no rate card');
const none: CostState = { stack: 'django', junior: 0, mid: 0, senior: 0, lead: 0, hours: 160, months: 12 };

describe('computeCost on the published rate card', () => {
  // Expected figures worked out by hand from content/rate-cards/wit-india-rates.yaml.
  test.each<[string, Partial<CostState>, string, string, string, string, string]>([
    ['two mid-level Django developers, 160 h', { mid: 2 }, '$6,400–$10,240', '$22,400–$32,000', '$12,160–$25,600', '54.3–80%', '$145,920–$307,200'],
    ['two mid-level Node.js developers, 160 h', { stack: 'node', mid: 2 }, '$7,040–$11,200', '$22,400–$32,000', '$11,200–$24,960', '50–78%', '$134,400–$299,520'],
    ['one junior Django developer, 100 h', { junior: 1, hours: 100 }, '$1,200–$1,800', '$4,500–$6,500', '$2,700–$5,300', '60–81.5%', '$32,400–$63,600'],
    ['one of each level on Node.js, 1 h, 1 month', { stack: 'node', junior: 1, mid: 1, senior: 1, lead: 1, hours: 1, months: 1 }, '$121–$177', '$355–$485', '$178–$364', '50.1–75.1%', '$178–$364'],
    ['nobody', {}, '$0', '$0', '$0', '0%', '$0'],
  ])('%s', (_name, over, monthly, us, saving, pct, yearSaving) => {
    const r = computeCost(card.levels, { ...none, ...over });
    expect(usdRange(r.monthly)).toBe(monthly);
    expect(usdRange(r.usMonthly)).toBe(us);
    expect(usdRange(r.saving)).toBe(saving);
    expect(pctRange(r.savingPct)).toBe(pct);
    expect(usdRange(r.total.saving)).toBe(yearSaving);
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
    expect(r.total.us.high).toBe(r.usMonthly.high * 7);
  });

  test('a level missing from the card costs nothing rather than NaN', () => {
    const levels: RateLevel[] = card.levels.filter((l) => l.id !== 'lead');
    const r = computeCost(levels, { ...none, lead: 5 });
    expect(r.monthly).toEqual({ low: 0, high: 0 });
    expect(r.headcount).toBe(5);
  });
});


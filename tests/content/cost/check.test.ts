import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { checkMath } from '../../../src/lib/cost/check.ts';
import { pctRange, ptsDiff, usd, usdDiff, usdRange } from '../../../src/lib/cost/money.ts';
import type { IntRange } from '../../../src/lib/cost/compute.ts';

const card = readKnowledgeBase().rateCards[0];
if (!card) throw new Error('no rate card');
const check = checkMath(card);
const pts = (r: IntRange) => `${ptsDiff(r.low)} / ${ptsDiff(r.high)}`;
const dollars = (r: IntRange) => `${usdDiff(r.low)} / ${usdDiff(r.high)}`;

describe('the "you save" column against the rates', () => {
  // Implied: (US low − offshore high) / US low to (US high − offshore low) / US high.
  test.each<[string, string, string, string, string, string]>([
    ['junior', '65–70%', '60–81.5%', '−5 pts / +11.5 pts', '55.6–78.5%', '−9.4 pts / +8.5 pts'],
    ['mid', '60–68%', '54.3–80%', '−5.7 pts / +12 pts', '50–78%', '−10 pts / +10 pts'],
    ['senior', '62–66%', '52–77.1%', '−10 pts / +11.1 pts', '48–75%', '−14 pts / +9 pts'],
    ['lead', '60–64%', '53.6–73.3%', '−6.4 pts / +9.3 pts', '50–72.2%', '−10 pts / +8.2 pts'],
  ])('%s', (id, stated, django, djangoDiff, node, nodeDiff) => {
    const row = check.youSave.find((l) => l.id === id);
    expect(row && [pctRange(row.stated), pctRange(row.django.implied), pts(row.django.diff), pctRange(row.node.implied), pts(row.node.diff)]).toEqual([
      stated,
      django,
      djangoDiff,
      node,
      nodeDiff,
    ]);
  });
});

test('the blanket 60–70% saving against the span the rates imply', () => {
  const o = check.overallSaving;
  expect([pctRange(o.stated), pctRange(o.implied), pts(o.diff)]).toEqual(['60–70%', '48–81.5%', '−12 pts / +11.5 pts']);
});

describe('the worked example', () => {
  const ex = check.example;
  test('describes two mid-level Django developers at 160 hours over a year', () => {
    expect(ex.state).toMatchObject({ stack: 'django', rates: 'india', junior: 0, mid: 2, senior: 0, lead: 0, hours: 160, months: 12 });
  });

  test.each<[string, keyof typeof ex, string, string, string]>([
    ['monthly', 'monthly', '$6,400–$10,200', '$6,400–$10,240', '$0 / +$40'],
    ['US monthly', 'usMonthly', '$22,000–$32,000', '$22,400–$32,000', '+$400 / $0'],
    ['annual savings', 'annualSavings', '$140,000–$260,000', '$145,920–$307,200', '+$5,920 / +$47,200'],
  ])('%s: stated, implied, difference', (_name, key, stated, implied, diff) => {
    const c = ex[key] as { stated: IntRange; implied: IntRange; diff: IntRange };
    expect([usdRange(c.stated), usdRange(c.implied), dollars(c.diff)]).toEqual([stated, implied, diff]);
  });

  test('annual savings from the stated monthly figures, and the high-high pairing', () => {
    expect(usdRange(ex.annualFromStated)).toBe('$141,600–$307,200');
    expect(usd(ex.annualHighPaired)).toBe('$261,600');
  });
});

describe('the Node.js premium', () => {
  test.each<[string, string, string, string]>([
    ['junior', '$12–$18', '$14–$20', '11.1–16.7%'],
    ['mid', '$20–$32', '$22–$35', '9.4–10%'],
    ['senior', '$32–$48', '$35–$52', '8.3–9.4%'],
    ['lead', '$48–$65', '$50–$70', '4.2–7.7%'],
  ])('%s: Django %s, Node.js %s, premium %s', (id, django, node, implied) => {
    const level = check.premium.levels.find((l) => l.id === id);
    expect(level && [usdRange(level.django), usdRange(level.node), pctRange(level.implied)]).toEqual([django, node, implied]);
  });

  test('across all levels, against the stated 8–12%', () => {
    const o = check.premium.overall;
    expect([pctRange(o.stated), pctRange(o.implied), pts(o.diff)]).toEqual(['8–12%', '4.2–16.7%', '−3.8 pts / +4.7 pts']);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { checkMath, type Compared } from '../../../src/lib/cost/check.ts';
import { pctRange, ptsDiff, usdDiff, usdRange } from '../../../src/lib/cost/money.ts';
import { checkMathView } from '../../../src/lib/views/check-math.ts';

const kb = readKnowledgeBase();
const card = kb.rateCards[0];
if (!card) throw new Error('no rate card');
const check = checkMath(card);
const pts = (c: Compared) => `${pctRange(c.implied)} (${ptsDiff(c.diff.low)} / ${ptsDiff(c.diff.high)})`;
const dollars = (c: Compared) => `${usdRange(c.implied)} (${usdDiff(c.diff.low)} / ${usdDiff(c.diff.high)})`;

/**
 * The source's own figures, copied from its rate-card table and the paragraphs under it
 * (../shared/sources/000_9ae0e294963937fe.txt, lines 35–42), so the checks below rest on the text, not on our YAML.
 */
const SOURCE = {
  rows: [
    ['junior', '| Junior (0–2 yrs) | $12–$18 | $14–$20 | $45–$65 | 65–70% |'],
    ['mid', '| Mid (2–5 yrs) | $20–$32 | $22–$35 | $70–$100 | 60–68% |'],
    ['senior', '| Senior (5–8 yrs) | $32–$48 | $35–$52 | $100–$140 | 62–66% |'],
    ['lead', '| Lead / Architect (8+ yrs) | $48–$65 | $50–$70 | $140–$180 | 60–64% |'],
  ],
  premium: 'roughly 8–12%',
  example: 'costs approximately $6,400–$10,200 per month',
  us: '$22,000–$32,000 for the same team',
  annual: '$140,000–$260,000 in annual savings',
} as const;

describe('the rate card carries the source’s figures and markers', () => {
  test.each(SOURCE.rows)('%s row', (id, row) => {
    const l = card.levels.find((x) => x.id === id);
    const cells = row.split('|').map((c) => c.trim()).filter(Boolean);
    expect(l && [l.label, usdRange({ low: l.django.low * 100, high: l.django.high * 100 }), usdRange({ low: l.node.low * 100, high: l.node.high * 100 }), usdRange({ low: l.us.low * 100, high: l.us.high * 100 }), pctRange({ low: l.statedSavingPercent.low * 100, high: l.statedSavingPercent.high * 100 })]).toEqual(cells);
  });

  test('the premium is stated “roughly” and the worked example “approximately”', () => {
    expect(card.statedNodePremiumApprox).toBe(true);
    expect(card.example.approx).toBe(true);
    expect(card.example.statedMonthly).toEqual({ low: 6400, high: 10200 });
    expect(card.example.statedUsMonthly).toEqual({ low: 22000, high: 32000 });
    expect(card.example.statedAnnualSavings).toEqual({ low: 140000, high: 260000 });
  });

  const file = join(import.meta.dirname, '../../../../shared/sources', kb.sources.find((s) => s.id === card.source)?.file ?? '');
  test.runIf(existsSync(file))('…and those figures are in the source text itself (needs ../shared/sources)', () => {
    const text = readFileSync(file, 'utf8');
    for (const [, row] of SOURCE.rows) expect(text).toContain(row);
    for (const phrase of [SOURCE.premium, SOURCE.example, SOURCE.us, SOURCE.annual]) expect(text).toContain(phrase);
  });
});

describe('the “You save” column in both pairings (issue 13)', () => {
  // Like for like: (US low − offshore low) / US low and (US high − offshore high) / US high, sorted; the India span
  // is the level's lowest rate (Django low) to its highest (Node.js high). Extreme: US low against offshore high.
  // Junior span: (45 − 12) / 45 = 73.3%, (65 − 20) / 65 = 69.2%.
  test.each<[string, string, string, string, string, string]>([
    ['junior', '65–70%', '69.2–73.3% (+4.2 pts / +3.3 pts)', '72.3–73.3% (+7.3 pts / +3.3 pts)', '68.9–69.2% (+3.9 pts / −0.8 pts)', '55.6–81.5% (−9.4 pts / +11.5 pts)'],
    ['mid', '60–68%', '65–71.4% (+5 pts / +3.4 pts)', '68–71.4% (+8 pts / +3.4 pts)', '65–68.6% (+5 pts / +0.6 pts)', '50–80% (−10 pts / +12 pts)'],
    ['senior', '62–66%', '62.9–68% (+0.9 pts / +2 pts)', '65.7–68% (+3.7 pts / +2 pts)', '62.9–65% (+0.9 pts / −1 pts)', '48–77.1% (−14 pts / +11.1 pts)'],
    ['lead', '60–64%', '61.1–65.7% (+1.1 pts / +1.7 pts)', '63.9–65.7% (+3.9 pts / +1.7 pts)', '61.1–64.3% (+1.1 pts / +0.3 pts)', '50–73.3% (−10 pts / +9.3 pts)'],
  ])('%s: stated %s', (id, stated, span, django, node, extreme) => {
    const row = check.youSave.find((l) => l.id === id);
    expect(row && [pctRange(row.stated), pts(row.span.likeForLike), pts(row.django), pts(row.node), pts(row.span.extreme)]).toEqual([stated, span, django, node, extreme]);
  });

  test('like for like over the India span reproduces the stated column within 0–5 points at every end; the extreme pairing does not', () => {
    const gaps = (pick: (l: (typeof check.youSave)[number]) => Compared) =>
      check.youSave.flatMap((l) => [pick(l).diff.low, pick(l).diff.high]);
    for (const g of gaps((l) => l.span.likeForLike)) {
      expect(g).toBeGreaterThanOrEqual(0);
      expect(g).toBeLessThanOrEqual(500);
    }
    expect(Math.max(...gaps((l) => l.span.extreme).map(Math.abs))).toBeGreaterThan(1000);
  });

  test('a gap inside the stated rounding (whole percent: half a point) is marked as such', () => {
    const lead = check.youSave.find((l) => l.id === 'lead');
    expect(lead?.node.rounding).toBe(50);
    expect(lead?.node.withinRounding).toEqual({ low: false, high: true });
  });
});

test('the blanket 60–70% in both pairings; stated to the nearest 10 points', () => {
  const o = check.overallSaving;
  expect([pctRange(o.likeForLike.stated), pts(o.likeForLike), pts(o.extreme)]).toEqual(['60–70%', '61.1–73.3% (+1.1 pts / +3.3 pts)', '48–81.5% (−12 pts / +11.5 pts)']);
  expect(o.likeForLike.withinRounding).toEqual({ low: true, high: true });
  expect(o.extreme.withinRounding).toEqual({ low: false, high: false });
});

describe('the worked example, stated as approximate', () => {
  const ex = check.example;
  test('describes two mid-level Django developers at 160 hours over a year', () => {
    expect(ex.state).toMatchObject({ stack: 'django', rates: 'india', junior: 0, mid: 2, senior: 0, lead: 0, hours: 160, months: 12 });
    expect(ex.approx).toBe(true);
  });

  test.each<[string, Compared, string, string, { low: boolean; high: boolean }]>([
    // 2 × 160 h × $20–$32; the source rounds to the $100, so +$40 is rounding.
    ['monthly', ex.monthly, '$6,400–$10,200', '$6,400–$10,240 ($0 / +$40)', { low: true, high: true }],
    // 2 × 160 h × $70–$100; to the $1,000, so +$400 is rounding.
    ['US monthly', ex.usMonthly, '$22,000–$32,000', '$22,400–$32,000 (+$400 / $0)', { low: true, high: true }],
    // 12 × ($22,400 − $6,400) and 12 × ($32,000 − $10,240).
    ['annual, like for like', ex.annualSavings.likeForLike, '$140,000–$260,000', '$192,000–$261,120 (+$52,000 / +$1,120)', { low: false, high: true }],
    // 12 × ($22,400 − $10,240) and 12 × ($32,000 − $6,400).
    ['annual, extreme', ex.annualSavings.extreme, '$140,000–$260,000', '$145,920–$307,200 (+$5,920 / +$47,200)', { low: false, high: false }],
  ])('%s: stated, implied and gaps, and whether they are rounding', (_name, c, stated, implied, within) => {
    expect([usdRange(c.stated), dollars(c), c.withinRounding]).toEqual([stated, implied, within]);
  });

  test('from the source’s own monthly figures: the stated low end is the extreme pairing, the high end like for like', () => {
    const f = ex.annualFromStated;
    // 12 × ($22,000 − $6,400) = $187,200 and 12 × ($32,000 − $10,200) = $261,600; 12 × ($22,000 − $10,200) = $141,600.
    expect([usdRange(f.likeForLike.implied), usdRange(f.extreme.implied)]).toEqual(['$187,200–$261,600', '$141,600–$307,200']);
    expect([f.extreme.withinRounding.low, f.likeForLike.withinRounding.high]).toEqual([true, true]);
    expect([f.likeForLike.withinRounding.low, f.extreme.withinRounding.high]).toEqual([false, false]);
  });
});

describe('the Node.js premium, stated as “roughly”', () => {
  test.each<[string, string, string, string]>([
    ['junior', '$12–$18', '$14–$20', '11.1–16.7%'],
    ['mid', '$20–$32', '$22–$35', '9.4–10%'],
    ['senior', '$32–$48', '$35–$52', '8.3–9.4%'],
    ['lead', '$48–$65', '$50–$70', '4.2–7.7%'],
  ])('%s: Django %s, Node.js %s, premium %s', (id, django, node, implied) => {
    const level = check.premium.levels.find((l) => l.id === id);
    expect(level && [usdRange(level.django), usdRange(level.node), pctRange(level.implied)]).toEqual([django, node, implied]);
  });

  test('across all levels, against the stated roughly 8–12%', () => {
    const o = check.premium.overall;
    expect([pctRange(o.stated), pts(o)]).toEqual(['8–12%', '4.2–16.7% (−3.8 pts / +4.7 pts)']);
    expect(check.premium.approx).toBe(true);
  });
});

test('the view keeps the source’s markers and says which gaps are rounding', () => {
  const v = checkMathView(check, card.id, card.region, 'Mid (2–5 yrs)');
  expect(v.premium.stated).toBe('roughly 8–12%');
  expect(v.example.marker).toBe('approximately');
  expect(v.example.table.rows[0]).toEqual(['Per month in India', 'about $6,400–$10,200', '$6,400–$10,240', '$0 / +$40', 'yes, both ends (stated to the nearest $100)']);
  expect(v.example.matches).toBe('its low end matches the extreme pairing, its high end matches like for like');
  expect(v.youSaveGaps).toEqual({ likeForLike: '+0.9 pts to +5 pts', extreme: '−14 pts to +12 pts' });
});

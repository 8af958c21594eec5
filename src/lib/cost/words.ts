/**
 * The cost calculator's result in words: the short summary a screen reader hears and the difference line. Pure, so
 * the island, the build-time HTML and the tests say exactly the same thing.
 */
import type { Comparison } from './compare.ts';
import type { IntRange } from './compute.ts';
import { pctRange, usdRange } from './money.ts';
import { STACK_LABEL } from './state.ts';

const neg = (r: IntRange): IntRange => ({ low: -r.high, high: -r.low });

/** A signed range as an amount and a direction: "$640–$960 more", "$100 less", "between $40 less and $60 more". */
function amount(r: IntRange, money: (r: IntRange) => string): string {
  if (r.low >= 0) return `${money(r)} more`;
  if (r.high <= 0) return `${money(neg(r))} less`;
  return `between ${money({ low: -r.low, high: -r.low })} less and ${money({ low: r.high, high: r.high })} more`;
}

/**
 * How much more or less the other stack costs than the one measured from, per month and over the duration:
 * "Node.js costs $640–$960 more a month than Django (9.4–10% more); over 12 months, $7,680–$11,520 more", or
 * "Node.js and Django cost the same". Without `months` (the live summary, kept short), the monthly part alone.
 */
export function differenceText(c: Comparison, months?: string): string {
  const { monthly: m, pct, total } = c.diff;
  const to = STACK_LABEL[c.to];
  const from = STACK_LABEL[c.from];
  if (m.low === 0 && m.high === 0) return `${to} and ${from} cost the same`;
  const share = m.low * m.high >= 0 ? ` (${amount(pct, pctRange)})` : '';
  const over = months ? `; over ${months}, ${amount(total, usdRange)}` : '';
  return `${to} costs ${amount(m, usdRange)} a month than ${from}${share}${over}`;
}

/** The live region's sentence: both monthly ranges and the difference, or what to do when the team is empty. */
export function summaryText(c: Comparison): string {
  if (c.headcount === 0) return 'No developers yet: enter a head count to see the costs.';
  return `Per month: Django ${usdRange(c.django.monthly)}, Node.js ${usdRange(c.node.monthly)}. ${differenceText(c)}.`;
}

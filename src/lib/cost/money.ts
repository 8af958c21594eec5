/**
 * The cost calculator's amounts as text. Its arithmetic keeps money in integer cents and percentages in integer basis
 * points (src/lib/cost/compute.ts); these turn them into the site's figures, built on src/lib/format.ts. Kept apart
 * from it so pages that only print plain numbers do not download them.
 */
import { formatUsd } from '../format.ts';
import type { IntRange } from './compute.ts';

/** The minus sign of money and percentages (U+2212), which lines up with "+" in a column. */
const MINUS = '−';

/** Cents as dollars: 640000 -> "$6,400", 123456 -> "$1,234.56", -40000 -> "−$400". */
export function usd(cents: number): string {
  const abs = Math.abs(cents);
  const rest = abs % 100;
  const text = `${formatUsd(Math.floor(abs / 100))}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
  return cents < 0 ? MINUS + text : text;
}

/** A range of cents: "$6,400–$10,240"; a single value when both ends agree. */
export function usdRange(r: IntRange): string {
  return r.low === r.high ? usd(r.low) : `${usd(r.low)}–${usd(r.high)}`;
}

/** Basis points as a percentage to one decimal, a whole number without it: 8154 -> "81.5%", -500 -> "−5%". */
export function pct(bp: number): string {
  const tenths = Math.round(Math.abs(bp) / 10);
  return `${bp < 0 && tenths ? MINUS : ''}${Math.floor(tenths / 10)}${tenths % 10 ? `.${tenths % 10}` : ''}%`;
}

/** A range of basis points: "60–81.5%". */
export function pctRange(r: IntRange): string {
  return r.low === r.high ? pct(r.low) : `${pct(r.low).slice(0, -1)}–${pct(r.high)}`;
}

/** A signed difference in cents: "+$40", "−$400", "$0". */
export function usdDiff(cents: number): string {
  return cents > 0 ? `+${usd(cents)}` : usd(cents);
}

/** A signed difference in percentage points from basis points: "+11.5 pts", "−5 pts", "0 pts". */
export function ptsDiff(bp: number): string {
  const text = pct(bp).slice(0, -1);
  return `${bp > 0 && text !== '0' ? '+' : ''}${text} pts`;
}

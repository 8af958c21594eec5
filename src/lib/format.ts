/**
 * Every number the site prints, in one place, so a figure reads the same on a page, in a callout, in a CSV and in a
 * calculator: thousands separators, at most two decimals, a space before a unit ("50 MB", "150 ms", "120,000 req/s")
 * except for "%" and "×", which sit tight ("60%", "2.7×"). Intl with a fixed locale and fixed options prints the same
 * characters at build time (Node) and in the browser, so islands can re-render without a mismatch.
 */
import type { Figure, Favours } from '../schemas/index.ts';
import type { IntRange } from './cost/compute.ts';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
/** The minus sign of money and percentages (U+2212), which lines up with "+" in a column. */
const MINUS = '−';

/** A number with thousands separators and at most two decimals: 1234567.891 -> "1,234,567.89", 2.7 -> "2.7". */
export function formatNumber(n: number): string {
  // "+ 0" turns -0 into 0, so a rounded "-0.001" never prints as "-0".
  return grouped.format(n + 0);
}

/** A short axis label: 0, 250, 10K, 1.5M. */
export function formatCompact(n: number): string {
  return compact.format(n);
}

/** Units that sit straight after the number; every other unit follows a space. */
const tightUnits: Record<string, string> = { '%': '%', x: '×' };

/**
 * A figure as the source states it, markers included: "~120,000 req/s", "50,000+ connections", "under 50 MB",
 * "~2–4 KB", "2.7×", "$25–40 a month".
 */
export function formatFigure(f: Pick<Figure, 'value' | 'high' | 'unit' | 'approx' | 'atLeast' | 'atMost'>): string {
  const span =
    f.high !== undefined && f.high !== f.value
      ? `${formatNumber(f.value)}–${formatNumber(f.high)}`
      : formatNumber(f.value);
  const marked = `${f.approx ? '~' : ''}${span}${f.atLeast ? '+' : ''}`;
  const tight = tightUnits[f.unit];
  const text = f.unit === 'USD/month' ? `$${marked} a month` : tight ? `${marked}${tight}` : `${marked} ${f.unit}`;
  return `${f.atMost ? 'under ' : ''}${text}`;
}

/** Display name of a verdict. */
export const favoursLabel: Record<Favours | 'both' | 'either', string> = {
  django: 'Django',
  node: 'Node.js',
  tie: 'Tie',
  depends: 'Depends',
  both: 'Both',
  either: 'Either',
};

/** Whole US dollars with separators: 6400 -> "$6,400". */
export function formatUsd(dollars: number): string {
  return usd(Math.round(dollars) * 100);
}

/** Cents as dollars: 640000 -> "$6,400", 123456 -> "$1,234.56", -40000 -> "−$400". */
export function usd(cents: number): string {
  const abs = Math.abs(cents);
  const rest = abs % 100;
  const text = `$${formatNumber(Math.floor(abs / 100))}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
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

/**
 * Every number the site prints, in one place, so a figure reads the same on a page, in a callout, in a CSV and in a
 * calculator: thousands separators, at most two decimals, a space before a unit ("50 MB", "150 ms", "120,000 req/s")
 * except for "%" and "×", which sit tight ("60%", "2.7×"). Intl with a fixed locale and fixed options prints the same
 * characters at build time (Node) and in the browser, so islands can re-render without a mismatch.
 */
import type { Figure, Favours } from '../schemas/index.ts';

// Made on first use, so a bundle that imports this module without printing a number carries none of it.
let grouped: Intl.NumberFormat | undefined;
let compact: Intl.NumberFormat | undefined;

/** A number with thousands separators and at most two decimals: 1234567.891 -> "1,234,567.89", 2.7 -> "2.7". */
export function formatNumber(n: number): string {
  // "+ 0" turns -0 into 0, so a rounded "-0.001" never prints as "-0".
  grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  return grouped.format(n + 0);
}

/** A short axis label: 0, 250, 10K, 1.5M. */
export function formatCompact(n: number): string {
  compact ??= new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
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
  none: 'No verdict',
  both: 'Both',
  either: 'Either',
};

/** Whole US dollars with separators: 6400 -> "$6,400". */
export function formatUsd(dollars: number): string {
  return `$${formatNumber(Math.round(dollars))}`;
}

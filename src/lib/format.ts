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

const scales: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/**
 * A count as a reader says it: from a million up, a number that is a whole number of hundredths of its scale reads in
 * words ("700 million", "1.3 million", "2.5 billion"); anything else, and everything below a million, stays grouped
 * ("1,234,567", "50,000"), so a precise figure is never rounded away.
 */
export function formatCount(n: number): string {
  const size = Math.abs(n);
  for (const [scale, word] of scales) {
    if (size < scale) continue;
    const hundredths = (size / scale) * 100;
    if (Math.abs(hundredths - Math.round(hundredths)) > 1e-6) break;
    return `${n < 0 ? '-' : ''}${formatNumber(Math.round(hundredths) / 100)} ${word}`;
  }
  return formatNumber(n);
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
      ? `${formatCount(f.value)}–${formatCount(f.high)}`
      : formatCount(f.value);
  const marked = `${f.approx ? '~' : ''}${span}${f.atLeast ? '+' : ''}`;
  const tight = tightUnits[f.unit];
  const text = f.unit === 'USD/month' ? `$${marked} a month` : tight ? `${marked}${tight}` : `${marked} ${f.unit}`;
  return `${f.atMost ? 'under ' : ''}${text}`;
}

/** Display name of a verdict. */
export const favoursLabel: Record<Favours | 'both' | 'either' | 'mixed', string> = {
  django: 'Django',
  node: 'Node.js',
  tie: 'Tie',
  depends: 'Depends',
  none: 'No verdict',
  both: 'Both',
  either: 'Either',
  mixed: 'Mixed',
};

/** Whole US dollars with separators: 6400 -> "$6,400". */
export function formatUsd(dollars: number): string {
  return `$${formatNumber(Math.round(dollars))}`;
}

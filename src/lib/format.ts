import type { Figure, Favours } from '../schemas/index.ts';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number with thousands separators: 120000 -> "120,000", 2.7 -> "2.7". */
export function formatNumber(n: number): string {
  return grouped.format(n);
}

/** Units printed straight after the number, with no space. */
const tightUnits = new Set(['%', 'x', 'ms', 'KB', 'MB']);

function withUnit(text: string, unit: string): string {
  if (unit === 'USD/month') return `$${text} a month`;
  return tightUnits.has(unit) ? `${text}${unit === 'x' ? '×' : unit}` : `${text} ${unit}`;
}

/**
 * A figure as the source states it, markers included: "~120,000 req/s", "50,000+ connections",
 * "under 50MB", "2–4KB", "~3×".
 */
export function formatFigure(f: Pick<Figure, 'value' | 'high' | 'unit' | 'approx' | 'atLeast' | 'atMost'>): string {
  const span = f.high !== undefined && f.high !== f.value ? `${formatNumber(f.value)}–${formatNumber(f.high)}` : formatNumber(f.value);
  const marked = `${f.approx ? '~' : ''}${span}${f.atLeast ? '+' : ''}`;
  return `${f.atMost ? 'under ' : ''}${withUnit(marked, f.unit)}`;
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
  return `$${formatNumber(Math.round(dollars))}`;
}

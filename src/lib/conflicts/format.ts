import type { Figure } from '../../schemas/index.ts';

/** A number with thousands separators and at most two decimals: 1234567.891 -> "1,234,567.89". */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Units written straight after the number ("60%", "2.7x"); all others follow a space ("150 ms"). */
const tightUnits = new Set(['%', 'x']);

/** A figure with the source's markers: "~1,300,000+ req/s", "25–40 USD/month", "under 50 MB", "2.7x". */
export function formatFigure(f: Pick<Figure, 'value' | 'high' | 'unit' | 'approx' | 'atLeast' | 'atMost'>): string {
  const span =
    f.high !== undefined && f.high !== f.value
      ? `${formatNumber(f.value)}–${formatNumber(f.high)}`
      : formatNumber(f.value);
  const number = `${f.atMost ? 'under ' : ''}${f.approx ? '~' : ''}${span}${f.atLeast ? '+' : ''}`;
  return tightUnits.has(f.unit) ? `${number}${f.unit}` : `${number} ${f.unit}`;
}

/** Joins words as prose: ["a"] -> "a", ["a", "b"] -> "a and b", ["a", "b", "c"] -> "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** Distinct values in first-seen order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** A lowercase slug of free text, for ids built from a subject: "Instagram on Django" -> "instagram-on-django". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Code-point order, the same on every machine (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { Figure } from '../../schemas/index.ts';

/** Extra relative slack a "~" (approximately) marker allows on top of the metric's tolerance. */
export const APPROX_SLACK = 0.1;

/** The values a figure allows: a range counts as every value in it, "+" is open above, "under" runs from 0. */
export function interval(f: Pick<Figure, 'value' | 'high' | 'atLeast' | 'atMost'>): [number, number] {
  const high = f.high ?? f.value;
  if (f.atLeast) return [f.value, Number.POSITIVE_INFINITY];
  if (f.atMost) return [0, high];
  return [f.value, high];
}

/**
 * Whether two figures of one metric can both hold. Their intervals (see `interval`) may be apart by at most the
 * metric's tolerance, relative to the larger lower end, plus APPROX_SLACK when either is approximate. So "2M+" and
 * "2.1M+" (two lower bounds) both hold, overlapping ranges both hold, and 120,000 against 45,000 cannot. Pure.
 */
export function canBothHold(
  a: Pick<Figure, 'value' | 'high' | 'atLeast' | 'atMost' | 'approx'>,
  b: Pick<Figure, 'value' | 'high' | 'atLeast' | 'atMost' | 'approx'>,
  tolerance: number,
): boolean {
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  const gap = Math.max(0, Math.max(aLow, bLow) - Math.min(aHigh, bHigh));
  if (gap === 0) return true;
  const slack = tolerance + (a.approx || b.approx ? APPROX_SLACK : 0);
  return gap / Math.max(aLow, bLow) <= slack;
}

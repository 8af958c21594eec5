import type { Figure } from '../../schemas/index.ts';

/**
 * Relative gap between two figures: 0 when they agree exactly or their ranges overlap, otherwise the distance
 * between the nearest ends divided by the larger upper end. For two single values this is |a - b| / max(a, b).
 * A range ("25–40") counts as every value in it, so "4–6" and "5" agree while "4–6" and "8" differ by 2 / 8.
 * Markers (~, +, under) do not change the gap; they only add reasons.
 */
export function relativeGap(a: Pick<Figure, 'value' | 'high'>, b: Pick<Figure, 'value' | 'high'>): number {
  const aHigh = a.high ?? a.value;
  const bHigh = b.high ?? b.value;
  const distance = Math.max(0, Math.max(a.value, b.value) - Math.min(aHigh, bHigh));
  const top = Math.max(aHigh, bHigh);
  return top === 0 ? 0 : distance / top;
}

/** Whether two figures disagree: their relative gap exceeds the metric's tolerance (strictly). */
export function disagree(
  a: Pick<Figure, 'value' | 'high'>,
  b: Pick<Figure, 'value' | 'high'>,
  tolerance: number,
): boolean {
  return relativeGap(a, b) > tolerance;
}

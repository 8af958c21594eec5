import type { Claim, Figure, Metric } from '../../schemas/index.ts';
import { formatFigure, formatNumber } from '../format.ts';

/** A ratio worked out from one claim's two figures of a base metric, ready to compare with stated ratios. */
export interface DerivedRatio {
  claim: Claim;
  figure: Figure;
  /** How it was computed, e.g. "23,000,000+ developers ÷ 5,000,000+ developers = 4.6". */
  derived: string;
  /** The two figures it divides (Node.js first). */
  inputs: [Figure, Figure];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Node.js figure divided by Django figure; ranges divide end to end, so the result spans every possible ratio. */
function divide(node: Figure, django: Figure, metric: Metric): Omit<Figure, 'subject' | 'qualifier'> | undefined {
  const low = node.value / (django.high ?? django.value);
  const high = (node.high ?? node.value) / django.value;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  const exact = round2(low) === low && round2(high) === high;
  const marked = [node, django].some((f) => f.approx || f.atLeast || f.atMost);
  return {
    side: 'node',
    metric: metric.id,
    value: round2(low),
    ...(round2(high) !== round2(low) ? { high: round2(high) } : {}),
    unit: metric.unit,
    approx: !exact || marked,
    atLeast: false,
    setup: 'unstated',
    atMost: false,
  };
}

/**
 * Ratios (Node.js ÷ Django) implied by claims that state both stacks' figures of a ratio metric's base metric
 * (`ratioOf`). Figures pair up when their qualifiers match (both absent counts as a match).
 */
export function derivedRatios(claims: readonly Claim[], metrics: readonly Metric[]): DerivedRatio[] {
  const results: DerivedRatio[] = [];
  for (const metric of metrics) {
    if (!metric.ratioOf) continue;
    for (const claim of claims) {
      const base = claim.figures.filter((f) => f.metric === metric.ratioOf);
      for (const node of base.filter((f) => f.side === 'node')) {
        for (const django of base.filter((f) => f.side === 'django' && f.qualifier === node.qualifier)) {
          const ratio = divide(node, django, metric);
          if (!ratio) continue;
          const figure: Figure = {
            ...ratio,
            subject: `${node.subject} against ${django.subject}`,
            ...(node.qualifier ? { qualifier: node.qualifier } : {}),
          };
          const result =
            ratio.high === undefined
              ? formatNumber(ratio.value)
              : `${formatNumber(ratio.value)}–${formatNumber(ratio.high)}`;
          const derived = `${formatFigure(node)} ÷ ${formatFigure(django)} = ${result}`;
          results.push({ claim, figure, derived, inputs: [node, django] });
        }
      }
    }
  }
  return results;
}

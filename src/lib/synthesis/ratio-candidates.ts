import type { Claim, Figure, Metric } from '../../schemas/index.ts';
import type { Candidate } from './types.ts';
import type { CandidateInput } from './input.ts';
import { placeCandidate } from './place.ts';
import { formatFigure, formatNumber } from '../format.ts';
import { groupBy } from '../collections.ts';

/** One source's Node.js/Django ratio of a metric: stated, or worked out from one claim's two figures. */
export interface SourceRatio {
  claim: Claim;
  low: number;
  high: number;
  /** How the ratio reads: "2.7× (stated)", "1.41× (1,200,000+ req/s ÷ 850,000+ req/s, worked out here)". */
  reading: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const span = (low: number, high: number) =>
  round2(low) === round2(high)
    ? `${formatNumber(round2(low))}×`
    : `${formatNumber(round2(low))}–${formatNumber(round2(high))}×`;

/** How sure a worked-out ratio is: "at least " when only the numerator is a lower bound, "~" when an input is. */
function marker(node: Figure, django: Figure): string {
  if (node.atLeast && django.atLeast) return 'indicative only, both are lower bounds: ';
  if (node.atLeast || django.atMost) return 'at least ';
  if (django.atLeast || node.atMost) return 'at most ';
  return node.approx || django.approx ? '~' : '';
}

/**
 * Node.js ÷ Django for two figures of one claim; ranges divide end to end. Undefined when a side is 0. Pure.
 * The inputs' markers ("~", "+") make the result indicative; the reading keeps them.
 */
export function divide(node: Figure, django: Figure): { low: number; high: number } | undefined {
  const low = node.value / (django.high ?? django.value);
  const high = (node.high ?? node.value) / django.value;
  return Number.isFinite(low) && Number.isFinite(high) ? { low, high } : undefined;
}

/** Every source's ratios of base metric `base`: stated figures of ratio metrics built on it, and worked-out ones. */
export function ratiosOf(base: Metric, metrics: readonly Metric[], claims: readonly Claim[]): SourceRatio[] {
  const ratioMetrics = new Set(metrics.filter((m) => m.ratioOf === base.id).map((m) => m.id));
  return claims.flatMap((claim): SourceRatio[] => {
    const stated = claim.figures
      .filter((f) => ratioMetrics.has(f.metric))
      .map((f) => ({
        claim,
        low: f.value,
        high: f.high ?? f.value,
        reading: `${formatFigure(f)} as stated (${f.subject})`,
      }));
    const figures = claim.figures.filter((f) => f.metric === base.id);
    const derived = figures
      .filter((f) => f.side === 'node')
      .flatMap((node) =>
        figures
          .filter((f) => f.side === 'django' && f.setup === node.setup && f.qualifier === node.qualifier)
          .flatMap((django) => {
            const r = divide(node, django);
            if (!r) return [];
            const how = `${formatFigure(node)} ÷ ${formatFigure(django)}, worked out here`;
            return [{ claim, ...r, reading: `${marker(node, django)}${span(r.low, r.high)} (${how})` }];
          }),
      );
    return [...stated, ...derived];
  });
}

/**
 * Ratio comparisons across setups: for each metric, each source's Node.js/Django ratio (stated, or worked out from a
 * claim that gives both stacks' figures). Where two or more sources give one, `ratio-<metric>` is proposed; its
 * review says whether the ratios agree, differ for a stated reason, or cannot be compared.
 */
export function ratioCandidates(input: CandidateInput): Candidate[] {
  return input.metrics
    .filter((m) => !m.ratioOf)
    .flatMap((base): Candidate[] => {
      const ratios = ratiosOf(base, input.metrics, input.claims);
      const bySource = groupBy(ratios, (r) => r.claim.source);
      if (bySource.size < 2) return [];
      return [
        {
          id: `ratio-${base.id}`,
          basis: 'ratio',
          title: `${base.title}: each source's Node.js-to-Django ratio`,
          metric: base.id,
          ...placeCandidate(
            ratios.map((r) => r.claim),
            input,
          ),
          sides: [...bySource].map(([source, mine]) => ({
            source,
            records: [...new Set(mine.map((r) => r.claim.id))],
            reading: mine.map((r) => r.reading).join('; '),
          })),
        },
      ];
    });
}

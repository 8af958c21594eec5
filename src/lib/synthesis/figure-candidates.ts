import type { Claim, Figure, Metric } from '../../schemas/index.ts';
import type { Candidate } from './types.ts';
import { stackName, type CandidateInput } from './input.ts';
import { canBothHold } from './figures.ts';
import { placeCandidate } from './place.ts';
import { formatFigure } from '../format.ts';
import { groupBy } from '../collections.ts';

/** One stated figure with the claim that states it. */
interface Stated {
  claim: Claim;
  figure: Figure;
}

/** Why figures of different or unstated setups can only be not comparable. */
export const ACROSS_SETUPS =
  'these figures come from different or unstated measurement setups, so their values cannot contradict each other';

/**
 * One source's figures in a candidate, compactly: per stack its distinct values as stated, then the setups once,
 * e.g. "Django ~45,000 req/s; Node.js ~120,000 req/s (setup: TechEmpower JSON test on one core)". The claims linked
 * beside it carry the subjects and conditions.
 */
export function figuresReading(figures: readonly Figure[], setupTitle: (id: string) => string): string {
  const stacks = [...groupBy(figures, (f) => f.side)].map(
    ([side, own]) => `${stackName[side]} ${[...new Set(own.map((f) => formatFigure(f)))].join(' / ')}`,
  );
  const setups = [...new Set(figures.map((f) => (f.setup === 'unstated' ? 'not stated' : setupTitle(f.setup))))];
  return `${stacks.join('; ')} (${setups.length === 1 ? 'setup' : 'setups'}: ${setups.join('; ')})`;
}

/** Pairs of figures from different sources that cannot both hold, within one group. */
function clashes(entries: readonly Stated[], metric: Metric): [Stated, Stated][] {
  const pairs: [Stated, Stated][] = [];
  entries.forEach((a, i) => {
    for (const b of entries.slice(i + 1)) {
      if (a.claim.source === b.claim.source) continue;
      if (!canBothHold(a.figure, b.figure, metric.tolerance)) pairs.push([a, b]);
    }
  });
  return pairs;
}

/**
 * Absolute figures that cannot both hold. Figures are grouped by metric and side (and subject, for `perSubject`
 * metrics); ratio metrics (`ratioOf`) are left to the ratio comparison. A pair from two sources that cannot both hold
 * gives `figure-<metric>-<setup>` when both name the same setup (not `unstated`), else `figure-<metric>-setups`, which
 * a review may only call not comparable. Within one source figures are not compared.
 */
export function figureCandidates(input: CandidateInput): Candidate[] {
  const metrics = new Map(input.metrics.filter((m) => !m.ratioOf).map((m) => [m.id, m]));
  const setupTitle = (id: string) => input.setups.find((s) => s.id === id)?.title ?? id;
  const stated = input.claims.flatMap((claim) => claim.figures.map((figure) => ({ claim, figure })));
  const found = new Map<string, { metric: Metric; setup?: string; pairs: [Stated, Stated][] }>();
  const groups = groupBy(stated, (s) => {
    const metric = metrics.get(s.figure.metric);
    return metric ? JSON.stringify([metric.id, s.figure.side, metric.perSubject ? s.figure.subject : '']) : '';
  });
  for (const [key, entries] of groups) {
    const metric = metrics.get(entries[0]?.figure.metric ?? '');
    if (!key || !metric) continue;
    for (const [a, b] of clashes(entries, metric)) {
      const same = a.figure.setup === b.figure.setup && a.figure.setup !== 'unstated';
      const id = same ? `figure-${metric.id}-${a.figure.setup}` : `figure-${metric.id}-setups`;
      const entry = found.get(id) ?? { metric, ...(same ? { setup: a.figure.setup } : {}), pairs: [] };
      entry.pairs.push([a, b]);
      found.set(id, entry);
    }
  }
  return [...found].map(([id, { metric, setup, pairs }]): Candidate => {
    const involved = [...new Set(pairs.flat())];
    const bySource = groupBy(involved, (s) => s.claim.source);
    return {
      id,
      basis: 'figure',
      title: setup
        ? `${metric.title} (${setupTitle(setup)}): figures that cannot both hold`
        : `${metric.title}: figures from different setups`,
      metric: metric.id,
      ...placeCandidate(
        involved.map((s) => s.claim),
        input,
      ),
      sides: [...bySource].map(([source, mine]) => ({
        source,
        records: [...new Set(mine.map((s) => s.claim.id))],
        reading: figuresReading(
          mine.map((s) => s.figure),
          setupTitle,
        ),
      })),
      ...(setup ? {} : { onlyNotComparable: ACROSS_SETUPS }),
    };
  });
}

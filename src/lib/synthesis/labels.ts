import type { Position } from '../../schemas/index.ts';
import type { CandidateStatus, DifferenceReason, DimensionConsensus } from './types.ts';

/**
 * The one place positions and consensus are put into words. Every page, the search entries and /data/ use these,
 * so a dimension reads the same everywhere.
 */

const names: Record<Position, string> = {
  django: 'Django',
  node: 'Node.js',
  both: 'both fit',
  depends: 'it depends',
  mixed: 'mixed',
};

/** A position in words: "Django", "Node.js", "both fit", "it depends", "mixed" (argues both ways). */
export function positionLabel(position: Position): string {
  return names[position];
}

/** Order of positions in a split's tally. */
export const positionOrder: readonly Position[] = ['django', 'node', 'both', 'depends', 'mixed'];

/**
 * A consensus in words: "All 3 sources: both fit", "2 of 3 sources: Django", "Split: Django 1, Node.js 2",
 * "One source only: it depends", "No source covers it".
 */
export function consensusLabel(c: Pick<DimensionConsensus, 'kind' | 'position' | 'positions'>): string {
  const n = c.positions.length;
  const held = c.position ? positionLabel(c.position) : '';
  switch (c.kind) {
    case 'none':
      return 'No source covers it';
    case 'single':
      return `One source only: ${held}`;
    case 'agree':
      return `All ${n} sources: ${held}`;
    case 'majority': {
      const agreeing = c.positions.filter((p) => p.position === c.position).length;
      return `${agreeing} of ${n} sources: ${held}`;
    }
    case 'split': {
      const tally = positionOrder
        .map((p) => [p, c.positions.filter((x) => x.position === p).length] as const)
        .filter(([, k]) => k > 0)
        .map(([p, k]) => `${positionLabel(p)} ${k}`);
      return `Split: ${tally.join(', ')}`;
    }
  }
}

const reasons: Record<DifferenceReason, string> = {
  setup: 'different measurement setups',
  date: 'different dates',
  scope: 'different scope',
  interest: 'the publisher’s own interest',
  wording: 'different wording',
  judgement: 'a difference of judgement',
};

/** The likely reason two sources differ, in words: "different measurement setups". */
export function reasonLabel(reason: DifferenceReason): string {
  return reasons[reason];
}

const statuses: Record<CandidateStatus, string> = {
  disagreement: 'Sources disagree',
  'not-comparable': 'Not comparable',
  consistent: 'Consistent',
};

/** A review's classification in words: "Sources disagree", "Not comparable", "Consistent". */
export function statusLabel(status: CandidateStatus): string {
  return statuses[status];
}

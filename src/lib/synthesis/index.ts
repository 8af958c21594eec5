import type { KnowledgeBase } from '../content/read.ts';
import type { DimensionConsensus, ReviewedCandidate, SourcePosition } from './types.ts';
import { positionsOf } from './positions.ts';
import { consensusAll } from './consensus.ts';
import { computeCandidates } from './candidates.ts';
import { joinReviews } from './reviews.ts';

export type * from './types.ts';
export { positionLabel, consensusLabel, reasonLabel, statusLabel } from './labels.ts';

/** What synthesis reads from the knowledge base. */
export type SynthesisInput = Pick<
  KnowledgeBase,
  | 'claims'
  | 'verdicts'
  | 'sources'
  | 'dimensions'
  | 'topics'
  | 'metrics'
  | 'setups'
  | 'assertions'
  | 'properties'
  | 'reviews'
>;

/**
 * What the site concludes from the records as a whole (issue 13), computed once per build (src/data/synthesis.ts):
 * each source's position per dimension, the consensus of each dimension, and every computed candidate disagreement
 * with its review. Views read it and never recompute.
 */
export interface Synthesis {
  /** One per source and dimension it speaks to, in dimension order, then source order. */
  positions: SourcePosition[];
  /** One per dimension, in dimension order. */
  consensus: DimensionConsensus[];
  /** Every computed candidate joined with its review, sorted by id. */
  candidates: ReviewedCandidate[];
  /** The candidates reviewed as disagreements: the only ones shown as disagreements. */
  disagreements: ReviewedCandidate[];
  /** The candidates reviewed as not comparable: shown as notes where their figures appear. */
  notComparable: ReviewedCandidate[];
  /** Candidates without a review and reviews without a candidate (the build fails on any). */
  problems: string[];
}

const memo = new WeakMap<object, Synthesis>();

/** The synthesis of a knowledge base, memoised per knowledge-base object. Pure. */
export function synthesize(kb: SynthesisInput): Synthesis {
  const cached = memo.get(kb);
  if (cached) return cached;
  const positions = positionsOf(kb);
  const dimensions = [...kb.dimensions].sort((a, b) => a.order - b.order).map((d) => d.id);
  const consensus = consensusAll(dimensions, positions);
  const { candidates, problems } = joinReviews(computeCandidates(kb, consensus), kb.reviews);
  const result: Synthesis = {
    positions,
    consensus,
    candidates,
    disagreements: candidates.filter((c) => c.status === 'disagreement'),
    notComparable: candidates.filter((c) => c.status === 'not-comparable'),
    problems,
  };
  memo.set(kb, result);
  return result;
}

/** @deprecated the old name, kept for branches written against the first commit of synthesis v2. */
export type SynthesisV2 = Synthesis;

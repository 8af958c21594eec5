import type { KnowledgeBase } from '../content/read.ts';
import type { DimensionConsensus, SourcePosition } from './types.ts';
import { positionsOf } from './positions.ts';
import { consensusAll } from './consensus.ts';

export type * from './types.ts';
export { positionLabel, consensusLabel } from './labels.ts';

/** What synthesis reads from the knowledge base. */
export type SynthesisInput = Pick<KnowledgeBase, 'claims' | 'verdicts' | 'sources' | 'dimensions'>;

/**
 * What the site concludes from the records as a whole (issue 13), computed once per build (src/data/synthesis.ts):
 * each source's position per dimension and the consensus of each dimension. Views read it and never recompute.
 */
export interface SynthesisV2 {
  /** One per source and dimension it speaks to, in dimension order, then source order. */
  positions: SourcePosition[];
  /** One per dimension, in dimension order. */
  consensus: DimensionConsensus[];
}

const memo = new WeakMap<object, SynthesisV2>();

/** The synthesis of a knowledge base, memoised per knowledge-base object. Pure. */
export function synthesize(kb: SynthesisInput): SynthesisV2 {
  const cached = memo.get(kb);
  if (cached) return cached;
  const positions = positionsOf(kb);
  const dimensions = [...kb.dimensions].sort((a, b) => a.order - b.order).map((d) => d.id);
  const result = { positions, consensus: consensusAll(dimensions, positions) };
  memo.set(kb, result);
  return result;
}

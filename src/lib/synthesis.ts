import type { KnowledgeBase } from './content/read.ts';
import type { Claim } from '../schemas/index.ts';
import { findConflicts, type Conflict } from './conflicts.ts';
import { buildMatrix, type MatrixRow } from './consensus.ts';
import { synthesize, type SynthesisV2 } from './synthesis/index.ts';

/**
 * What the site concludes from the claims as a whole, computed once per build (src/data/synthesis.ts) and read by
 * every view: where the sources disagree, and how far they agree on each dimension. Views never recompute it, so a
 * new synthesis only has to fill this shape.
 */
export interface Synthesis extends SynthesisV2 {
  /** Every computed disagreement, sorted by id (see findConflicts). */
  conflicts: Conflict[];
  /** The dimension-by-source matrix: one row per dimension in dimension order, cells in source order. */
  matrix: MatrixRow<Claim>[];
}

/** Works out the synthesis of a knowledge base. Pure. */
export function synthesise(
  kb: Pick<KnowledgeBase, 'claims' | 'verdicts' | 'sources' | 'dimensions' | 'metrics' | 'topics'>,
): Synthesis {
  const dimensions = [...kb.dimensions].sort((a, b) => a.order - b.order);
  return {
    ...synthesize(kb),
    conflicts: findConflicts(kb),
    matrix: buildMatrix(
      dimensions.map((d) => d.id),
      kb.sources.map((s) => s.id),
      kb.claims,
    ),
  };
}

import type { Conflict, ConflictInput } from './conflicts/types.ts';
import { verdictConflicts } from './conflicts/verdicts.ts';
import { figureConflicts } from './conflicts/figures.ts';
import { compareText } from './text.ts';

export type { Conflict, ConflictInput, ConflictSide } from './conflicts/types.ts';
export { relativeGap } from './conflicts/compare.ts';

/**
 * Every disagreement in the knowledge base, computed from the claims (never written by hand), sorted by id.
 *
 * - **Verdict conflicts** (`conflict-<dimension>`): on one dimension a source firmly favours one stack while another
 *   source favours the other (see `stanceOf` in conflicts/verdicts.ts for "firmly").
 * - **Figure conflicts** (`conflict-<metric>-<side>[-<subject>]`): figures of one metric and side, across and
 *   within sources, whose relative gap exceeds the metric's tolerance. Ranges compare as intervals (see
 *   `relativeGap`). For ratio metrics (`ratioOf`), a claim stating both stacks' base figures adds a derived ratio
 *   (Node.js ÷ Django), compared with the stated ratios.
 *
 * Pure: the same input gives the same output, and the input is not changed.
 */
export function findConflicts(kb: ConflictInput): Conflict[] {
  return [...verdictConflicts(kb), ...figureConflicts(kb)].sort((a, b) => compareText(a.id, b.id));
}

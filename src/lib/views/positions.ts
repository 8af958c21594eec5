import type { DimensionConsensus, SourcePosition } from '../synthesis/types.ts';
import type { ViewContext } from './context.ts';

/*
 * Where the page views read synthesis v2 (src/lib/synthesis/, computed once per build): each source's position per
 * dimension and each dimension's consensus. Views never recompute them; these two accessors are the only readers, so
 * a change in where the synthesis keeps them touches one file.
 */

/** The consensus of every dimension, in dimension order. */
export function dimensionConsensus(ctx: Pick<ViewContext, 'synthesis'>): DimensionConsensus[] {
  return ctx.synthesis.consensus;
}

/** Every source's position on every dimension it speaks to. */
export function sourcePositions(ctx: Pick<ViewContext, 'synthesis'>): SourcePosition[] {
  return ctx.synthesis.positions;
}

import type { Lean, MatrixRow } from '../consensus.ts';
import type { Claim, Position } from '../../schemas/index.ts';
import type { DimensionConsensus, SourcePosition } from '../synthesis/types.ts';
import { favoursLabel } from '../format.ts';
import type { ViewContext } from './context.ts';

/*
 * TEMPORARY ADAPTER (issue 14, pages half). Synthesis v2 (branch synth-core) computes each source's position and
 * each dimension's consensus in the shapes of src/lib/synthesis/types.ts. Until it lands, this module reads the
 * current synthesis (the claim matrix of src/lib/consensus.ts) into those shapes, so that every page view is written
 * against v2 already. It is the only place that does: when synth-core is merged, `dimensionConsensus` returns the
 * synthesis' own consensus and the rest of this file goes.
 */

const positionOfLean: Record<Lean, Position> = {
  django: 'django',
  node: 'node',
  tie: 'both',
  depends: 'depends',
  none: 'depends',
  mixed: 'mixed',
};

const kindOf = {
  none: 'none',
  'single-source': 'single',
  'all-agree': 'agree',
  majority: 'majority',
  split: 'split',
} as const;

function labelOf(c: Omit<DimensionConsensus, 'label'>): string {
  const n = c.positions.length;
  const name = c.position ? favoursLabel[c.position] : '';
  switch (c.kind) {
    case 'none':
      return 'Not covered';
    case 'single':
      return `One source: ${name}`;
    case 'agree':
      return `All ${String(n)} sources: ${name}`;
    case 'majority':
      return `${String(c.positions.filter((p) => p.position === c.position).length)} of ${String(n)}: ${name}`;
    case 'split': {
      const counts = (['django', 'node', 'both', 'depends', 'mixed'] as const)
        .map((p) => [p, c.positions.filter((x) => x.position === p).length] as const)
        .filter(([, k]) => k > 0)
        .map(([p, k]) => `${favoursLabel[p]} ${String(k)}`);
      return `Split: ${counts.join(', ')}`;
    }
  }
}

function fromRow(row: MatrixRow<Claim>): DimensionConsensus {
  const positions: SourcePosition[] = row.cells.flatMap((cell) =>
    cell.lean
      ? [
          {
            source: cell.source,
            dimension: row.dimension,
            position: positionOfLean[cell.lean],
            claims: cell.claims.map((c) => c.id),
          },
        ]
      : [],
  );
  const kind = kindOf[row.consensus.kind];
  const favours = row.consensus.favours;
  const base = {
    dimension: row.dimension,
    kind,
    ...(favours && kind !== 'split' ? { position: positionOfLean[favours] } : {}),
    positions,
  };
  return { ...base, label: labelOf(base) };
}

/** The consensus of every dimension, in dimension order (see the note at the top: temporary until synth-core). */
export function dimensionConsensus(ctx: Pick<ViewContext, 'synthesis'>): DimensionConsensus[] {
  return ctx.synthesis.matrix.map(fromRow);
}

import type { Position } from '../../schemas/index.ts';
import type { DimensionConsensus, SourcePosition } from './types.ts';
import { consensusLabel } from './labels.ts';

/**
 * How the positions on one dimension read together, from the positions only (never from claims):
 * - no position: `none`; one: `single`;
 * - a source for Django and another for Node.js: always `split`, whatever the others hold;
 * - every position the same: `agree`;
 * - at least two thirds the same: `majority` (the rest differ without opposing it head-on);
 * - otherwise `split`.
 * Pure; `positions` are that dimension's, in source order.
 */
export function consensusOf(dimension: string, positions: readonly SourcePosition[]): DimensionConsensus {
  const mine = positions.filter((p) => p.dimension === dimension);
  const base = { dimension, positions: mine };
  const result = ((): Omit<DimensionConsensus, 'label'> => {
    if (mine.length === 0) return { ...base, kind: 'none' };
    const first = mine[0] as SourcePosition;
    if (mine.length === 1) return { ...base, kind: 'single', position: first.position };
    const held = new Set(mine.map((p) => p.position));
    if (held.has('django') && held.has('node')) return { ...base, kind: 'split' };
    if (held.size === 1) return { ...base, kind: 'agree', position: first.position };
    const tally = new Map<Position, number>();
    for (const p of mine) tally.set(p.position, (tally.get(p.position) ?? 0) + 1);
    const [top, n] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? [first.position, 0];
    if (3 * n >= 2 * mine.length) return { ...base, kind: 'majority', position: top };
    return { ...base, kind: 'split' };
  })();
  return { ...result, label: consensusLabel(result) };
}

/** The consensus of every dimension, in the order given. */
export function consensusAll(
  dimensions: readonly string[],
  positions: readonly SourcePosition[],
): DimensionConsensus[] {
  return dimensions.map((d) => consensusOf(d, positions));
}

/** Whether two positions oppose each other head-on (Django against Node.js). */
export const opposed = (a: Position, b: Position): boolean =>
  (a === 'django' && b === 'node') || (a === 'node' && b === 'django');

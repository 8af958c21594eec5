import type { Claim, Favours, Position, StatedVerdict } from '../../schemas/index.ts';
import type { SourcePosition } from './types.ts';

/** What positions read: claims, stated verdicts, and the order of sources and dimensions. */
export interface PositionInput {
  claims: readonly Pick<Claim, 'id' | 'source' | 'dimension' | 'favours'>[];
  verdicts: readonly Pick<StatedVerdict, 'id' | 'source' | 'dimension' | 'position' | 'claim'>[];
  sources: readonly { id: string }[];
  dimensions: readonly { id: string; order: number }[];
}

/** The reading of one claim as a position; `none` (no Django-against-Node.js verdict) reads as nothing. */
const reading: Record<Favours, Position | undefined> = {
  django: 'django',
  node: 'node',
  tie: 'both',
  depends: 'depends',
  none: undefined,
};

/**
 * A source's position on a dimension derived from the verdicts of its claims there. Claims favouring `none` do not
 * count; ties (read as `both`) and `depends` do, since they are positions, not abstentions. The rule:
 * 1. if at least two thirds of the counted claims share one reading, that reading is the position;
 * 2. else, if the source has claims for Django and claims for Node.js, it is `mixed` (it argues both ways);
 * 3. else, if it has claims for one side against only ties and `depends`, it leans: that side when no other reading
 *    has more claims, otherwise `mixed` (a lean is never read as a tie or as "depends");
 * 4. else (only ties and `depends`) `depends` if any claim says it depends, otherwise `both`.
 * Undefined when no claim counts. Pure.
 */
export function derivePosition(verdicts: readonly Favours[]): Position | undefined {
  const counted = verdicts.flatMap((v) => reading[v] ?? []);
  if (counted.length === 0) return undefined;
  const tally = new Map<Position, number>();
  for (const p of counted) tally.set(p, (tally.get(p) ?? 0) + 1);
  const [top, n] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? ['both', 0];
  if (3 * n >= 2 * counted.length) return top;
  if (tally.has('django') && tally.has('node')) return 'mixed';
  const side = tally.has('django') ? 'django' : tally.has('node') ? 'node' : undefined;
  if (side) return (tally.get(side) ?? 0) >= n ? side : 'mixed';
  return tally.has('depends') ? 'depends' : 'both';
}

/**
 * One position per source and dimension the source speaks to, in dimension order, then source order. A stated
 * verdict (content/verdicts) wins over the claims; the position then rests on the verdict's cited claim and the
 * source's counted claims on the dimension. Otherwise it is `derivePosition` of the source's claims there.
 */
export function positionsOf(input: PositionInput): SourcePosition[] {
  const dimensions = [...input.dimensions].sort((a, b) => a.order - b.order);
  return dimensions.flatMap((dimension) =>
    input.sources.flatMap((source): SourcePosition[] => {
      const mine = input.claims.filter((c) => c.source === source.id && c.dimension === dimension.id);
      const counted = mine.filter((c) => c.favours !== 'none').map((c) => c.id);
      const stated = input.verdicts.find((v) => v.source === source.id && v.dimension === dimension.id);
      const base = { source: source.id, dimension: dimension.id };
      if (stated) {
        const cited = stated.claim !== undefined && !counted.includes(stated.claim) ? [stated.claim] : [];
        return [{ ...base, position: stated.position, stated: stated.id, claims: [...cited, ...counted] }];
      }
      const position = derivePosition(mine.map((c) => c.favours));
      return position ? [{ ...base, position, claims: counted }] : [];
    }),
  );
}

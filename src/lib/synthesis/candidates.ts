import type { Candidate, DimensionConsensus } from './types.ts';
import type { CandidateInput } from './input.ts';
import { positionLabel } from './labels.ts';
import { placeCandidate } from './place.ts';
import { figureCandidates } from './figure-candidates.ts';
import { ratioCandidates } from './ratio-candidates.ts';
import { assertionCandidates } from './assertion-candidates.ts';
import { compareText, plural } from '../text.ts';

/**
 * `position-<dimension>` where one source's position is Django and another's Node.js. A `mixed` position against one
 * side is not enough: the source argues both ways, so it opposes nobody head-on.
 */
export function positionCandidates(input: CandidateInput, consensus: readonly DimensionConsensus[]): Candidate[] {
  return consensus.flatMap((c): Candidate[] => {
    const held = c.positions.filter((p) => p.position === 'django' || p.position === 'node');
    if (!held.some((p) => p.position === 'django') || !held.some((p) => p.position === 'node')) return [];
    const title = input.dimensions.find((d) => d.id === c.dimension)?.title ?? c.dimension;
    const claims = input.claims.filter((x) => held.some((p) => p.claims.includes(x.id)));
    return [
      {
        id: `position-${c.dimension}`,
        basis: 'position',
        title: `${title}: one source for Django, another for Node.js`,
        ...placeCandidate(claims, input, c.dimension),
        sides: held.map((p) => ({
          source: p.source,
          holds: p.position,
          records: p.stated ? [p.stated, ...p.claims] : p.claims,
          reading: `${positionLabel(p.position)} (${p.stated ? 'its stated verdict' : `from ${plural(p.claims.length, 'claim')}`})`,
        })),
      },
    ];
  });
}

/**
 * Every candidate disagreement, sorted by id, each side in source order: opposite positions, absolute figures that
 * cannot both hold, ratios across setups and differing assertions. Pure.
 */
export function computeCandidates(input: CandidateInput, consensus: readonly DimensionConsensus[]): Candidate[] {
  const order = new Map(input.sources.map((s, i) => [s.id, i]));
  const rank = (s: string) => order.get(s) ?? Number.MAX_SAFE_INTEGER;
  return [
    ...positionCandidates(input, consensus),
    ...figureCandidates(input),
    ...ratioCandidates(input),
    ...assertionCandidates(input),
  ]
    .map((c) => ({ ...c, sides: [...c.sides].sort((a, b) => rank(a.source) - rank(b.source)) }))
    .sort((a, b) => compareText(a.id, b.id));
}

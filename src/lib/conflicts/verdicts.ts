import type { Claim } from '../../schemas/index.ts';
import type { Conflict, ConflictInput, ConflictSide } from './types.ts';
import { dateReason, sourceName } from './reasons.ts';
import { compareText, joinWords } from '../text.ts';
import { unique } from '../collections.ts';
import { place } from './place.ts';

type Stack = 'django' | 'node';

/** What one source says on one dimension, reduced to the claims that carry its view. */
interface Stance {
  source: string;
  /** Claims that speak for the source: those on its majority side, both sides when it argues both ways, or none. */
  claims: Claim[];
  /** Set when the source clearly takes one side (see `stanceOf`). */
  firm?: Stack;
  /** The source favours each stack equally often, in different sections: it contradicts itself. */
  split: boolean;
}

/**
 * A source's view on a dimension from its claims. It leans to the stack more of its claims favour; it is firm
 * when at least two thirds of its claims on the dimension (tie and depends included) favour that stack. A source
 * that favours each stack equally often argues both ways: from different sections that is a contradiction and
 * both sides count; within one section it is a balanced account and neither counts.
 */
export function stanceOf(source: string, claims: readonly Claim[]): Stance {
  const django = claims.filter((c) => c.favours === 'django');
  const node = claims.filter((c) => c.favours === 'node');
  const rest = claims.length - django.length - node.length;
  const lean = (side: Stack, mine: Claim[], other: Claim[]): Stance => ({
    source,
    claims: mine,
    split: false,
    ...(mine.length >= 2 * (other.length + rest) ? { firm: side } : {}),
  });
  if (django.length > node.length) return lean('django', django, node);
  if (node.length > django.length) return lean('node', node, django);
  const split = django.length > 0 && !django.some((d) => node.some((n) => n.locator === d.locator));
  return { source, claims: split ? [...django, ...node] : [], split };
}

const opposite = (side: Stack): Stack => (side === 'django' ? 'node' : 'django');
const sideOrder = { django: 0, node: 1, tie: 2, depends: 3, none: 4 } as const;

function verdictReasons(input: ConflictInput, stances: readonly Stance[], claims: readonly Claim[]): string[] {
  const reasons = [
    dateReason(
      input,
      claims.map((c) => c.source),
    ),
  ];
  const caveats = unique(claims.filter((c) => c.context !== undefined).map((c) => sourceName(input, c.source)));
  if (caveats.length > 0) {
    const verb = caveats.length === 1 ? 'adds notes that limit' : 'add notes that limit';
    reasons.push(`Different scope: ${joinWords(caveats.sort())} ${verb} or qualify some of these claims.`);
  }
  for (const s of stances.filter((x) => x.split)) {
    reasons.push(`Same source, both ways: ${sourceName(input, s.source)} favours each stack in different sections.`);
  }
  return reasons.filter((r): r is string => r !== undefined);
}

/**
 * Verdict conflicts: on one dimension, a source firmly favours one stack while a different source favours the
 * other. One conflict per dimension; its sides are every claim that carries a source's view there.
 */
export function verdictConflicts(input: ConflictInput): Conflict[] {
  const dimensions = [...input.dimensions].sort((a, b) => a.order - b.order);
  return dimensions.flatMap((dimension): Conflict[] => {
    // Claims favouring `none` state no verdict, so they neither carry nor dilute a source's view.
    const onDimension = input.claims.filter((c) => c.dimension === dimension.id && c.favours !== 'none');
    const stances = unique(onDimension.map((c) => c.source))
      .sort()
      .map((source) =>
        stanceOf(
          source,
          onDimension.filter((c) => c.source === source),
        ),
      );
    const claims = stances.flatMap((s) => s.claims);
    const opposed = stances.some(
      (s) => s.firm && claims.some((c) => c.source !== s.source && c.favours === opposite(s.firm as Stack)),
    );
    if (!opposed) return [];
    const sorted = [...claims].sort(
      (a, b) =>
        sideOrder[a.favours] - sideOrder[b.favours] || compareText(a.source, b.source) || compareText(a.id, b.id),
    );
    const sides = sorted.map((c): ConflictSide => ({ source: c.source, claim: c.id, favours: c.favours }));
    const { topic, topics } = place(sorted, input, dimension.id);
    return [
      {
        id: `conflict-${dimension.id}`,
        kind: 'verdict',
        title: `${dimension.title}: sources favour different stacks`,
        topic,
        topics,
        dimension: dimension.id,
        sides,
        reasons: verdictReasons(input, stances, sorted),
        intraSource: unique(sorted.map((c) => c.source)).length === 1,
      },
    ];
  });
}

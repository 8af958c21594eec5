import type { Dimension, Topic } from '../../schemas/index.ts';
import { compareText } from '../text.ts';

/** What placing a candidate reads. */
export interface PlaceInput {
  dimensions: readonly Pick<Dimension, 'id' | 'topic' | 'order'>[];
  topics: readonly Pick<Topic, 'id' | 'order'>[];
}

/**
 * Where a candidate is filed: the given dimension, or else the one most of its claims speak to (ties: the earlier
 * dimension), and its topics: that dimension's topic first (the page holding its callout), then every claim topic in
 * taxonomy order.
 */
export function placeCandidate(
  claims: readonly { dimension: string; topics: readonly string[] }[],
  input: PlaceInput,
  dimension?: string,
): { dimension: string; topics: string[] } {
  const order = new Map(input.dimensions.map((d) => [d.id, d.order]));
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.dimension, (counts.get(c.dimension) ?? 0) + 1);
  const dim =
    dimension ??
    [...counts].sort(
      ([a, x], [b, y]) => y - x || (order.get(a) ?? 0) - (order.get(b) ?? 0) || compareText(a, b),
    )[0]?.[0] ??
    '';
  const topicOrder = new Map(input.topics.map((t) => [t.id, t.order]));
  const rank = (t: string) => topicOrder.get(t) ?? Number.MAX_SAFE_INTEGER;
  const own = input.dimensions.find((d) => d.id === dim)?.topic;
  const rest = [...new Set(claims.flatMap((c) => c.topics))]
    .filter((t) => t !== own)
    .sort((a, b) => rank(a) - rank(b) || compareText(a, b));
  return { dimension: dim, topics: own ? [own, ...rest] : rest };
}

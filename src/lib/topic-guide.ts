import type { Claim, ComparisonTable, Dimension } from '../schemas/index.ts';

/**
 * What a topic guide (/topics/<id>/) shows, worked out from the data: its claims grouped by dimension with one
 * group per source, its reviewed candidates and the tables that belong to it. How far the sources agree on a
 * dimension is never recounted here: it is the synthesis's consensus (src/lib/synthesis), the same on every page.
 */

/** One dimension of a topic: the sources that speak to it, side by side. */
export interface DimensionBlock<C extends Pick<Claim, 'id' | 'source' | 'dimension' | 'favours'>> {
  dimension: Dimension;
  /** One entry per source with claims here, in source order; claims keep input order. */
  bySource: { source: string; claims: C[] }[];
  /** Sources (in source order) with no claim on this dimension within the topic. */
  silent: string[];
}

/**
 * The claims of a topic grouped by dimension (in dimension order), each with its sources side by side.
 * Claims whose dimension is unknown are skipped (content integrity reports them).
 */
export function topicDimensions<C extends Pick<Claim, 'id' | 'source' | 'dimension' | 'favours' | 'topics'>>(
  topic: string,
  claims: readonly C[],
  dimensions: readonly Dimension[],
  sourceOrder: readonly string[],
): DimensionBlock<C>[] {
  const mine = claims.filter((c) => c.topics.includes(topic));
  return [...dimensions]
    .sort((a, b) => a.order - b.order)
    .flatMap((dimension) => {
      const here = mine.filter((c) => c.dimension === dimension.id);
      if (here.length === 0) return [];
      const bySource = sourceOrder
        .map((source) => ({ source, claims: here.filter((c) => c.source === source) }))
        .filter((g) => g.claims.length > 0);
      const listed = new Set(sourceOrder);
      // A claim of a source missing from the order still shows, after the known ones.
      for (const c of here) {
        if (listed.has(c.source)) continue;
        listed.add(c.source);
        bySource.push({ source: c.source, claims: here.filter((x) => x.source === c.source) });
      }
      const silent = sourceOrder.filter((s) => !bySource.some((g) => g.source === s));
      return [{ dimension, bySource, silent }];
    });
}

/**
 * Tables that belong wholly to a topic: every claim their rows cite is tagged with it (and they cite at least one).
 * Such a table (a rate card, a benchmark table) reads best inside the guide.
 */
export function topicTables(
  topic: string,
  tables: readonly ComparisonTable[],
  claims: readonly Pick<Claim, 'id' | 'topics'>[],
): ComparisonTable[] {
  const topicsOf = new Map(claims.map((c) => [c.id, c.topics]));
  return tables.filter((t) => {
    const cited = t.rows.flatMap((r) => r.claims);
    return cited.length > 0 && cited.every((id) => topicsOf.get(id)?.includes(topic));
  });
}

/**
 * Splits candidates for a topic page: `primary` ones (whose first topic is this one) get a full callout here;
 * `related` ones live on another topic's page and get a short link.
 */
export function topicConflicts<T extends { topics: readonly string[] }>(
  topic: string,
  conflicts: readonly T[],
): { primary: T[]; related: T[] } {
  return {
    primary: conflicts.filter((c) => c.topics[0] === topic),
    related: conflicts.filter((c) => c.topics[0] !== topic && c.topics.includes(topic)),
  };
}

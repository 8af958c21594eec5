import type { Claim } from '../../schemas/index.ts';
import type { ConflictInput } from './types.ts';
import { compareText } from '../text.ts';

/** Where a conflict belongs: its dimension, its primary topic and every topic it concerns. */
export interface Placement {
  dimension: string | undefined;
  topic: string;
  topics: string[];
}

/** The most frequent value; ties go to the one `rank` puts first (lower rank wins, then alphabetical). */
function mostFrequent(values: readonly string[], rank: (v: string) => number): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || rank(a) - rank(b) || compareText(a, b))[0]?.[0];
}

/**
 * Places a conflict. The dimension is the given one, or else the one most of the claims speak to.
 * The primary topic is that dimension's topic when one of the claims carries it (so the callout sits next to the
 * claims), otherwise the claims' most frequent topic. `topics` lists every claim topic in taxonomy order.
 */
export function place(claims: readonly Claim[], input: ConflictInput, dimension?: string): Placement {
  const topicOrder = new Map(input.topics.map((t) => [t.id, t.order]));
  const dimensionOrder = new Map(input.dimensions.map((d) => [d.id, d.order]));
  const byTopic = (t: string) => topicOrder.get(t) ?? Number.MAX_SAFE_INTEGER;
  const byDimension = (d: string) => dimensionOrder.get(d) ?? Number.MAX_SAFE_INTEGER;
  const dim =
    dimension ??
    mostFrequent(
      claims.map((c) => c.dimension),
      byDimension,
    );
  const all = claims.flatMap((c) => c.topics);
  const topics = [...new Set(all)].sort((a, b) => byTopic(a) - byTopic(b) || compareText(a, b));
  const dimTopic = input.dimensions.find((d) => d.id === dim)?.topic;
  const topic = dimTopic && topics.includes(dimTopic) ? dimTopic : (mostFrequent(all, byTopic) ?? dimTopic ?? '');
  if (!topics.includes(topic) && topic) topics.unshift(topic);
  return { dimension: dim, topic, topics };
}

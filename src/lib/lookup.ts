import type { KnowledgeBase } from './content/read.ts';
import type { Claim } from '../schemas/index.ts';

/** Id lookups components need again and again, built once per build instead of a linear search per call. */
export interface Lookup {
  /** Display title of a topic; the id itself when unknown. */
  topicTitle: (id: string) => string;
  /** The claim with this id, if any. */
  claim: (id: string) => Claim | undefined;
  /** The claims with these ids, in the given order, skipping unknown ids. */
  claims: (ids: readonly string[]) => Claim[];
}

/** Builds the id lookups of a knowledge base. */
export function buildLookup(kb: Pick<KnowledgeBase, 'topics' | 'claims'>): Lookup {
  const topics = new Map(kb.topics.map((t) => [t.id, t.title]));
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  return {
    topicTitle: (id) => topics.get(id) ?? id,
    claim: (id) => claims.get(id),
    claims: (ids) => ids.flatMap((id) => claims.get(id) ?? []),
  };
}

import type { KnowledgeBase } from './content/read.ts';
import type {
  Benchmark,
  Claim,
  ComparisonTable,
  Dimension,
  Faq,
  Metric,
  Source,
  Topic,
  WhenNot,
} from '../schemas/index.ts';

/** Id lookups views need again and again, built once per build instead of a linear search per call. */
export interface Lookup {
  /** Display title of a topic; the id itself when unknown. */
  topicTitle: (id: string) => string;
  /** Short name of a source; the id itself when unknown. */
  sourceShort: (id: string) => string;
  /** The claim with this id, if any. */
  claim: (id: string) => Claim | undefined;
  /** The claims with these ids, in the given order, skipping unknown ids. */
  claims: (ids: readonly string[]) => Claim[];
  source: (id: string) => Source | undefined;
  topic: (id: string) => Topic | undefined;
  dimension: (id: string) => Dimension | undefined;
  metric: (id: string) => Metric | undefined;
  table: (id: string) => ComparisonTable | undefined;
  faq: (id: string) => Faq | undefined;
  whenNot: (id: string) => WhenNot | undefined;
  benchmark: (id: string) => Benchmark | undefined;
  /** Topics in their display order. */
  topicsInOrder: Topic[];
}

const byId = <T extends { id: string }>(list: readonly T[] = []) => {
  const map = new Map(list.map((r) => [r.id, r]));
  return (id: string) => map.get(id);
};

/** Builds the id lookups of a knowledge base. Kinds left out of `kb` simply find nothing. */
export function buildLookup(kb: Pick<KnowledgeBase, 'topics' | 'claims'> & Partial<KnowledgeBase>): Lookup {
  const topic = byId(kb.topics);
  const source = byId(kb.sources);
  const claim = byId(kb.claims);
  return {
    topicTitle: (id) => topic(id)?.title ?? id,
    sourceShort: (id) => source(id)?.short ?? id,
    claim,
    claims: (ids) => ids.flatMap((id) => claim(id) ?? []),
    source,
    topic,
    dimension: byId(kb.dimensions),
    metric: byId(kb.metrics),
    table: byId(kb.tables),
    faq: byId(kb.faqs),
    whenNot: byId(kb.whenNot),
    benchmark: byId(kb.benchmarks),
    topicsInOrder: [...kb.topics].sort((a, b) => a.order - b.order),
  };
}

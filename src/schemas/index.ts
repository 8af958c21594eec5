import type { z } from 'zod';
import { SourceSchema } from './source.ts';
import { TopicSchema, DimensionSchema, MetricSchema } from './taxonomy.ts';
import { ClaimSchema } from './claim.ts';
import { ComparisonTableSchema } from './table.ts';
import { RateCardSchema } from './rate-card.ts';
import { HiringModelSchema } from './hiring-model.ts';
import { BenchmarkSchema } from './benchmark.ts';
import { AdopterSchema } from './adopter.ts';
import { WhenNotSchema } from './when-not.ts';
import { GuidanceSchema } from './guidance.ts';
import { ProConSchema } from './pros-cons.ts';
import { FaqSchema } from './faq.ts';
import { HistorySchema } from './history.ts';
import { DecisionRuleSchema } from './decision-rule.ts';
import { SetupSchema, StatedVerdictSchema, PropertySchema, AssertionSchema } from './synthesis.ts';
import { AnswerSchema } from './answer.ts';
import { ReviewSchema } from './review.ts';

/**
 * Every kind of record, with its folder under content/ and how its files are laid out:
 * - `one-per-file`: each file is one record and its file name is the record id;
 * - `per-source`: each file holds a list of records of one source, and its file name is the source id;
 * - `list`: each file holds a list of records (taxonomies).
 */
export const kinds = {
  sources: { schema: SourceSchema, layout: 'one-per-file', label: 'source' },
  topics: { schema: TopicSchema, layout: 'list', label: 'topic' },
  dimensions: { schema: DimensionSchema, layout: 'list', label: 'dimension' },
  metrics: { schema: MetricSchema, layout: 'list', label: 'metric' },
  claims: { schema: ClaimSchema, layout: 'per-source', label: 'claim' },
  tables: { schema: ComparisonTableSchema, layout: 'one-per-file', label: 'table' },
  rateCards: { schema: RateCardSchema, layout: 'one-per-file', label: 'rate card' },
  hiringModels: { schema: HiringModelSchema, layout: 'per-source', label: 'hiring model' },
  benchmarks: { schema: BenchmarkSchema, layout: 'per-source', label: 'benchmark' },
  adopters: { schema: AdopterSchema, layout: 'per-source', label: 'adopter' },
  whenNot: { schema: WhenNotSchema, layout: 'per-source', label: 'when-not item' },
  guidance: { schema: GuidanceSchema, layout: 'per-source', label: 'guidance item' },
  prosCons: { schema: ProConSchema, layout: 'per-source', label: 'pro or con' },
  faqs: { schema: FaqSchema, layout: 'per-source', label: 'FAQ' },
  history: { schema: HistorySchema, layout: 'per-source', label: 'history fact' },
  decisionRules: { schema: DecisionRuleSchema, layout: 'list', label: 'decision rule' },
  setups: { schema: SetupSchema, layout: 'list', label: 'setup' },
  verdicts: { schema: StatedVerdictSchema, layout: 'per-source', label: 'stated verdict' },
  properties: { schema: PropertySchema, layout: 'list', label: 'property' },
  assertions: { schema: AssertionSchema, layout: 'per-source', label: 'assertion' },
  answers: { schema: AnswerSchema, layout: 'list', label: 'answer line' },
  reviews: { schema: ReviewSchema, layout: 'list', label: 'review' },
} as const;

export type KindName = keyof typeof kinds;
export type RecordOf<K extends KindName> = z.output<(typeof kinds)[K]['schema']>;

/** Folder under content/ for each kind (kebab-case of the kind name). */
export function folderOf(kind: KindName): string {
  return kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export * from './common.ts';
export * from './source.ts';
export * from './taxonomy.ts';
export * from './claim.ts';
export * from './table.ts';
export * from './rate-card.ts';
export * from './hiring-model.ts';
export * from './benchmark.ts';
export * from './adopter.ts';
export * from './when-not.ts';
export * from './guidance.ts';
export * from './pros-cons.ts';
export * from './faq.ts';
export * from './history.ts';
export * from './decision-rule.ts';
export * from './synthesis.ts';
export * from './answer.ts';
export * from './review.ts';

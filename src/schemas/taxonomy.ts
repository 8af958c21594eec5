import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';

/** A topic of the fixed taxonomy (content/topics). Every claim belongs to at least one. */
export const TopicSchema = z.object({
  /** Stable slug, used in /topics/<id>/. */
  id: IdSchema,
  /** Display name. */
  title: TextSchema,
  /** One-sentence description in our words. */
  summary: TextSchema,
  /**
   * Optional introduction for the topic guide (/topics/<id>/), two to four sentences in our words: what the
   * sources argue about and what to look for. No figures (those live in claims). Omitted: the summary is shown.
   */
  intro: TextSchema.optional(),
  /** Display order, ascending (1 = first). */
  order: z.number().int().min(1),
});

/** A dimension of comparison (content/dimensions): one row of the /compare/ matrix. */
export const DimensionSchema = z.object({
  /** Stable slug; the row anchor on /compare/. */
  id: IdSchema,
  /** Display name, e.g. "Security defaults". */
  title: TextSchema,
  /** The topic this dimension belongs to. */
  topic: IdSchema,
  /** Display order, ascending. */
  order: z.number().int().min(1),
});

/** A measurable quantity (content/metrics). Figures with the same metric and side are compared for conflicts. */
export const MetricSchema = z.object({
  /** Stable slug. */
  id: IdSchema,
  /** Display name, e.g. "JSON responses per second". */
  title: TextSchema,
  /** Canonical unit; every figure of this metric uses it. */
  unit: TextSchema,
  /**
   * Relative tolerance before two figures count as disagreeing: |a - b| / max(a, b) > tolerance.
   * Range 0-1; 0.05 means figures within 5 % agree.
   */
  tolerance: z.number().min(0).max(1),
  /** For a ratio metric (Node.js relative to Django): the base metric whose two sides give a derived ratio. */
  ratioOf: IdSchema.optional(),
  /** Whether a higher value is better for the stack it describes (true for throughput, false for latency). */
  higherIsBetter: z.boolean(),
  /**
   * Whether figures only compare when they describe the same `subject` (exact text), on top of the same metric and
   * side. True for counts that belong to one company or product (Instagram's users are no rival to Pinterest's).
   * Default false: every figure of the metric and side is compared.
   */
  perSubject: z.boolean().default(false),
});

export type Topic = z.output<typeof TopicSchema>;
export type Dimension = z.output<typeof DimensionSchema>;
export type Metric = z.output<typeof MetricSchema>;

import { z } from 'zod';
import {
  kinds,
  IdSchema,
  TextSchema,
  FavoursSchema,
  FigureSchema,
  PositionSchema,
  BenchmarkSchema,
  type KindName,
} from '../../schemas/index.ts';

/**
 * Schemas of the records the downloads emit: each collection's own Zod schema plus what we add (`url`, joined
 * figures). The JSON Schema files are generated from these, so they describe exactly what the files hold.
 */

/** Absolute URL of the record's page and anchor on this site. */
const url = z.url();

/** A collection's schema with the record's site URL added. */
export function withUrl(kind: KindName) {
  return kinds[kind].schema.extend({ url });
}

/** One row of a source's comparison table, flattened so each row stands alone. */
export const TableRowRecordSchema = z.object({
  /** Anchor id of the row: `<table>-<row>`, unique across all tables. */
  id: IdSchema,
  /** Id of the table (content/tables). */
  table: IdSchema,
  /** Id of the row, unique within its table. */
  row: IdSchema,
  /** Caption of the table, in our words. */
  tableTitle: TextSchema,
  /** Id of the source that prints the table. */
  source: IdSchema,
  /** Section of that source where the table is. */
  locator: IdSchema,
  /** Cell text keyed by the column's printed label, in column order. */
  cells: z.record(z.string(), z.string()),
  /** Which side the row favours, where the source says so. */
  favours: FavoursSchema.optional(),
  /** Claim ids that carry the row's facts. */
  claims: z.array(IdSchema),
  url,
});

/** A benchmark with the figures of its claim that measure its metric, so one record holds setup and numbers. */
export const BenchmarkRecordSchema = BenchmarkSchema.extend({
  /** The claim's figures for this benchmark's metric, as the source states them (empty for a qualitative result). */
  figures: z.array(FigureSchema),
  /** Absolute URL of the claim that holds the figures. */
  claimUrl: url,
  url,
});

/** One side of a candidate disagreement: a source, the records it rests on, and what it says there. */
const CandidateSideSchema = z.object({
  /** Id of the source. */
  source: IdSchema,
  /** Ids of the claims (or stated verdict) this side rests on. */
  records: z.array(IdSchema).min(1),
  /** What the source says, in our words, e.g. "Node.js higher than Django" or "~120,000 req/s for Node.js …". */
  reading: TextSchema,
});

/**
 * A candidate disagreement computed by the synthesis (src/lib/synthesis: opposite positions, figures of one metric
 * that cannot both hold, ratios across setups, differing assertions) with its review (content/reviews). Only
 * `disagreement` is one; `not-comparable` and `consistent` are published so readers can check the classification.
 */
export const CandidateRecordSchema = z.object({
  /** Stable id; the anchor of its callout or note. */
  id: IdSchema,
  /** The comparison that proposed it. */
  basis: z.enum(['position', 'figure', 'ratio', 'assertion']),
  /** Short title in our words. */
  title: TextSchema,
  /** The dimension it is filed under. */
  dimension: IdSchema,
  /** Topic pages it concerns; the first holds it. */
  topics: z.array(IdSchema),
  /** Metric compared (figure and ratio candidates). */
  metric: IdSchema.optional(),
  /** Property compared (assertion candidates). */
  property: IdSchema.optional(),
  /** Set when only `not-comparable` is allowed: why. */
  onlyNotComparable: TextSchema.optional(),
  /** The sides, in source order. */
  sides: z.array(CandidateSideSchema).min(2),
  /** The review's classification. */
  status: z.enum(['disagreement', 'not-comparable', 'consistent']),
  /** The likely reason the sources differ, as reviewed. */
  reason: z.enum(['setup', 'date', 'scope', 'interest', 'wording', 'judgement']).optional(),
  /** The review's note, in our words. */
  note: TextSchema,
  url,
});

/** One source's position on one dimension (src/lib/synthesis/positions.ts). */
export const PositionRecordSchema = z.object({
  /** `<source>-<dimension>`. */
  id: IdSchema,
  /** Id of the source. */
  source: IdSchema,
  /** Id of the dimension. */
  dimension: IdSchema,
  /** The position: its stated verdict where it declares one, else derived from its claims. */
  position: PositionSchema,
  /** The position in words, as every page prints it. */
  label: TextSchema,
  /** Id of the stated verdict it comes from, if any. */
  stated: IdSchema.optional(),
  /** The claims it rests on. */
  claims: z.array(IdSchema),
  url,
});

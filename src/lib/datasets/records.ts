import { z } from 'zod';
import {
  kinds,
  IdSchema,
  TextSchema,
  FavoursSchema,
  FigureSchema,
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

/** One side of a disagreement: a claim of one source, and what it says. */
const ConflictSideSchema = z.object({
  /** Id of the source. */
  source: IdSchema,
  /** Id of the claim (content/claims). */
  claim: IdSchema,
  /** Which side the claim favours. */
  favours: FavoursSchema.optional(),
  /** The figure being compared, as stated. */
  figure: FigureSchema.optional(),
  /** For a figure worked out from the claim's own figures (e.g. a ratio), how: "23,000,000+ ÷ 5,000,000+ = 4.6". */
  derived: TextSchema.optional(),
});

/**
 * A disagreement between claims, found by the site's conflict check (src/lib/conflicts.ts): figures of one
 * metric that differ beyond its tolerance, or opposite verdicts on one dimension.
 */
export const ConflictRecordSchema = z.object({
  /** Stable id; the anchor on the topic page. */
  id: IdSchema,
  /** `verdict`: sources favour opposite stacks on one dimension; `figure`: numbers for one metric differ. */
  kind: z.enum(['verdict', 'figure']),
  /** Short title in our words. */
  title: TextSchema,
  /** The topic page that shows it. */
  topic: IdSchema,
  /** Every topic it touches. */
  topics: z.array(IdSchema),
  /** The verdict's dimension, or the one most of the figures' claims speak to. */
  dimension: IdSchema.optional(),
  /** Metric id, for figure conflicts. */
  metric: IdSchema.optional(),
  /** The stack the compared figures describe, for figure conflicts. */
  side: z.enum(['django', 'node', 'both']).optional(),
  /** The claims that disagree, one entry per claim. */
  sides: z.array(ConflictSideSchema).min(2),
  /** Likely reasons for the gap where the data shows them (setup, date, scope, bounds), in our words. */
  reasons: z.array(TextSchema),
  /** True when every side comes from one source: it disagrees with itself. */
  intraSource: z.boolean(),
  url,
});

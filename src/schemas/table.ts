import { z } from 'zod';
import { IdSchema, TextSchema, SourcedSchema } from './common.ts';

/**
 * A table exactly as a source prints it, row by row. One file per table: content/tables/<id>.yaml.
 * Cells carry the source's own short cell text (allowed: table cells may carry over).
 */
export const ComparisonTableSchema = SourcedSchema.extend({
  /** Caption in our words. */
  title: TextSchema,
  /** What the table is for, one sentence in our words. */
  summary: TextSchema,
  /** Column definitions in display order. The first column is the row header. */
  columns: z
    .array(
      z.object({
        /** Stable slug of the column, unique in the table. */
        id: IdSchema,
        /** Header text as printed. */
        label: TextSchema,
        /** The side this column describes, if any (drives colouring and the compare matrix). */
        side: z.enum(['django', 'node', 'us']).optional(),
      }),
    )
    .min(2),
  /** Rows in the source's order. */
  rows: z
    .array(
      z.object({
        /** Stable slug of the row, unique in the table; anchor `<table-id>-<row-id>`. */
        id: IdSchema,
        /** Cell text keyed by column id; every column must have a cell. */
        cells: z.record(z.string(), z.string()),
        /** Claim ids (content/claims) that carry this row's facts and figures. */
        claims: z.array(IdSchema).default([]),
        /** Which side this row favours, where the source says so (winner or verdict column). */
        favours: z.enum(['django', 'node', 'tie', 'depends']).optional(),
      }),
    )
    .min(1),
});

export type ComparisonTable = z.output<typeof ComparisonTableSchema>;

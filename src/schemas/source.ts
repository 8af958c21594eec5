import { z } from 'zod';
import { IdSchema, TextSchema, FavoursSchema } from './common.ts';

/** The kinds of publisher behind the five source documents. */
export const SourceKindSchema = z.enum([
  'staffing-firm',
  'independent-guide',
  'developer-opinion',
  'hosting-blog',
  'outsourcing-firm',
]);

/** One source document. One file per source: content/sources/<id>.yaml. */
export const SourceSchema = z.object({
  /** Stable slug; the file name. */
  id: IdSchema,
  /** Descriptive title in our words (the documents are not all titled). */
  title: TextSchema,
  /** Short label for badges, e.g. "Witarist 2026". At most 24 characters. */
  short: TextSchema.max(24),
  /** Publisher, only where the text names one (000 and 004). */
  publisher: TextSchema.optional(),
  /** What kind of publisher wrote it. */
  kind: SourceKindSchema,
  /** File name under shared/sources, e.g. "000_9ae0e294963937fe.txt". */
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a file name such as "000_9ae0e294963937fe.txt"'),
  /** The newest calendar year the text cites, so readers can judge its age (e.g. 2026). */
  newestYearCited: z.number().int().min(1990).max(2100),
  /**
   * The date (YYYY-MM-DD) of our last line-by-line review of its records against the text (favours, dimensions,
   * wording). Omitted: not yet reviewed under the current tagging rules.
   */
  reviewed: z.iso.date().optional(),
  /** Who it is written for, in our words. */
  audience: TextSchema,
  /** Which side it leans to overall. */
  leaning: FavoursSchema,
  /** Its overall stance, one or two sentences in our words. */
  stance: TextSchema,
  /** Its final verdict, paraphrased. */
  verdict: TextSchema,
  /** What was left out as promotion or page furniture (described, never quoted). At least one entry; "nothing" is allowed. */
  omitted: z.array(TextSchema).min(1),
  /** The document's sections in order; claims point at them through `locator`. */
  sections: z
    .array(
      z.object({
        /** Stable slug, unique within this source. */
        id: IdSchema,
        /** Descriptive heading in our words. */
        title: TextSchema,
        /** What the section covers, one sentence in our words. */
        summary: TextSchema,
      }),
    )
    .min(1),
});

export type Source = z.output<typeof SourceSchema>;

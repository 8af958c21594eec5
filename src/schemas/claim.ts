import { z } from 'zod';
import { IdSchema, TextSchema, FavoursSchema, FigureSchema, SourcedSchema } from './common.ts';

/** The atom of the knowledge base: one statement of one source, in our words, with its figures. */
export const ClaimSchema = SourcedSchema.extend({
  /** Topic ids (content/topics); at least one. */
  topics: z.array(IdSchema).min(1),
  /** Dimension id (content/dimensions) this claim speaks to. */
  dimension: IdSchema,
  /** Which side the statement favours. */
  favours: FavoursSchema,
  /** Figures the statement gives, exactly as stated (markers included). May be empty. */
  figures: z.array(FigureSchema).default([]),
  /** The statement paraphrased in our own words. One to three sentences. */
  text: TextSchema,
  /** Setup or context that explains the figures (test rig, date, scope), in our words. */
  context: TextSchema.optional(),
});

export type Claim = z.output<typeof ClaimSchema>;

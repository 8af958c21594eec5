import { z } from 'zod';
import { IdSchema, TextSchema, SourcedSchema } from './common.ts';

/** One question and answer of a source's FAQ (content/faqs/<source>.yaml). */
export const FaqSchema = SourcedSchema.extend({
  /** The question. Short questions may carry over as printed; reconstructed ones are ours. */
  question: TextSchema,
  /** True when the source printed the answer without its question and we rebuilt the question from the answer. */
  reconstructed: z.boolean().default(false),
  /** The answer paraphrased in our words. */
  answer: TextSchema,
  /** Which side the answer favours. */
  favours: z.enum(['django', 'node', 'tie', 'depends']),
  /** Topic ids; the FAQ page groups by the first. */
  topics: z.array(IdSchema).min(1),
  /** Claims that carry the answer's figures. */
  claims: z.array(IdSchema).default([]),
});

export type Faq = z.output<typeof FaqSchema>;

import { z } from 'zod';
import { TextSchema, SourcedSchema } from './common.ts';

/** A dated or historical fact (content/history/<source>.yaml). */
export const HistorySchema = SourcedSchema.extend({
  /** The stack it concerns. */
  side: z.enum(['django', 'node', 'both']),
  /** Year it refers to, if the source gives one (1990-2100). */
  year: z.number().int().min(1990).max(2100).optional(),
  /** The fact in our words. */
  text: TextSchema,
});

export type History = z.output<typeof HistorySchema>;

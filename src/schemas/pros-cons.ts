import { z } from 'zod';
import { IdSchema, TextSchema, SideSchema, SourcedSchema } from './common.ts';

/** One pro or con of a stack as a source lists it (content/pros-cons/<source>.yaml). */
export const ProConSchema = SourcedSchema.extend({
  /** The stack it describes. */
  side: SideSchema,
  /** `pro` or `con`. */
  kind: z.enum(['pro', 'con']),
  /** The point in our words. */
  text: TextSchema,
  /** Topic ids. */
  topics: z.array(IdSchema).min(1),
});

export type ProCon = z.output<typeof ProConSchema>;

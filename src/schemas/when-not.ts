import { z } from 'zod';
import { IdSchema, TextSchema, SourcedSchema } from './common.ts';

/**
 * A reason NOT to use a stack (content/when-not/<source>.yaml). `avoid` is the stack to skip.
 * `kind: myth` marks a popular reason the source rejects ("do not choose Node.js because …").
 */
export const WhenNotSchema = SourcedSchema.extend({
  /** The stack the item warns against (for a myth: the stack the myth argues for). */
  avoid: z.enum(['django', 'node']),
  /** `avoid-when`: a situation in which to skip the stack; `myth`: a weak reason the source rejects. */
  kind: z.enum(['avoid-when', 'myth']),
  /** Short title in our words. */
  title: TextSchema,
  /** The condition or myth, and the source's reasoning, in our words. */
  text: TextSchema,
  /** Claims that back it. */
  claims: z.array(IdSchema).default([]),
  /** Topic ids. */
  topics: z.array(IdSchema).min(1),
});

export type WhenNot = z.output<typeof WhenNotSchema>;

import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';

/**
 * One line of the short answer on the home page (content/answers/answers.yaml): "Django when …", "Node.js when …",
 * "both when …". The condition is our summary of what the cited guidance says; every line must cite guidance that
 * recommends the same side (checked in src/lib/content/integrity-answers.ts), so the answer never says more than
 * the sources.
 */
export const AnswerSchema = z.object({
  /** Stable slug; also the line's anchor on the home page. */
  id: IdSchema,
  /** The stack the line recommends; `both` for a split system. */
  side: z.enum(['django', 'node', 'both']),
  /** The condition in our words, finishing "Django when …": lower case, no final full stop. */
  when: TextSchema,
  /** Ids of the guidance items (content/guidance) the line rests on; each must recommend `side`. */
  guidance: z.array(IdSchema).min(1),
  /** Ids of claims that back the line as well (optional). */
  claims: z.array(IdSchema).default([]),
});

export type Answer = z.output<typeof AnswerSchema>;

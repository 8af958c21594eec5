import { z } from 'zod';
import { IdSchema, TextSchema, FigureSchema, SourcedSchema } from './common.ts';

/**
 * Decision guidance (content/guidance/<source>.yaml): "choose X when" items, who-should-use advice,
 * thresholds and polyglot advice. Decision matrices themselves are comparison tables.
 */
export const GuidanceSchema = SourcedSchema.extend({
  /** The stack it recommends; `both` for polyglot advice. */
  recommends: z.enum(['django', 'node', 'both']),
  /** `choose-when`: a condition list item; `who-should-use`: audience advice; `threshold`: a numeric rule; `polyglot`: split advice. */
  kind: z.enum(['choose-when', 'who-should-use', 'threshold', 'polyglot']),
  /** Short title in our words. */
  title: TextSchema,
  /** The guidance in our words. */
  text: TextSchema,
  /** For thresholds: the figure(s) of the rule, e.g. 30-40 percent of load on long-lived connections. */
  figures: z.array(FigureSchema).default([]),
  /** Topic ids. */
  topics: z.array(IdSchema).min(1),
});

export type Guidance = z.output<typeof GuidanceSchema>;

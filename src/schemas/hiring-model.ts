import { z } from 'zod';
import { TextSchema, RangeSchema, SourcedSchema } from './common.ts';

/** One hiring model of a source's hiring table (content/hiring-models/<source>.yaml). */
export const HiringModelSchema = SourcedSchema.extend({
  /** Name as printed, without promotional tags such as "(Recommended)". */
  name: TextSchema,
  /** What it suits, as the table cell says. */
  bestFor: TextSchema,
  /** Time to hire as a range with its unit. */
  timeToHire: RangeSchema.and(z.object({ unit: z.enum(['hours', 'days', 'weeks']) })),
  /** Note on the time to hire, e.g. "the publisher's own service". */
  timeToHireNote: TextSchema.optional(),
  /** Monthly cost in USD as stated. */
  monthlyCost: RangeSchema,
  /** What the monthly cost covers. `per-developer`: one mid-level developer; `team`: `teamSize` developers. */
  costBasis: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('per-developer') }),
    z.object({
      kind: z.literal('team'),
      /** Developers in the costed team (2-50). */ teamSize: z.number().int().min(2).max(50),
    }),
  ]),
  /** Risk level as stated. */
  risk: z.enum(['low', 'medium', 'high']),
  /** Why, in our words (the table's risk note). */
  riskNote: TextSchema,
});

export type HiringModel = z.output<typeof HiringModelSchema>;

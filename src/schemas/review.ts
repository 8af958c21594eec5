import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';

/**
 * The review of one computed candidate disagreement (content/reviews/candidates.yaml, a list). The computation
 * (src/lib/synthesis) proposes candidates; a person reads both sources' sentences and classifies each one here. The
 * build fails on a candidate nobody classified and on a review whose candidate is no longer computed.
 */
export const ReviewSchema = z.object({
  /** Id of the computed candidate, e.g. "assertion-developer-pay" (see `npm run data:summary`). */
  candidate: IdSchema,
  /**
   * `disagreement`: a reader who puts the sources' sentences side by side would accept that they contradict each
   * other (shown both-sided); `not-comparable`: they measure or judge different things (shown as a note where the
   * figures appear); `consistent`: both can hold.
   */
  status: z.enum(['disagreement', 'not-comparable', 'consistent']),
  /** The likely reason they differ: measurement setup, date, scope, the publisher's interest, wording, judgement. */
  reason: z.enum(['setup', 'date', 'scope', 'interest', 'wording', 'judgement']).optional(),
  /** The review's explanation, in our words (never the sources' sentences). */
  note: TextSchema,
});

export type Review = z.output<typeof ReviewSchema>;

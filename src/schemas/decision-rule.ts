import { z } from 'zod';
import { IdSchema, TextSchema, SideSchema } from './common.ts';
import { DECISION_QUESTION_IDS } from '../lib/decision/questions.ts';

/** Query-string names of the questions (src/lib/decision/questions.ts), as a Zod enum. */
export const DecisionQuestionIdSchema = z.enum(DECISION_QUESTION_IDS);

/** Records a rule leans on. Every id must exist (checked by src/lib/decision/integrity.ts). */
export const DecisionCitationsSchema = z.object({
  /** Claim ids (content/claims). Default none. */
  claims: z.array(IdSchema).default([]),
  /** Comparison-table rows (content/tables), each as its table id and row id. Default none. */
  rows: z
    .array(
      z.object({
        /** Table id. */
        table: IdSchema,
        /** Row id within that table. */
        row: IdSchema,
      }),
    )
    .default([]),
  /** When-not item ids (content/when-not). Default none. */
  whenNot: z.array(IdSchema).default([]),
  /** Guidance item ids (content/guidance). Default none. */
  guidance: z.array(IdSchema).default([]),
});

/**
 * A record saying that the side a warning is against still works for this answer: a claim or a table row (one of
 * the two), the source's own words in a short quote, and what it says in ours.
 */
export const DecisionWorkableSchema = z.object({
  /** Claim id (content/claims) that says so. Give `claim` or `row`, not both. */
  claim: IdSchema.optional(),
  /** Or the comparison-table row whose cell says so; `words` must appear in one of its cells. */
  row: z
    .object({
      /** Table id. */
      table: IdSchema,
      /** Row id within that table. */
      row: IdSchema,
    })
    .optional(),
  /** The source's own words, as printed: a few words only (at most six), never a sentence. */
  words: z
    .string()
    .trim()
    .min(2)
    .refine((s) => s.split(/\s+/).length <= 6, 'a quote of at most six words'),
  /** What the record says, one short line in our words, e.g. "calls the missing security layer manageable". */
  says: TextSchema,
});

/** Evidence weight for one side: a non-negative number on the 0–4 scale described in content/decision-rules. */
const WeightSchema = z.number().nonnegative('a weight of 0 or more').max(100, 'a weight of at most 100');

/**
 * One rule of the decision calculator (content/decision-rules/*.yaml, a list per file). When the reader's
 * answer to `question` is one of `answers` (choice questions) or lies in `range` (number questions), the
 * rule adds its weights to Django's and Node.js's scores. Weights are evidence from the sources, never our
 * opinion: every rule cites the records it rests on. Checks that span fields or records (answers that fit the
 * question, citations that resolve, one rule per answer) run with the other integrity checks
 * (src/lib/decision/integrity.ts).
 */
export const DecisionRuleSchema = z.object({
  /** Stable slug, unique among rules; used in exports and in the `w` query parameter. */
  id: IdSchema,
  /** The question it answers; one of the query-string names. */
  question: DecisionQuestionIdSchema,
  /** For choice questions: the answers (option values) it applies to. At least one. */
  answers: z.array(z.string()).min(1).optional(),
  /** For number questions: the inclusive range of whole numbers it applies to. */
  range: z
    .object({
      /** Lowest value, inclusive. */
      min: z.number().int().nonnegative(),
      /** Highest value, inclusive; omitted means no upper bound. */
      max: z.number().int().nonnegative().optional(),
    })
    .optional(),
  /** Evidence weights added when the rule applies. Scale: 0 none, 1 a passing mention, 2 a matrix row or checklist item, 3 a stated threshold or when-not rule; +1 when another source agrees. */
  weights: z.object({
    /** Points for Django, 0–100 (defaults stay within 0–4). */
    django: WeightSchema,
    /** Points for Node.js, 0–100 (defaults stay within 0–4). */
    node: WeightSchema,
  }),
  /** The records the weights rest on. At least one claim or table row. */
  cites: DecisionCitationsSchema,
  /** Records that disagree with this rule, shown next to it so no disagreement is hidden. Default none. */
  dissent: DecisionCitationsSchema.default({ claims: [], rows: [], whenNot: [], guidance: [] }),
  /**
   * A when-not item this answer triggers: a warning against one side, shown under the verdict whichever way the
   * total points. It names the source that advises against the side and every source that says the side still
   * works (`workable`); with no such source the warning is a hard exclusion ("rules out").
   */
  warning: z
    .object({
      /** The side the when-not item advises against. */
      against: SideSchema,
      /** Id of the when-not item (content/when-not); it must also be in `cites.whenNot`. */
      whenNot: IdSchema,
      /** Records saying the side still works here, each with the source's own few words. Empty: a hard exclusion. */
      workable: z.array(DecisionWorkableSchema).default([]),
    })
    .optional(),
  /**
   * For a cited decision-matrix row whose verdict depends on the situation (`favours: depends`): the column this
   * answer matches, so "what each source would say" can count it. Rows with a stated side count for that side.
   */
  reads: z
    .array(
      z.object({
        /** Table id; the row must also be in `cites.rows`. */
        table: IdSchema,
        /** Row id within that table. */
        row: IdSchema,
        /** The column (side) whose cell describes this answer. */
        side: SideSchema,
      }),
    )
    .optional(),
  /**
   * Cited guidance items whose condition this answer alone does not meet (e.g. "SaaS startups that put infrastructure
   * scalability first" for any SaaS): they stay citations but are not counted in "what each source would say".
   */
  conditional: z.array(IdSchema).optional(),
  /** In the sources' split architecture, the side whose part of the system this evidence belongs to (Django: data, admin, ML; Node.js: real-time layer, gateway, edge). Strong split evidence on both sides gives the verdict "both". */
  split: SideSchema.optional(),
  /** Why the answer moves the result, one line in our words. */
  reason: TextSchema,
});

export type DecisionRule = z.output<typeof DecisionRuleSchema>;
export type DecisionCitations = z.output<typeof DecisionCitationsSchema>;
export type DecisionWorkable = z.output<typeof DecisionWorkableSchema>;

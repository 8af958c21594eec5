import { z } from 'zod';
import { IdSchema, TextSchema, PositionSchema, SideSchema } from './common.ts';

/**
 * A measurement setup (content/setups/setups.yaml): what a figure was measured on, precisely enough that two
 * figures with the same metric and setup measure the same thing (a named suite such as TechEmpower Round 23, a
 * one-core run with named frameworks). `unstated` is the setup of every figure whose source does not say.
 */
export const SetupSchema = z.object({
  /** Stable slug, referenced by a figure's `setup`. */
  id: IdSchema,
  /** Short display name, e.g. "TechEmpower Round 23". */
  title: TextSchema,
  /** What the setup is, in our words: suite, hardware, frameworks, date, as far as the source says. */
  summary: TextSchema,
});

/**
 * A verdict a source states itself on one dimension (content/verdicts/<source>.yaml): a declared category winner,
 * a decision-matrix row, a table verdict, a final verdict. When present it is the source's position on that
 * dimension, instead of one derived from its claims. It must cite the record that holds the statement.
 */
export const StatedVerdictSchema = z
  .object({
    /** Stable id, unique across all sources, e.g. "trio-scalability-verdict". */
    id: IdSchema,
    /** Source id; injected from the file name. */
    source: IdSchema,
    /** Dimension id (content/dimensions) the verdict is about; at most one stated verdict per source and dimension. */
    dimension: IdSchema,
    /** The position the source declares. */
    position: PositionSchema,
    /** Id of the claim (of the same source) that records the statement. Give `claim`, or `table` and `row`. */
    claim: IdSchema.optional(),
    /** Id of the table (content/tables) holding the verdict row. */
    table: IdSchema.optional(),
    /** Id of the row within `table`. */
    row: IdSchema.optional(),
    /** What the source declares, in our words (one sentence; short cells such as "Winner: None" may be quoted). */
    summary: TextSchema,
  })
  .refine((v) => v.claim !== undefined || (v.table !== undefined && v.row !== undefined), {
    message: 'cite the statement: give `claim`, or both `table` and `row`',
    path: ['claim'],
  });

/**
 * A property that claims can assert something about (content/properties/properties.yaml), so that sources pointing
 * opposite ways, differing by an order of magnitude, or rating one side differently are found.
 * - `direction`: a comparison of the subject with the other side (pay of Node.js developers relative to Python's);
 * - `amount`: a quantity stated for the subject (admin time saved: 4–6 weeks);
 * - `rating`: a grade on an ordered `scale` (Django async: maturing < mature).
 */
export const PropertySchema = z
  .object({
    /** Stable slug, e.g. "developer-pay". */
    id: IdSchema,
    /** Display name, e.g. "Developer pay". */
    title: TextSchema,
    /** What kind of value assertions on it carry. */
    kind: z.enum(['direction', 'amount', 'rating']),
    /** For `amount`: the unit every assertion uses, e.g. "weeks". */
    unit: TextSchema.optional(),
    /** For `rating`: the grades from lowest to highest, e.g. [immature, maturing, mature]. */
    scale: z.array(IdSchema).min(2).optional(),
  })
  .refine((p) => p.kind !== 'rating' || p.scale !== undefined, {
    message: 'a rating property needs a `scale`',
    path: ['scale'],
  })
  .refine((p) => p.kind !== 'amount' || p.unit !== undefined, {
    message: 'an amount property needs a `unit`',
    path: ['unit'],
  });

/**
 * A small structured statement a claim makes (content/assertions/<source>.yaml): a subject (one stack), a property
 * and exactly one of a direction, an amount or a rating. Example: claim wit-node-premium asserts
 * { subject: node, property: developer-pay, direction: higher }.
 */
export const AssertionSchema = z
  .object({
    /** Stable id, unique across all sources. */
    id: IdSchema,
    /** Source id; injected from the file name. */
    source: IdSchema,
    /** Id of the claim (of the same source) that makes the assertion. */
    claim: IdSchema,
    /** The stack the assertion is about. */
    subject: SideSchema,
    /** Property id (content/properties). */
    property: IdSchema,
    /** For a `direction` property: the subject compared with the other stack. */
    direction: z.enum(['higher', 'lower', 'same']).optional(),
    /** For an `amount` property: the stated range in the property's unit (a single value has low === high). */
    amount: z
      .object({
        low: z.number().nonnegative(),
        high: z.number().nonnegative(),
        /** The source marks it as approximate. */
        approx: z.boolean().default(false),
      })
      .refine((a) => a.high >= a.low, { message: 'high must be at least low', path: ['high'] })
      .optional(),
    /** For a `rating` property: one grade of its scale. */
    rating: IdSchema.optional(),
    /**
     * Who the source actually compares, where it is broader than the two stacks (e.g. "Python vs JavaScript
     * developers"); shown with the reading so a reader sees the claim's scope.
     */
    compares: z.string().min(1).optional(),
  })
  .refine((a) => [a.direction, a.amount, a.rating].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of `direction`, `amount` or `rating`',
    path: ['direction'],
  });

export type Setup = z.output<typeof SetupSchema>;
export type StatedVerdict = z.output<typeof StatedVerdictSchema>;
export type Property = z.output<typeof PropertySchema>;
export type Assertion = z.output<typeof AssertionSchema>;

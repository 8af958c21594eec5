import { z } from 'zod';
import { IdSchema, TextSchema, RangeSchema, SourcedSchema } from './common.ts';

/** Seniority levels of the rate card, in order. Also the cost calculator's input names. */
export const SenioritySchema = z.enum(['junior', 'mid', 'senior', 'lead']);

/**
 * A published rate card (content/rate-cards/<id>.yaml) with the publisher's own derived figures
 * kept as stated, so the site can check them against the rates.
 */
export const RateCardSchema = SourcedSchema.extend({
  /** Caption in our words. */
  title: TextSchema,
  /** ISO 4217 currency of every amount; the source uses USD. */
  currency: z.literal('USD'),
  /** Where the offshore developers are based, as stated (e.g. "India"). */
  region: TextSchema,
  /** Id of the comparison table that prints this card, for linking. */
  table: IdSchema,
  /** One entry per seniority, in order junior, mid, senior, lead. Rates are whole USD per hour. */
  levels: z
    .array(
      z.object({
        /** Seniority id. */
        id: SenioritySchema,
        /** Label as printed, e.g. "Mid (2–5 yrs)". */
        label: TextSchema,
        /** Django developer rate, USD per hour. */
        django: RangeSchema,
        /** Node.js developer rate, USD per hour. */
        node: RangeSchema,
        /** US-equivalent rate, USD per hour. */
        us: RangeSchema,
        /** The source's "you save" column, percent (0-100), kept as stated. */
        statedSavingPercent: RangeSchema,
      }),
    )
    .length(4),
  /** The stated Node.js premium over Django, percent (0-100). */
  statedNodePremiumPercent: RangeSchema,
  /** True when the source qualifies the premium as approximate ("roughly 8–12%"); kept so the site says so too. */
  statedNodePremiumApprox: z.boolean().default(false),
  /** The stated blanket saving against US payroll, percent (0-100). */
  statedOverallSavingPercent: RangeSchema,
  /** The worked example, as stated. */
  example: z.object({
    /** Stack of the example team. */
    stack: z.enum(['django', 'node']),
    /** Seniority of each developer. */
    seniority: SenioritySchema,
    /** Number of developers (1-100). */
    headcount: z.number().int().min(1).max(100),
    /** Hours per developer per month that reproduce the example (the source does not state it; 160 fits). */
    impliedHoursPerMonth: z.number().int().min(1).max(744),
    /** Stated offshore monthly cost of the team, USD. */
    statedMonthly: RangeSchema,
    /** Stated US monthly cost of the same team, USD. */
    statedUsMonthly: RangeSchema,
    /** Stated annual savings, USD. */
    statedAnnualSavings: RangeSchema,
    /**
     * True when the source states the example as approximate ("costs approximately $6,400–$10,200 per month"): its
     * figures are rounded, so a gap within that rounding is no error.
     */
    approx: z.boolean().default(false),
  }),
});

export type RateCard = z.output<typeof RateCardSchema>;
export type Seniority = z.output<typeof SenioritySchema>;

import { z } from 'zod';

/** A stable, URL-safe id: lowercase words joined by single hyphens. It becomes a URL anchor, so never change one. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug such as "json-throughput" (letters, digits, single hyphens)');

/** One of the two stacks this site compares. */
export const SideSchema = z.enum(['django', 'node']);

/**
 * Which side a statement favours. `tie`: both fit equally ("comparably", "similarly", "both are highly scalable");
 * `depends`: the source says it depends on the case; `none`: no Django-against-Node.js verdict at all (a release-note
 * figure with no comparison, a plain fact, a comparison with a third technology such as Java or Go).
 * A concession is not a win for the other side, and an adequacy statement ("good enough for most workloads") is not
 * superiority.
 */
export const FavoursSchema = z.enum(['django', 'node', 'tie', 'depends', 'none']);

/**
 * One source's position on one dimension. `both`: both fit (a tie); `depends`: the source says it depends;
 * `mixed`: the source argues both ways. Ties and "depends" are positions, not abstentions.
 */
export const PositionSchema = z.enum(['django', 'node', 'both', 'depends', 'mixed']);

/** A non-empty line of text in our own words (never copied prose from a source). */
export const TextSchema = z.string().trim().min(1, 'a non-empty text');

/** A numeric range as the source states it. A single value has `low === high`. */
export const RangeSchema = z
  .object({
    /** Lower bound, inclusive. Same unit as `high`. */
    low: z.number().nonnegative(),
    /** Upper bound, inclusive; at least `low`. */
    high: z.number().nonnegative(),
  })
  .refine((r) => r.high >= r.low, { message: 'high must be at least low', path: ['high'] });

/**
 * One figure as a source states it. Markers keep the source's wording honest:
 * `approx` for "~" or "roughly", `atLeast` for "+" or "over", `atMost` for "under".
 */
export const FigureSchema = z.object({
  /** Which stack the figure describes; `both` when it applies to either (e.g. hosting cost of both). */
  side: z.enum(['django', 'node', 'both']),
  /** What exactly was measured, as the source names it, e.g. "Node.js with Fastify". */
  subject: TextSchema,
  /** Id of a record in content/metrics. Figures are compared with each other per metric and side. */
  metric: IdSchema,
  /** The value, in `unit`. For a range this is the low end. */
  value: z.number().nonnegative(),
  /** Upper end when the source gives a range ("2–4 KB"); omitted for a single value. */
  high: z.number().nonnegative().optional(),
  /** Unit of `value`; must equal the metric's unit, e.g. "req/s", "ms", "connections". */
  unit: TextSchema,
  /** The source marks it as approximate ("~", "roughly", "approximately"). Default false. */
  approx: z.boolean().default(false),
  /** The source marks it as a lower bound ("+", "over", "more than"). Default false. */
  atLeast: z.boolean().default(false),
  /** The source marks it as an upper bound ("under", "less than"). Default false. */
  atMost: z.boolean().default(false),
  /** Conditions that matter for comparison, e.g. "Fastify, one core" or "TechEmpower R23". */
  qualifier: TextSchema.optional(),
  /**
   * Id of the measurement setup (content/setups), e.g. "techempower-r23" or "one-core-json". Two absolute figures of
   * one metric are compared only when their setups match; `unstated` (the default) matches nothing, not even itself.
   */
  setup: IdSchema.default('unstated'),
});

export type Figure = z.output<typeof FigureSchema>;
export type Side = z.output<typeof SideSchema>;
export type Favours = z.output<typeof FavoursSchema>;
export type Position = z.output<typeof PositionSchema>;
export type Range = z.output<typeof RangeSchema>;

/** Fields shared by every record that comes from one source. `source` is injected from the file name. */
export const SourcedSchema = z.object({
  /** Stable id, unique within its kind. */
  id: IdSchema,
  /** Id of the source document (content/sources); taken from the file name content/<kind>/<source>.yaml. */
  source: IdSchema,
  /** Id of a section of that source (its `sections` list), where the fact is found. */
  locator: IdSchema,
});

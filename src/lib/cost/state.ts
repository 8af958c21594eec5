/**
 * The cost calculator's inputs: their names (also the query-string keys), limits, defaults and links. Reading a
 * raw value from a link or a field, with what was changed and why, is in read.ts.
 */

/** Seniority levels in rate-card order; each is also a head-count input. */
export const LEVELS = ['junior', 'mid', 'senior', 'lead'] as const;
export type Level = (typeof LEVELS)[number];

/** The two stacks; the `stack` input. */
export const STACKS = ['django', 'node'] as const;
export type Stack = (typeof STACKS)[number];

/** Display names of the stacks. */
export const STACK_LABEL: Record<Stack, string> = { django: 'Django', node: 'Node.js' };

/** Where the hourly rates come from: the rate card's offshore rates, its US-equivalent rates, or the reader's own. */
export const RATE_SOURCES = ['india', 'us', 'own'] as const;
export type RateSource = (typeof RATE_SOURCES)[number];

/** A reader's own hourly rate, whole USD, for one stack and seniority: the query-string name, "django-mid". */
export type OwnField = `${Stack}-${Level}`;
export const OWN_FIELDS = STACKS.flatMap((s) => LEVELS.map((l): OwnField => `${s}-${l}`));

/** Every numeric input. */
export type NumberField = Level | 'hours' | 'months' | OwnField;
/** Every input, in form and query-string order (issue 5's names first; `rates` and the own rates came later). */
export type Field = 'stack' | 'rates' | NumberField;
export const FIELDS: readonly Field[] = ['stack', 'rates', ...LEVELS, 'hours', 'months', ...OWN_FIELDS];

/**
 * One calculator scenario. Head counts 0-100, hours per developer per month 1-744, duration in months 1-120;
 * `stack` is the stack the difference is measured from; own rates 1-1,000 USD an hour, used when `rates` is `own`.
 */
export type CostState = {
  stack: Stack;
  rates: RateSource;
  junior: number;
  mid: number;
  senior: number;
  lead: number;
  hours: number;
  months: number;
} & Record<OwnField, number>;

/** Inclusive limits of each numeric input (744 = 31 days × 24 hours; 120 months = 10 years). */
export const LIMITS: Record<NumberField, { min: number; max: number }> = {
  junior: { min: 0, max: 100 },
  mid: { min: 0, max: 100 },
  senior: { min: 0, max: 100 },
  lead: { min: 0, max: 100 },
  hours: { min: 1, max: 744 },
  months: { min: 1, max: 120 },
  ...(Object.fromEntries(OWN_FIELDS.map((f) => [f, { min: 1, max: 1000 }])) as Record<
    OwnField,
    { min: number; max: number }
  >),
};

/** Months shown before a reader picks a duration: one year. */
export const DEFAULT_MONTHS = 12;

/** The rate card's offshore rates as far as the defaults need them: the low end per stack and seniority. */
export type OwnDefaults = readonly { id: Level; django: { low: number }; node: { low: number } }[];

/**
 * The scenario shown before any input: the team of a rate card's worked example (stack, one seniority, head count,
 * hours), over `DEFAULT_MONTHS`, at the card's offshore rates. A reader's own rates start at the card's low ends.
 * Taking it from the data keeps every figure out of the code.
 */
export function defaultState(
  example: { stack: Stack; seniority: Level; headcount: number; impliedHoursPerMonth: number },
  levels: OwnDefaults,
): CostState {
  const own = OWN_FIELDS.map((f) => {
    const [stack, level] = f.split('-') as [Stack, Level];
    return [f, Math.max(1, Math.round(levels.find((l) => l.id === level)?.[stack].low ?? 1))];
  });
  const state = {
    stack: example.stack,
    rates: 'india',
    junior: 0,
    mid: 0,
    senior: 0,
    lead: 0,
    hours: example.impliedHoursPerMonth,
    months: DEFAULT_MONTHS,
    ...Object.fromEntries(own),
  } as CostState;
  state[example.seniority] = example.headcount;
  return state;
}

/** A value that was changed, and why, in words a reader can act on. */
export interface Issue {
  field: Field;
  message: string;
}

/** The result of reading inputs: a state that is always safe to compute with, and what had to be changed. */
export interface Parsed {
  state: CostState;
  issues: Issue[];
}

/** Whether an input is a head count. */
export const isLevel = (f: Field): f is Level => (LEVELS as readonly string[]).includes(f);
/** Whether an input is one of the reader's own rates. */
export const isOwn = (f: Field): f is OwnField => (OWN_FIELDS as readonly string[]).includes(f);

/** The inputs a state's link carries: all of them, the own rates only when they are used. */
export const fieldsOf = (state: CostState): Field[] => FIELDS.filter((f) => state.rates === 'own' || !isOwn(f));

/** The query string for a state, every input in use included, without "?": "stack=django&rates=india&junior=0&…". */
export function serializeState(state: CostState): string {
  return fieldsOf(state)
    .map((f) => `${f}=${String(state[f])}`)
    .join('&');
}

/** The form's text values for a state. */
export function fieldValues(state: CostState): Record<Field, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, String(state[f])])) as Record<Field, string>;
}

const NAMES: Partial<Record<Field, string>> = {
  stack: 'Measure the difference from',
  rates: 'Hourly rates',
  hours: 'Hours per developer per month',
  months: 'Duration in months',
};

/**
 * Each input's full name, for the error summary and the result. Head counts and own rates sit under a legend that
 * names their group, so their name adds it: "Mid (2–5 yrs) developers", "Django rate, Mid (2–5 yrs)".
 */
export function fieldLabels(levels: readonly { id: string; label: string }[]): Record<Field, string> {
  const label = (id: string) => levels.find((l) => l.id === id)?.label ?? id;
  return Object.fromEntries(
    FIELDS.map((f): [Field, string] => {
      const [stack, id] = f.split('-') as [keyof typeof STACK_LABEL, string | undefined];
      return [f, NAMES[f] ?? (id ? `${STACK_LABEL[stack]} rate, ${label(id)}` : `${label(f)} developers`)];
    }),
  ) as Record<Field, string>;
}

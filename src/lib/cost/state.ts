/**
 * The cost calculator's inputs: their names (also the query-string keys), limits, and how a raw value from a
 * link or a text field becomes a safe number with a message saying what was changed and why.
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

const isLevel = (f: Field): f is Level => (LEVELS as readonly string[]).includes(f);
const isOwn = (f: Field): f is OwnField => (OWN_FIELDS as readonly string[]).includes(f);

/**
 * Shows a reader's raw value back in a message, shortened to 24 characters as a reader counts them (graphemes, so
 * an emoji, a flag or an accented letter is never cut in half) so a long or hostile value cannot flood the page.
 */
export function quote(raw: string): string {
  const t = raw.trim();
  const chars = Array.from(new Intl.Segmenter().segment(t), (s) => s.segment);
  return `“${chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : t}”`;
}

/**
 * Reads one numeric value. Whole numbers inside the limits pass unchanged; anything else is clamped, rounded or
 * replaced by `fallback`, with a message. An empty head count means none (0) without a message.
 */
export function readNumber(field: NumberField, raw: string, fallback: number): { value: number; message?: string } {
  const { min, max } = LIMITS[field];
  const t = raw.trim();
  if (t === '') {
    if (isLevel(field)) return { value: 0 };
    return {
      value: fallback,
      message: `Enter a whole number from ${min} to ${max}; ${fallback} is used until you do.`,
    };
  }
  // Plain decimals and scientific notation; not hex, not "Infinity", not thousands separators.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) {
    return { value: fallback, message: `${quote(raw)} is not a number, so ${fallback} is used.` };
  }
  const n = Number(t);
  if (n < min) return { value: min, message: `${quote(raw)} is below the minimum of ${min}, so ${min} is used.` };
  if (n > max) return { value: max, message: `${quote(raw)} is above the maximum of ${max}, so ${max} is used.` };
  // `+ 0` turns -0 into 0, so a state always serialises and reads back the same.
  const whole = Math.round(n) + 0;
  if (whole !== n) return { value: whole, message: `${quote(raw)} is not a whole number, so ${whole} is used.` };
  return { value: whole };
}

const RATE_LABEL: Record<RateSource, string> = {
  india: 'the India rates are',
  us: 'the US-equivalent rates are',
  own: 'your own rates are',
};

/** Reads one of a fixed set of values in any letter case; anything else falls back, with a message naming them. */
function readChoice<T extends string>(raw: string, values: readonly T[], fallback: T, what: string, used: string) {
  const t = raw.trim().toLowerCase() as T;
  if (values.includes(t)) return { value: t };
  return { value: fallback, message: `${quote(raw)} is not one of ${what}, so ${used} used.` };
}

/** Reads the stack: `django` or `node`; anything else falls back with a message. */
export const readStack = (raw: string, fallback: Stack): { value: Stack; message?: string } =>
  readChoice(raw, STACKS, fallback, 'the stacks (django or node)', `${STACK_LABEL[fallback]} is`);

/** Reads the rate choice: `india`, `us` or `own`; anything else falls back with a message. */
export const readRates = (raw: string, fallback: RateSource): { value: RateSource; message?: string } =>
  readChoice(raw, RATE_SOURCES, fallback, 'the rate choices (india, us or own)', RATE_LABEL[fallback]);

/**
 * Reads every input through `get`, which returns all values given for a name (a link can repeat a parameter;
 * the first value wins). Missing inputs take `defaults`; when `teamGiven` is true a missing head count is 0,
 * so a link that names any head count describes the whole team. Own rates are read only when the rates are `own`;
 * a link that gives own rates without naming the rates means them.
 */
export function readState(get: (name: Field) => string[], defaults: CostState, teamGiven: boolean): Parsed {
  const state = { ...defaults };
  const issues: Issue[] = [];
  const ownGiven = OWN_FIELDS.some((f) => get(f).length > 0);
  for (const field of FIELDS) {
    const values = get(field);
    const first = values[0];
    const notes: string[] = [];
    const own = isOwn(field);
    if (own && state.rates !== 'own') continue;
    if (values.length > 1) notes.push(`The link gives ${field} ${values.length} times; the first value is used.`);
    if (first === undefined) {
      if (teamGiven && isLevel(field)) state[field] = 0;
      if (field === 'rates' && ownGiven) state.rates = 'own';
    } else if (field === 'rates') {
      const r = readRates(first, defaults.rates);
      state.rates = r.value;
      if (r.message) notes.push(r.message);
      if (ownGiven && r.value !== 'own')
        notes.push(`The link also gives your own rates; they are not used, as ${RATE_LABEL[r.value]} chosen.`);
    } else if (field === 'stack') {
      const r = readStack(first, defaults.stack);
      state.stack = r.value;
      if (r.message) notes.push(r.message);
    } else {
      const r = readNumber(field, first, isLevel(field) ? 0 : defaults[field]);
      state[field] = r.value;
      if (r.message) notes.push(r.message);
    }
    if (notes.length) issues.push({ field, message: notes.join(' ') });
  }
  return { state, issues };
}

/** Reads a query string ("?stack=node&mid=2" or a URLSearchParams). Never throws. */
export function parseQuery(query: string | URLSearchParams, defaults: CostState): Parsed {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const teamGiven = LEVELS.some((l) => params.has(l));
  return readState((name) => params.getAll(name), defaults, teamGiven);
}

/** Reads the form's text fields; the form always describes the whole team. */
export function parseFields(raw: Record<Field, string>, defaults: CostState): Parsed {
  // The own-rate fields keep their text while hidden; they count only while "own" is chosen.
  const own = raw.rates === 'own';
  return readState(
    (name) => (own || !isOwn(name) ? [raw[name]] : []),
    defaults,
    true,
  );
}

/** The inputs a state's link carries: all of them, the own rates only when they are used. */
export const fieldsOf = (state: CostState): Field[] =>
  FIELDS.filter((f) => state.rates === 'own' || !isOwn(f));

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

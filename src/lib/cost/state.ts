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

/** Every numeric input. */
export type NumberField = Level | 'hours' | 'months';
/** Every input, in form and query-string order. */
export type Field = 'stack' | NumberField;
export const FIELDS: readonly Field[] = ['stack', ...LEVELS, 'hours', 'months'];

/** One calculator scenario. Head counts 0-100, hours per developer per month 1-744, duration in months 1-120. */
export interface CostState {
  stack: Stack;
  junior: number;
  mid: number;
  senior: number;
  lead: number;
  hours: number;
  months: number;
}

/** Inclusive limits of each numeric input (744 = 31 days × 24 hours; 120 months = 10 years). */
export const LIMITS: Record<NumberField, { min: number; max: number }> = {
  junior: { min: 0, max: 100 },
  mid: { min: 0, max: 100 },
  senior: { min: 0, max: 100 },
  lead: { min: 0, max: 100 },
  hours: { min: 1, max: 744 },
  months: { min: 1, max: 120 },
};

/** Months shown before a reader picks a duration: one year. */
export const DEFAULT_MONTHS = 12;

/**
 * The scenario shown before any input: the team of a rate card's worked example (stack, one seniority, head count,
 * hours), over `DEFAULT_MONTHS`. Taking it from the data keeps every figure out of the code.
 */
export function defaultState(example: { stack: Stack; seniority: Level; headcount: number; impliedHoursPerMonth: number }): CostState {
  const state: CostState = { stack: example.stack, junior: 0, mid: 0, senior: 0, lead: 0, hours: example.impliedHoursPerMonth, months: DEFAULT_MONTHS };
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

/** Shows a reader's raw value back in a message, shortened so a long or hostile value cannot flood the page. */
export function quote(raw: string): string {
  const t = raw.trim();
  return `“${t.length > 24 ? `${t.slice(0, 24)}…` : t}”`;
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
    return { value: fallback, message: `Enter a whole number from ${min} to ${max}; ${fallback} is used until you do.` };
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

/** Reads the stack: `django` or `node`, in any letter case; anything else falls back with a message. */
export function readStack(raw: string, fallback: Stack): { value: Stack; message?: string } {
  const t = raw.trim().toLowerCase();
  if ((STACKS as readonly string[]).includes(t)) return { value: t as Stack };
  return {
    value: fallback,
    message: `${quote(raw)} is not one of the stacks (django or node), so ${STACK_LABEL[fallback]} is used.`,
  };
}

/**
 * Reads every input through `get`, which returns all values given for a name (a link can repeat a parameter;
 * the first value wins). Missing inputs take `defaults`; when `teamGiven` is true a missing head count is 0,
 * so a link that names any head count describes the whole team.
 */
export function readState(get: (name: Field) => string[], defaults: CostState, teamGiven: boolean): Parsed {
  const state = { ...defaults };
  const issues: Issue[] = [];
  for (const field of FIELDS) {
    const values = get(field);
    const first = values[0];
    const notes: string[] = [];
    if (values.length > 1) notes.push(`The link gives ${field} ${values.length} times; the first value is used.`);
    if (first === undefined) {
      if (teamGiven && isLevel(field)) state[field] = 0;
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
  return readState((name) => [raw[name]], defaults, true);
}

/** The query string for a state, every input included, without "?": "stack=django&junior=0&mid=2&…". */
export function serializeState(state: CostState): string {
  return FIELDS.map((f) => `${f}=${String(state[f])}`).join('&');
}

/** The form's text values for a state. */
export function fieldValues(state: CostState): Record<Field, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, String(state[f])])) as Record<Field, string>;
}

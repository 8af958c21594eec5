/**
 * Reading the cost calculator's inputs: how a raw value from a link or a text field becomes a safe number, with a
 * message saying what was changed and why. Apart from state.ts so the island loads it only once the reader focuses
 * or edits a field, or arrives by a link with a query string (the build-time HTML already shows the defaults).
 */
import {
  FIELDS,
  isLevel,
  isOwn,
  LIMITS,
  LEVELS,
  OWN_FIELDS,
  RATE_SOURCES,
  STACKS,
  STACK_LABEL,
  type CostState,
  type Field,
  type Issue,
  type NumberField,
  type Parsed,
  type RateSource,
  type Stack,
} from './state.ts';

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
  return readState((name) => (own || !isOwn(name) ? [raw[name]] : []), defaults, true);
}

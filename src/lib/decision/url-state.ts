import { formatNumber as fmt } from '../format.ts';
import { parseLevel, type Importance } from './importance.ts';
import type { Answers, DecisionModel, DecisionQuestion, ModelRule, Weights, WeightOverrides } from './types.ts';

type NumberQuestion = Extract<DecisionQuestion, { kind: 'number' }>;
type ChoiceQuestion = Extract<DecisionQuestion, { kind: 'choice' }>;

/** A problem with one input and what was done about it. `field` is a question id, `w-<rule>` or `w-<rule>-node` for a weight, or `weights`. */
export interface Message {
  field: string;
  text: string;
}

/** Largest weight accepted, so a typo cannot drown every other reason. */
export const MAX_WEIGHT = 100;

/** Quotes a raw value for a message, shortened so a hostile or huge value stays a short, inert text. */
const quote = (raw: string): string => `“${raw.length > 32 ? `${raw.slice(0, 32)}…` : raw}”`;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads a number as typed ("1,000", " 60 %"): NaN-free, clamped to [min, max], with a message when it changed it. */
export function parseNumber(
  raw: string,
  min: number,
  max: number,
  fallback: number,
  name: string,
  whole = true,
): { value: number; message?: string } {
  const t = raw
    .trim()
    .replace(/[\s,_]/g, '')
    .replace(/%$/, '');
  const range = `${fmt(min)} to ${fmt(max)}`;
  const say = (value: number, why: string) => ({ value, message: `${name}: ${why}; using ${fmt(value)}.` });
  if (!NUMBER.test(t)) return say(fallback, t ? `${quote(raw)} is not a number` : `enter a number from ${range}`);
  const n = Number(t);
  if (n < min || n > max) return say(n < min ? min : max, `${quote(raw)} is outside ${range}`);
  // "+ 0" turns -0 into 0, so a rounded "-0.2" never prints as "-0".
  const rounded = (whole ? Math.round(n) : Math.round(n * 100) / 100) + 0;
  return rounded === n ? { value: n } : say(rounded, `${quote(raw)} was rounded`);
}

/** Reads a number question's answer. */
export function parseNumberAnswer(raw: string, q: NumberQuestion): { value: number; message?: string } {
  return parseNumber(raw, q.min, q.max, q.default, q.label);
}

/** Reads a choice answer; an unknown value falls back to the default with a message listing the allowed ones. */
export function parseChoiceAnswer(raw: string, q: ChoiceQuestion): { value: string; message?: string } {
  const v = raw.trim().toLowerCase();
  if (q.options.some((o) => o.value === v)) return { value: v };
  const allowed = q.options.map((o) => o.value).join(', ');
  return { value: q.default, message: `${q.label}: ${quote(raw)} is not one of ${allowed}; using “${q.default}”.` };
}

/** Reads one weight as typed; 0 to MAX_WEIGHT, two decimals at most. */
export function parseWeight(raw: string, fallback: number, name: string): { value: number; message?: string } {
  return parseNumber(raw, 0, MAX_WEIGHT, fallback, name, false);
}

/** The name a rule's weight goes by in messages. */
export const weightName = (rule: ModelRule, side: keyof Weights): string =>
  `${side === 'django' ? 'Django' : 'Node.js'} weight of rule ${rule.id}`;

/** Default answers of every question. */
export function defaultAnswers(questions: readonly DecisionQuestion[]): Answers {
  return Object.fromEntries(questions.map((q) => [q.id, q.default]));
}

/**
 * Reads calculator state from a query string. Never throws: every bad value becomes a sane one plus a message.
 * Answers use the question ids; how much a question matters `m=<question>:<0|1|2>`; exact weights
 * `w=<rule-id>:<django>:<node>`; both repeatable. Unknown names are ignored.
 */
export function parseQuery(
  search: string,
  model: Pick<DecisionModel, 'questions' | 'rules'>,
): { answers: Answers; overrides: WeightOverrides; importance: Importance; messages: Message[] } {
  const params = new URLSearchParams(search);
  const answers = defaultAnswers(model.questions);
  const overrides: WeightOverrides = {};
  const importance: Importance = {};
  const messages: Message[] = [];
  for (const q of model.questions) {
    const [first, ...rest] = params.getAll(q.id);
    if (first === undefined) continue;
    if (rest.length)
      messages.push({ field: q.id, text: `${q.label}: given ${rest.length + 1} times; using the first.` });
    const r = q.kind === 'number' ? parseNumberAnswer(first, q) : parseChoiceAnswer(first, q);
    answers[q.id] = r.value;
    if (r.message) messages.push({ field: q.id, text: r.message });
  }
  for (const raw of params.getAll('w')) {
    const parts = raw.split(':');
    const [id, d = '', n = ''] = parts;
    const rule = model.rules.find((x) => x.id === id);
    if (!rule || parts.length !== 3) {
      messages.push({
        field: 'weights',
        text: `${quote(raw)} is not a weight setting (rule-id:django:node); ignored.`,
      });
      continue;
    }
    if (overrides[rule.id]) {
      messages.push({ field: `w-${rule.id}`, text: `Rule ${rule.id}: weights given twice; using the first.` });
      continue;
    }
    const pd = parseWeight(d, rule.weights.django, weightName(rule, 'django'));
    const pn = parseWeight(n, rule.weights.node, weightName(rule, 'node'));
    overrides[rule.id] = { django: pd.value, node: pn.value };
    if (pd.message) messages.push({ field: `w-${rule.id}`, text: pd.message });
    if (pn.message) messages.push({ field: `w-${rule.id}-node`, text: pn.message });
  }
  for (const raw of params.getAll('m')) {
    const parsed = parseLevel(raw, model.questions);
    if (!parsed || parsed[0] in importance) {
      const why = parsed
        ? 'given twice; using the first'
        : 'is not a setting of how much a question matters (question:0, 1 or 2); ignored';
      messages.push({ field: 'importance', text: `${quote(raw)} ${why}.` });
      continue;
    }
    if (parsed[1] !== 1) importance[parsed[0]] = parsed[1];
  }
  return { answers, overrides, importance, messages };
}

/** Writes calculator state as a query string (no "?"): every answer, how much questions matter when not normal, then exact weights that differ from the defaults. */
export function toQuery(
  answers: Answers,
  overrides: WeightOverrides,
  model: Pick<DecisionModel, 'questions' | 'rules'>,
  importance: Importance = {},
): string {
  const parts = model.questions.map((q) => `${q.id}=${encodeURIComponent(String(answers[q.id] ?? q.default))}`);
  const changed = model.rules.filter((r) => {
    const o = overrides[r.id];
    return o && (o.django !== r.weights.django || o.node !== r.weights.node);
  });
  for (const q of model.questions) {
    const level = importance[q.id];
    if (level !== undefined && level !== 1) parts.push(`m=${q.id}:${String(level)}`);
  }
  // Rules keep their data order, so the same state always gives the same string.
  for (const r of changed) {
    const o = overrides[r.id] ?? r.weights;
    parts.push(`w=${r.id}:${o.django}:${o.node}`);
  }
  return parts.join('&');
}

// The calculator's state in the query string: reading (never throws; every bad value becomes a sane one and a
// problem record) and writing. The problems' wording is in url-state.ts, which the island loads only when there is
// a problem to show, so the page's start-up JS stays small.
import { parseLevel, type Importance } from './importance.ts';
import type { Answers, DecisionModel, DecisionQuestion, ModelRule, Weights, WeightOverrides } from './types.ts';

type NumberQuestion = Extract<DecisionQuestion, { kind: 'number' }>;
type ChoiceQuestion = Extract<DecisionQuestion, { kind: 'choice' }>;

/** Largest weight accepted, so a typo cannot drown every other reason. */
export const MAX_WEIGHT = 100;

/** A number that had to be changed: why, the text as given, and the value used instead. */
export interface NumberProblem {
  kind: 'nan' | 'empty' | 'outside' | 'rounded';
  raw: string;
  name: string;
  min: number;
  max: number;
  value: number;
}

/** A choice that is not one of the options. */
export interface ChoiceProblem {
  kind: 'choice';
  raw: string;
  name: string;
  allowed: string;
  value: string;
}

/** What was wrong with one input, and what was used instead; url-state.ts puts it in words. */
export type ProblemBody =
  | NumberProblem
  | ChoiceProblem
  | { kind: 'repeated'; name: string; times: number }
  | { kind: 'bad-weight' | 'bad-level' | 'level-twice'; raw: string }
  | { kind: 'weight-twice'; rule: string };

/** A problem and the field it belongs to (a question id, `w-<rule>`, `w-<rule>-node`, `weights` or `importance`). */
export type Problem = ProblemBody & { field: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads a number as typed ("1,000", " 60 %"): NaN-free, clamped to [min, max], with a problem when it changed it. */
export function readNumber(
  raw: string,
  min: number,
  max: number,
  fallback: number,
  name: string,
  whole = true,
): { value: number; problem?: NumberProblem } {
  const t = raw
    .trim()
    .replace(/[\s,_]/g, '')
    .replace(/%$/, '');
  const say = (value: number, kind: NumberProblem['kind']) => ({
    value,
    problem: { kind, raw, name, min, max, value },
  });
  if (!NUMBER.test(t)) return say(fallback, t ? 'nan' : 'empty');
  const n = Number(t);
  if (n < min || n > max) return say(n < min ? min : max, 'outside');
  // "+ 0" turns -0 into 0, so a rounded "-0.2" never prints as "-0".
  const rounded = (whole ? Math.round(n) : Math.round(n * 100) / 100) + 0;
  return rounded === n ? { value: n } : say(rounded, 'rounded');
}

/** Reads a number question's answer. */
export const readNumberAnswer = (raw: string, q: NumberQuestion) => readNumber(raw, q.min, q.max, q.default, q.label);

/** Reads a choice answer; an unknown value falls back to the default. */
export function readChoice(
  raw: string,
  q: ChoiceQuestion,
): { value: string; problem?: Omit<Extract<Problem, { kind: 'choice' }>, 'field'> } {
  const v = raw.trim().toLowerCase();
  if (q.options.some((o) => o.value === v)) return { value: v };
  const allowed = q.options.map((o) => o.value).join(', ');
  return { value: q.default, problem: { kind: 'choice', raw, name: q.label, allowed, value: q.default } };
}

/** The name a rule's weight goes by in messages. */
export const weightName = (rule: ModelRule, side: keyof Weights): string =>
  `${side === 'django' ? 'Django' : 'Node.js'} weight of rule ${rule.id}`;

/** Default answers of every question. */
export function defaultAnswers(questions: readonly DecisionQuestion[]): Answers {
  return Object.fromEntries(questions.map((q) => [q.id, q.default]));
}

/**
 * Reads calculator state from a query string. Never throws: every bad value becomes a sane one plus a problem.
 * Answers use the question ids; how much a question matters `m=<question>:<0|1|2>`; exact weights
 * `w=<rule-id>:<django>:<node>`; both repeatable. Unknown names are ignored.
 */
export function readQuery(
  search: string,
  model: Pick<DecisionModel, 'questions' | 'rules'>,
): { answers: Answers; overrides: WeightOverrides; importance: Importance; problems: Problem[] } {
  const params = new URLSearchParams(search);
  const answers = defaultAnswers(model.questions);
  const overrides: WeightOverrides = {};
  const importance: Importance = {};
  const problems: Problem[] = [];
  for (const q of model.questions) {
    const [first, ...rest] = params.getAll(q.id);
    if (first === undefined) continue;
    if (rest.length) problems.push({ field: q.id, kind: 'repeated', name: q.label, times: rest.length + 1 });
    const r = q.kind === 'number' ? readNumberAnswer(first, q) : readChoice(first, q);
    answers[q.id] = r.value;
    if (r.problem) problems.push({ field: q.id, ...r.problem });
  }
  for (const raw of params.getAll('w')) {
    const parts = raw.split(':');
    const [id, d = '', n = ''] = parts;
    const rule = model.rules.find((x) => x.id === id);
    if (!rule || parts.length !== 3) {
      problems.push({ field: 'weights', kind: 'bad-weight', raw });
      continue;
    }
    if (overrides[rule.id]) {
      problems.push({ field: `w-${rule.id}`, kind: 'weight-twice', rule: rule.id });
      continue;
    }
    const weight = (s: string, side: keyof Weights) =>
      readNumber(s, 0, MAX_WEIGHT, rule.weights[side], weightName(rule, side), false);
    const pd = weight(d, 'django');
    const pn = weight(n, 'node');
    overrides[rule.id] = { django: pd.value, node: pn.value };
    if (pd.problem) problems.push({ field: `w-${rule.id}`, ...pd.problem });
    if (pn.problem) problems.push({ field: `w-${rule.id}-node`, ...pn.problem });
  }
  for (const raw of params.getAll('m')) {
    const parsed = parseLevel(raw, model.questions);
    if (!parsed || parsed[0] in importance) {
      problems.push({ field: 'importance', kind: parsed ? 'level-twice' : 'bad-level', raw });
      continue;
    }
    if (parsed[1] !== 1) importance[parsed[0]] = parsed[1];
  }
  return { answers, overrides, importance, problems };
}

/** Writes calculator state as a query string (no "?"): every answer, how much questions matter when not normal, then exact weights that differ from the defaults. */
export function toQuery(
  answers: Answers,
  overrides: WeightOverrides,
  model: Pick<DecisionModel, 'questions' | 'rules'>,
  importance: Importance = {},
): string {
  const parts = model.questions.map((q) => `${q.id}=${encodeURIComponent(String(answers[q.id] ?? q.default))}`);
  for (const q of model.questions) {
    const level = importance[q.id];
    if (level !== undefined && level !== 1) parts.push(`m=${q.id}:${String(level)}`);
  }
  // Rules keep their data order, so the same state always gives the same string.
  for (const r of model.rules) {
    const o = overrides[r.id];
    if (o && (o.django !== r.weights.django || o.node !== r.weights.node))
      parts.push(`w=${r.id}:${o.django}:${o.node}`);
  }
  return parts.join('&');
}

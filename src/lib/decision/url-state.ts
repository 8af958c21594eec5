// The wording of every problem with the calculator's inputs, and the reading functions with their messages, built
// on query.ts. The island loads this module only when there is a problem to show.
import { formatNumber as fmt } from '../format.ts';
import { readChoice, readNumber, readNumberAnswer, readQuery, type Problem, type ProblemBody } from './query.ts';
import type { Importance } from './importance.ts';
import type { Answers, DecisionModel, DecisionQuestion, WeightOverrides } from './types.ts';

export { MAX_WEIGHT, defaultAnswers, toQuery, weightName } from './query.ts';

/** A problem with one input and what was done about it. `field` is a question id, `w-<rule>` or `w-<rule>-node` for a weight, `weights` or `importance`. */
export interface Message {
  field: string;
  text: string;
}

/** Quotes a raw value for a message, shortened so a hostile or huge value stays a short, inert text. */
const quote = (raw: string): string => `“${raw.length > 32 ? `${raw.slice(0, 32)}…` : raw}”`;

/** A problem in words: what was wrong and which value was used instead. */
export function problemText(p: ProblemBody): string {
  switch (p.kind) {
    case 'nan':
    case 'empty':
    case 'outside':
    case 'rounded': {
      const range = `${fmt(p.min)} to ${fmt(p.max)}`;
      const why = {
        nan: `${quote(p.raw)} is not a number`,
        empty: `enter a number from ${range}`,
        outside: `${quote(p.raw)} is outside ${range}`,
        rounded: `${quote(p.raw)} was rounded`,
      }[p.kind];
      return `${p.name}: ${why}; using ${fmt(p.value)}.`;
    }
    case 'choice':
      return `${p.name}: ${quote(p.raw)} is not one of ${p.allowed}; using “${p.value}”.`;
    case 'repeated':
      return `${p.name}: given ${String(p.times)} times; using the first.`;
    case 'bad-weight':
      return `${quote(p.raw)} is not a weight setting (rule-id:django:node); ignored.`;
    case 'weight-twice':
      return `Rule ${p.rule}: weights given twice; using the first.`;
    case 'bad-level':
      return `${quote(p.raw)} is not a setting of how much a question matters (question:0, 1 or 2); ignored.`;
    case 'level-twice':
      return `${quote(p.raw)} given twice; using the first.`;
  }
}

const withText = <T>(r: { value: T; problem?: ProblemBody }): { value: T; message?: string } =>
  r.problem ? { value: r.value, message: problemText(r.problem) } : { value: r.value };

/** Reads a number as typed ("1,000", " 60 %"): NaN-free, clamped to [min, max], with a message when it changed it. */
export function parseNumber(
  raw: string,
  min: number,
  max: number,
  fallback: number,
  name: string,
  whole = true,
): { value: number; message?: string } {
  return withText(readNumber(raw, min, max, fallback, name, whole));
}

/** Reads a number question's answer. */
export function parseNumberAnswer(
  raw: string,
  q: Extract<DecisionQuestion, { kind: 'number' }>,
): { value: number; message?: string } {
  return withText(readNumberAnswer(raw, q));
}

/** Reads a choice answer; an unknown value falls back to the default with a message listing the allowed ones. */
export function parseChoiceAnswer(
  raw: string,
  q: Extract<DecisionQuestion, { kind: 'choice' }>,
): { value: string; message?: string } {
  return withText(readChoice(raw, q));
}

/** Reads one weight as typed; 0 to MAX_WEIGHT, two decimals at most. */
export function parseWeight(raw: string, fallback: number, name: string): { value: number; message?: string } {
  return parseNumber(raw, 0, 100, fallback, name, false);
}

/** A problem of an input as a message for its field. */
export const messageOf = (p: Problem): Message => ({
  field: p.field,
  text: problemText(p),
});

/** Reads calculator state from a query string, with every problem in words (see readQuery in query.ts). */
export function parseQuery(
  search: string,
  model: Pick<DecisionModel, 'questions' | 'rules'>,
): { answers: Answers; overrides: WeightOverrides; importance: Importance; messages: Message[] } {
  const { problems, ...state } = readQuery(search, model);
  return { ...state, messages: problems.map(messageOf) };
}

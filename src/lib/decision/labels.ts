import { formatNumber as fmt } from '../format.ts';
import type { DecisionModel } from './types.ts';

type Model = Pick<DecisionModel, 'questions'>;

/** Side names as shown. */
export const SIDE = { django: 'Django', node: 'Node.js' } as const;

/** A question's label, or its id if unknown. */
export const questionLabel = (model: Model, id: string): string =>
  model.questions.find((q) => q.id === id)?.label ?? id;

/** An answer as the reader sees it: the option's label, or the number with its unit ("60%", "1,000 connections"). */
export function answerLabel(model: Model, id: string, value: string | number): string {
  const q = model.questions.find((x) => x.id === id);
  if (!q) return String(value);
  if (q.kind === 'number') return `${fmt(Number(value))}${q.unit === '%' ? '%' : ` ${q.unit}`}`;
  return q.options.find((o) => o.value === value)?.label ?? String(value);
}

/** What a rule covers, in words: "The team's language: Python", "Share of …: 41 to 100%", "…: 10,000 connections or more". */
export function ruleLabel(
  model: Model,
  r: {
    question: string;
    answers?: string[] | undefined;
    range?: { min: number; max?: number | undefined } | undefined;
  },
): string {
  const a = (v: string | number) => answerLabel(model, r.question, v);
  const min = r.range?.min ?? 0;
  const max = r.range?.max;
  const covers = r.answers
    ? r.answers.map(a).join(' or ')
    : max === undefined
      ? `${a(min)} or more`
      : `${fmt(min)} to ${a(max)}`;
  return `${questionLabel(model, r.question)}: ${covers}`;
}

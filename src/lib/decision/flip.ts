import { evaluate, type Outcome } from './verdict.ts';
import { METHOD, type Method } from './method.ts';
import type { Answers, DecisionModel, DecisionQuestion, Verdict, WeightOverrides } from './types.ts';

/** One changed answer. */
export interface Change {
  question: string;
  from: string | number;
  to: string | number;
}

/** A set of changed answers and the verdict it would give. */
export interface Flip {
  changes: Change[];
  verdict: Verdict;
  /** How far the balance (Django minus Node.js points) moves; smaller is a gentler change. */
  shift: number;
}

type Model = Pick<DecisionModel, 'questions' | 'rules'>;

/** Answers worth trying for one question: every other option, or for numbers the nearest value inside each rule's range. */
export function candidates(model: Model, q: DecisionQuestion, current: string | number): (string | number)[] {
  if (q.kind === 'choice') return q.options.map((o) => o.value).filter((v) => v !== current);
  const n = typeof current === 'number' ? current : q.default;
  const values = model.rules
    .filter((r) => r.question === q.id && r.range)
    .map((r) => Math.min(Math.max(n, r.range?.min ?? q.min), r.range?.max ?? q.max));
  return [...new Set(values)].filter((v) => v !== n && v >= q.min && v <= q.max);
}

/**
 * The smallest change of answers that gives a different verdict: one changed answer if any works, else two.
 * Among equally small changes the gentlest (smallest shift of the balance) come first; at most `limit` are returned.
 * An empty list means no change of one or two answers flips the verdict.
 */
export function smallestFlips(
  model: Model,
  answers: Answers,
  overrides: WeightOverrides = {},
  method: Method = METHOD,
  limit = 3,
): Flip[] {
  const full: Answers = Object.fromEntries(model.questions.map((q) => [q.id, answers[q.id] ?? q.default]));
  const base = evaluate(model, full, overrides, method);
  const balance = (o: Outcome) => o.django - o.node;
  const options = model.questions.map((q) => ({ q, values: candidates(model, q, full[q.id] ?? q.default) }));
  const tryChanges = (changes: Change[]): Flip | undefined => {
    const next = { ...full };
    for (const c of changes) next[c.question] = c.to;
    const o = evaluate(model, next, overrides, method);
    return o.verdict === base.verdict
      ? undefined
      : { changes, verdict: o.verdict, shift: Math.abs(balance(o) - balance(base)) };
  };
  const change = (q: DecisionQuestion, to: string | number): Change => ({
    question: q.id,
    from: full[q.id] ?? q.default,
    to,
  });
  const found: Flip[] = [];
  for (const { q, values } of options) for (const v of values) pushIf(found, tryChanges([change(q, v)]));
  if (found.length === 0) {
    options.forEach((a, i) => {
      for (const b of options.slice(i + 1)) {
        for (const v of a.values) for (const w of b.values) pushIf(found, tryChanges([change(a.q, v), change(b.q, w)]));
      }
    });
  }
  return found.sort((x, y) => x.shift - y.shift).slice(0, limit);
}

function pushIf(list: Flip[], f: Flip | undefined): void {
  if (f) list.push(f);
}

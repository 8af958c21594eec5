import type { Answers, DecisionModel, ModelRule, Weights, WeightOverrides } from './types.ts';

/** What one question added to each side, and the rules behind it. */
export interface Contribution {
  /** Question id. */
  question: string;
  /** The answer that was scored. */
  answer: string | number;
  /** Points added to Django. */
  django: number;
  /** Points added to Node.js. */
  node: number;
  /** The rules that applied to this answer (usually exactly one). */
  rules: ModelRule[];
}

/** Scores of both sides and each question's share. */
export interface Score {
  django: number;
  node: number;
  /** One entry per question, in the model's question order. */
  contributions: Contribution[];
}

/** Does a rule apply to this answer? Choice rules match listed answers; number rules match their inclusive range. */
export function ruleApplies(rule: ModelRule, answer: string | number | undefined): boolean {
  if (rule.answers) return typeof answer === 'string' && rule.answers.includes(answer);
  if (!rule.range || typeof answer !== 'number') return false;
  return answer >= rule.range.min && (rule.range.max === undefined || answer <= rule.range.max);
}

/** The weights in force for a rule: the reader's override if any, else the default from the data. */
export function weightsOf(rule: ModelRule, overrides: WeightOverrides = {}): Weights {
  return overrides[rule.id] ?? rule.weights;
}

/** Sums numbers in a fixed order (sorted by key) so the result never depends on the order of questions or rules. */
function canonicalSum<T>(items: readonly T[], key: (t: T) => string, value: (t: T) => number): number {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).reduce((s, t) => s + value(t), 0);
}

/** Scores the answers: each applying rule adds its weights; each question's contribution is kept for the explanation. */
export function score(
  model: Pick<DecisionModel, 'questions' | 'rules'>,
  answers: Answers,
  overrides: WeightOverrides = {},
): Score {
  const contributions = model.questions.map((q): Contribution => {
    const answer = answers[q.id] ?? q.default;
    const rules = model.rules.filter((r) => r.question === q.id && ruleApplies(r, answer));
    const id = (r: ModelRule) => r.id;
    return {
      question: q.id,
      answer,
      django: canonicalSum(rules, id, (r) => weightsOf(r, overrides).django),
      node: canonicalSum(rules, id, (r) => weightsOf(r, overrides).node),
      rules,
    };
  });
  const q = (c: Contribution) => c.question;
  return {
    django: canonicalSum(contributions, q, (c) => c.django),
    node: canonicalSum(contributions, q, (c) => c.node),
    contributions,
  };
}

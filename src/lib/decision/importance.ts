import type { DecisionModel, WeightOverrides } from './types.ts';

/** "How much this matters to us", per question: the factor it puts on that question's cited weights. */
export const IMPORTANCE = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Normal' },
  { value: 2, label: 'A lot' },
] as const;

/** A question's importance: 0, 1 (the default) or 2. */
export type Level = (typeof IMPORTANCE)[number]['value'];

/** Importance levels that differ from normal, by question id. */
export type Importance = Record<string, Level>;

/** Reads one `m=<question>:<level>` value; undefined when it is not one. */
export function parseLevel(raw: string, questions: readonly { id: string }[]): [string, Level] | undefined {
  const [id = '', level = '', ...rest] = raw.split(':');
  const found = IMPORTANCE.find((l) => String(l.value) === level.trim());
  if (rest.length > 0 || !found || !questions.some((q) => q.id === id)) return undefined;
  return [id, found.value];
}

/**
 * The weights in force: each rule's cited weights times its question's importance, then the exact per-rule
 * numbers of the URL (`w=`), which win. Normal importance adds nothing, so old links give the same overrides.
 */
export function effectiveOverrides(
  model: Pick<DecisionModel, 'rules'>,
  importance: Importance,
  exact: WeightOverrides,
): WeightOverrides {
  const out: WeightOverrides = {};
  for (const r of model.rules) {
    const level = importance[r.question] ?? 1;
    if (level !== 1) out[r.id] = { django: r.weights.django * level, node: r.weights.node * level };
  }
  return { ...out, ...exact };
}

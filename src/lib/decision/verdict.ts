import { score, weightsOf, type Score } from './score.ts';
import type { Answers, DecisionModel, ModelRule, Side, Verdict, WeightOverrides } from './types.ts';
import { METHOD, type Method } from './method.ts';

/** A scored result with its verdict and the reasons the page shows. */
export interface Outcome extends Score {
  verdict: Verdict;
  /** (Django − Node.js) / (Django + Node.js): from −1 (all Node.js) to 1 (all Django); 0 without evidence. */
  lead: number;
  /** Net weight a split rule needs to count as a strong reason. */
  strongLevel: number;
  /** Triggered split rules that are strong reasons, per side. */
  strong: Record<Side, ModelRule[]>;
  /** Triggered rules carrying a when-not warning, whichever way the total points. */
  warnings: ModelRule[];
  /** Sides a triggered warning rules out because no source says they still work there (hard exclusions). */
  excluded: Side[];
}

const other = (s: Side): Side => (s === 'django' ? 'node' : 'django');

/** Scores the answers and decides: both (strong split reasons on each side), a side (a meaningful lead) or either. */
export function evaluate(
  model: Pick<DecisionModel, 'questions' | 'rules'>,
  answers: Answers,
  overrides: WeightOverrides = {},
  method: Method = METHOD,
): Outcome {
  const s = score(model, answers, overrides);
  const triggered = s.contributions.flatMap((c) => c.rules);
  const maxWeight = model.rules.reduce(
    (m, r) => Math.max(m, weightsOf(r, overrides).django, weightsOf(r, overrides).node),
    0,
  );
  // Ratios computed from floats can miss an exact boundary by one bit; the tolerance keeps ties stable under scaling.
  const tol = 1e-9;
  const strongLevel = method.strongShare * maxWeight;
  const strongFor = (side: Side) =>
    triggered.filter((r) => {
      const w = weightsOf(r, overrides);
      const net = w[side] - w[other(side)];
      return r.split === side && net > tol * maxWeight && net >= strongLevel - tol * maxWeight;
    });
  const strong = { django: strongFor('django'), node: strongFor('node') };
  const total = s.django + s.node;
  const lead = total > 0 ? (s.django - s.node) / total : 0;
  let verdict: Verdict;
  if (strong.django.length > 0 && strong.node.length > 0) verdict = 'both';
  else if (total <= 0 || Math.abs(lead) < method.margin - tol) verdict = 'either';
  else verdict = lead > 0 ? 'django' : 'node';
  const warnings = triggered.filter((r) => r.warning);
  const excluded = [...new Set(warnings.flatMap((r) => (r.warning?.workable.length === 0 ? [r.warning.against] : [])))];
  return { ...s, verdict, lead, strongLevel, strong, warnings, excluded };
}

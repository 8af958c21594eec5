/**
 * Django and Node.js side by side for one team: each stack's cost through the one single-stack computation
 * (computeCost), and the difference between them measured from the stack the reader picked.
 */
import { basisPoints, computeCost, type CostResult, type IntRange, type RateLevel } from './compute.ts';
import { STACKS, type CostState, type Stack } from './state.ts';

/** Both stacks' costs and what separates them. Money in cents, percentages in basis points. */
export interface Comparison {
  headcount: number;
  django: CostResult;
  node: CostResult;
  /** The stack the difference is measured from (`state.stack`), and the other one. */
  from: Stack;
  to: Stack;
  /**
   * `to` minus `from`, like for like (low end minus low end, high end minus high end), sorted so low <= high:
   * per month, over the duration, and as a share of `from`'s cost at the same end.
   */
  diff: { monthly: IntRange; total: IntRange; pct: IntRange };
}

const sorted = (a: number, b: number): IntRange => ({ low: Math.min(a, b), high: Math.max(a, b) });

/** Costs the team on both stacks with the state's rate choice. Inputs are assumed valid (see state.ts). */
export function compareCost(levels: readonly RateLevel[], state: CostState): Comparison {
  const [django, node] = STACKS.map((stack) => computeCost(levels, { ...state, stack })) as [CostResult, CostResult];
  const from = state.stack;
  const [a, b, to]: [CostResult, CostResult, Stack] =
    from === 'django' ? [django, node, 'node'] : [node, django, 'django'];
  const low = b.monthly.low - a.monthly.low;
  const high = b.monthly.high - a.monthly.high;
  return {
    headcount: django.headcount,
    django,
    node,
    from,
    to,
    diff: {
      monthly: sorted(low, high),
      total: sorted(low * state.months, high * state.months),
      pct: sorted(basisPoints(low, a.monthly.low), basisPoints(high, a.monthly.high)),
    },
  };
}

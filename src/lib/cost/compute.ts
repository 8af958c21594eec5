/**
 * The cost calculator's arithmetic. Money is integer US cents and percentages are integer basis points
 * (1% = 100), so sums never drift the way floating-point dollars do.
 */
import type { RateCard } from '../../schemas/rate-card.ts';
import { LEVELS, type CostState, type Level } from './state.ts';

/** A low-high pair of integers (cents or basis points). */
export interface IntRange {
  low: number;
  high: number;
}

/** The part of a rate card the calculator needs: hourly USD ranges per level. */
export type RateLevel = Pick<RateCard['levels'][number], 'id' | 'label' | 'django' | 'node' | 'us'>;

/** One seniority's share of the monthly bill. */
export interface LevelCost {
  id: Level;
  headcount: number;
  offshore: IntRange;
  us: IntRange;
}

/** Everything the calculator shows, in cents (money) and basis points (percent). */
export interface CostResult {
  levels: LevelCost[];
  headcount: number;
  /** Offshore cost per month at the selected stack's rates. */
  monthly: IntRange;
  /** The same team per month at US rates. */
  usMonthly: IntRange;
  /** Saving per month: `low` is conservative (US low − offshore high), `high` optimistic (US high − offshore low). */
  saving: IntRange;
  /** The saving as a share of the US cost it is measured against, basis points. */
  savingPct: IntRange;
  /** `monthly`, `usMonthly` and `saving` times the duration in months. */
  total: { offshore: IntRange; us: IntRange; saving: IntRange };
}

/** Whole USD per hour to cents; rounding guards against a rate given with fractions of a cent. */
export const toCents = (usd: number): number => Math.round(usd * 100);

/** A share in basis points, rounded; 0 when the whole is 0 (an empty team saves 0%, not NaN). */
export const basisPoints = (part: number, whole: number): number => (whole > 0 ? Math.round((part * 10000) / whole) : 0);

const times = (r: IntRange, k: number): IntRange => ({ low: r.low * k, high: r.high * k });
const plus = (a: IntRange, b: IntRange): IntRange => ({ low: a.low + b.low, high: a.high + b.high });
const cents = (r: { low: number; high: number }): IntRange => ({ low: toCents(r.low), high: toCents(r.high) });

/** Savings range between a US cost and an offshore cost, with the same conservative/optimistic pairing. */
export function savingBetween(us: IntRange, offshore: IntRange): { saving: IntRange; pct: IntRange } {
  const saving = { low: us.low - offshore.high, high: us.high - offshore.low };
  return { saving, pct: { low: basisPoints(saving.low, us.low), high: basisPoints(saving.high, us.high) } };
}

/** Computes the monthly and total cost of a team from the rate card. Inputs are assumed valid (see state.ts). */
export function computeCost(levels: readonly RateLevel[], state: CostState): CostResult {
  const zero = { low: 0, high: 0 };
  const perLevel = LEVELS.map((id): LevelCost => {
    const rate = levels.find((l) => l.id === id);
    const hours = state[id] * state.hours;
    return {
      id,
      headcount: state[id],
      offshore: rate ? times(cents(rate[state.stack]), hours) : zero,
      us: rate ? times(cents(rate.us), hours) : zero,
    };
  });
  const monthly = perLevel.reduce((sum, l) => plus(sum, l.offshore), zero);
  const usMonthly = perLevel.reduce((sum, l) => plus(sum, l.us), zero);
  const { saving, pct } = savingBetween(usMonthly, monthly);
  return {
    levels: perLevel,
    headcount: perLevel.reduce((n, l) => n + l.headcount, 0),
    monthly,
    usMonthly,
    saving,
    savingPct: pct,
    total: { offshore: times(monthly, state.months), us: times(usMonthly, state.months), saving: times(saving, state.months) },
  };
}

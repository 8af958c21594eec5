/**
 * The cost calculator's arithmetic. Money is integer US cents and percentages are integer basis points
 * (1% = 100), so sums never drift the way floating-point dollars do.
 */
import type { RateCard } from '../../schemas/rate-card.ts';
import { LEVELS, type CostState, type Level, type Stack } from './state.ts';

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
}

/** Everything the calculator shows, in cents (money) and basis points (percent). */
export interface CostResult {
  levels: LevelCost[];
  headcount: number;
  /** Cost per month at the selected stack's rates (the card's offshore rates, its US-equivalent rates or the reader's own). */
  monthly: IntRange;
  /** `monthly` times the duration in months. */
  total: { offshore: IntRange };
}

/** Whole USD per hour to cents; rounding guards against a rate given with fractions of a cent. */
export const toCents = (usd: number): number => Math.round(usd * 100);

/** A share in basis points, rounded; 0 when the whole is 0 (an empty team saves 0%, not NaN). */
export const basisPoints = (part: number, whole: number): number =>
  whole > 0 ? Math.round((part * 10000) / whole) : 0;

const times = (r: IntRange, k: number): IntRange => ({ low: r.low * k, high: r.high * k });
const plus = (a: IntRange, b: IntRange): IntRange => ({ low: a.low + b.low, high: a.high + b.high });
const cents = (r: { low: number; high: number }): IntRange => ({ low: toCents(r.low), high: toCents(r.high) });

/** Savings range between a US cost and an offshore cost, with the same conservative/optimistic pairing. */
export function savingBetween(us: IntRange, offshore: IntRange): { saving: IntRange; pct: IntRange } {
  const saving = { low: us.low - offshore.high, high: us.high - offshore.low };
  return { saving, pct: { low: basisPoints(saving.low, us.low), high: basisPoints(saving.high, us.high) } };
}

/**
 * The hourly rate of one seniority on one stack, in cents, from the state's rate choice: the card's offshore range,
 * its US-equivalent range (one for both stacks), or the reader's own single rate. A level the card lacks costs 0.
 */
export function hourlyRate(levels: readonly RateLevel[], state: CostState, stack: Stack, id: Level): IntRange {
  if (state.rates === 'own') return cents({ low: state[`${stack}-${id}`], high: state[`${stack}-${id}`] });
  const rate = levels.find((l) => l.id === id);
  return rate ? cents(rate[state.rates === 'us' ? 'us' : stack]) : { low: 0, high: 0 };
}

/** Computes the monthly and total cost of a team on `state.stack`. Inputs are assumed valid (see state.ts). */
export function computeCost(levels: readonly RateLevel[], state: CostState): CostResult {
  const zero = { low: 0, high: 0 };
  const perLevel = LEVELS.map((id): LevelCost => {
    const hours = state[id] * state.hours;
    return {
      id,
      headcount: state[id],
      offshore: times(hourlyRate(levels, state, state.stack, id), hours),
    };
  });
  const monthly = perLevel.reduce((sum, l) => plus(sum, l.offshore), zero);
  return {
    levels: perLevel,
    headcount: perLevel.reduce((n, l) => n + l.headcount, 0),
    monthly,
    total: { offshore: times(monthly, state.months) },
  };
}

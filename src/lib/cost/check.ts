/**
 * "Check the math": recomputes every figure the rate card's publisher derives from its own rates and sets it
 * beside the stated figure. Money in cents, percentages in basis points; `diff` is implied minus stated.
 */
import type { RateCard } from '../../schemas/rate-card.ts';
import { basisPoints, computeCost, savingBetween, toCents, type IntRange } from './compute.ts';
import { defaultState, type CostState, type Level, type Stack } from './state.ts';

/** A stated range, the range the rates imply, and implied minus stated at each end. */
export interface Compared {
  stated: IntRange;
  implied: IntRange;
  diff: IntRange;
}

/** Everything the check-the-math section prints. */
export interface MathCheck {
  /** The "you save" column per level, against the saving each stack's rates imply. */
  youSave: { id: Level; label: string; stated: IntRange; django: Compared; node: Compared }[];
  /** The blanket saving claimed against US pay, against the widest span the levels and stacks imply. */
  overallSaving: Compared;
  /** The worked example: the team it describes, its monthly costs and its annual savings. */
  example: {
    state: CostState;
    monthly: Compared;
    usMonthly: Compared;
    annualSavings: Compared;
    /** Twelve times the gaps between the source's own stated monthly figures, same pairing as `annualSavings`. */
    annualFromStated: IntRange;
    /** Twelve times (stated US high − stated offshore high): the pairing that lands near the stated upper end. */
    annualHighPaired: number;
  };
  /** The Node.js premium: each level's hourly rates (cents) and premium at the low and high ends, then all levels. */
  premium: {
    levels: { id: Level; label: string; django: IntRange; node: IntRange; implied: IntRange }[];
    overall: Compared;
  };
}

const MONTHS_PER_YEAR = 12;
const times12 = (r: IntRange): IntRange => ({ low: r.low * MONTHS_PER_YEAR, high: r.high * MONTHS_PER_YEAR });
const compare = (stated: IntRange, implied: IntRange): Compared => ({
  stated,
  implied,
  diff: { low: implied.low - stated.low, high: implied.high - stated.high },
});
/** Dollars to cents and percent to basis points are the same step: times 100, rounded. */
const x100 = (r: { low: number; high: number }): IntRange => ({ low: toCents(r.low), high: toCents(r.high) });
const span = (values: number[]): IntRange => ({ low: Math.min(...values), high: Math.max(...values) });

/** The premium of `node` over `django`, basis points, at the low and at the high end of the two ranges. */
function premium(django: IntRange, node: IntRange): IntRange {
  return span([basisPoints(node.low - django.low, django.low), basisPoints(node.high - django.high, django.high)]);
}

/** Recomputes the publisher's derived figures from its rate card. Never throws on a valid card. */
export function checkMath(card: RateCard): MathCheck {
  const youSave = card.levels.map((l) => {
    const stated = x100(l.statedSavingPercent);
    const side = (stack: Stack) => compare(stated, savingBetween(x100(l.us), x100(l[stack])).pct);
    return { id: l.id, label: l.label, stated, django: side('django'), node: side('node') };
  });

  const overallSaving = compare(
    x100(card.statedOverallSavingPercent),
    span(
      youSave.flatMap((l) => [l.django.implied.low, l.django.implied.high, l.node.implied.low, l.node.implied.high]),
    ),
  );

  const ex = card.example;
  const state: CostState = { ...defaultState(ex, card.levels), months: MONTHS_PER_YEAR };
  const result = computeCost(card.levels, state);
  const us = computeCost(card.levels, { ...state, rates: 'us' });
  const statedMonthly = x100(ex.statedMonthly);
  const statedUs = x100(ex.statedUsMonthly);
  const fromStated = savingBetween(statedUs, statedMonthly).saving;

  const levels = card.levels.map((l) => {
    const django = x100(l.django);
    const node = x100(l.node);
    return { id: l.id, label: l.label, django, node, implied: premium(django, node) };
  });
  const overall = span(levels.flatMap((l) => [l.implied.low, l.implied.high]));

  return {
    youSave,
    overallSaving,
    example: {
      state,
      monthly: compare(statedMonthly, result.monthly),
      usMonthly: compare(statedUs, us.monthly),
      annualSavings: compare(x100(ex.statedAnnualSavings), times12(savingBetween(us.monthly, result.monthly).saving)),
      annualFromStated: { low: fromStated.low * MONTHS_PER_YEAR, high: fromStated.high * MONTHS_PER_YEAR },
      annualHighPaired: (statedUs.high - statedMonthly.high) * MONTHS_PER_YEAR,
    },
    premium: { levels, overall: compare(x100(card.statedNodePremiumPercent), overall) },
  };
}

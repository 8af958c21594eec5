/**
 * "Check the math": recomputes every figure the rate card's publisher derives from its own rates and sets it
 * beside the stated figure. Money in cents, percentages in basis points; `diff` is implied minus stated.
 *
 * Two ways of pairing a range against a range are shown side by side (issue 13): like for like (US low against the
 * offshore low end, US high against the offshore high end) and the extreme pairing (US low against the offshore
 * high end, US high against the offshore low end: the widest span the rates allow).
 */
import type { RateCard } from '../../schemas/rate-card.ts';
import { basisPoints, computeCost, savingBetween, toCents, type IntRange } from './compute.ts';
import { defaultState, STACKS, type CostState, type Level, type Stack } from './state.ts';

/** A stated range, the range the rates imply, implied minus stated at each end, and the source's rounding. */
export interface Compared {
  stated: IntRange;
  implied: IntRange;
  diff: IntRange;
  /**
   * Half the unit the stated figures are rounded to (the finer of the two ends: "$6,400–$10,200" is to the $100, so
   * $50; "65–70%" to the point, so 50 basis points). A gap no larger than this is inside the source's rounding.
   */
  rounding: number;
  /** Whether each end's gap is inside that rounding. */
  withinRounding: { low: boolean; high: boolean };
}

/** Both pairings of one stated range. */
export interface Paired {
  likeForLike: Compared;
  extreme: Compared;
}

/** Everything the check-the-math section prints. */
export interface MathCheck {
  /**
   * The "you save" column per level: like for like on each stack's rates and on the card's whole offshore span for
   * the level (its lowest rate, Django's, against US low; its highest, Node.js's, against US high), and the extreme
   * pairing over that span.
   */
  youSave: { id: Level; label: string; stated: IntRange; span: Paired; django: Compared; node: Compared }[];
  /** The blanket saving claimed against US pay, against the span of every level and stack, both pairings. */
  overallSaving: Paired;
  /** The worked example: the team it describes, its monthly costs and its annual savings. */
  example: {
    state: CostState;
    /** The source states the example as approximate. */
    approx: boolean;
    monthly: Compared;
    usMonthly: Compared;
    annualSavings: Paired;
    /** Twelve times the gaps between the source's own stated monthly figures, in each pairing, against the stated savings. */
    annualFromStated: Paired;
  };
  /** The Node.js premium (like for like: low end against low end): per level, then over all levels. */
  premium: {
    levels: { id: Level; label: string; django: IntRange; node: IntRange; implied: IntRange }[];
    overall: Compared;
    approx: boolean;
  };
}

const MONTHS_PER_YEAR = 12;
const times12 = (r: IntRange): IntRange => ({ low: r.low * MONTHS_PER_YEAR, high: r.high * MONTHS_PER_YEAR });
const span = (values: number[]): IntRange => ({ low: Math.min(...values), high: Math.max(...values) });

/** The largest power of ten that divides a whole number (0 has none: 1). 640000 -> 10000, 6500 -> 100. */
function unitOf(n: number): number {
  let unit = 1;
  while (n !== 0 && n % (unit * 10) === 0) unit *= 10;
  return unit;
}

/** Sets an implied range beside a stated one; the rounding is read off the stated figures themselves. */
export function compare(stated: IntRange, implied: IntRange): Compared {
  const diff = { low: implied.low - stated.low, high: implied.high - stated.high };
  const rounding = Math.min(unitOf(stated.low), unitOf(stated.high)) / 2;
  return {
    stated,
    implied,
    diff,
    rounding,
    withinRounding: { low: Math.abs(diff.low) <= rounding, high: Math.abs(diff.high) <= rounding },
  };
}

/** Dollars to cents and percent to basis points are the same step: times 100, rounded. */
const x100 = (r: { low: number; high: number }): IntRange => ({ low: toCents(r.low), high: toCents(r.high) });

/** The saving like for like: (US low − offshore low) / US low and (US high − offshore high) / US high, sorted. */
function likeForLike(us: IntRange, offshore: IntRange): IntRange {
  return span([basisPoints(us.low - offshore.low, us.low), basisPoints(us.high - offshore.high, us.high)]);
}

/** The premium of `node` over `django`, basis points, at the low and at the high end of the two ranges. */
function premium(django: IntRange, node: IntRange): IntRange {
  return span([basisPoints(node.low - django.low, django.low), basisPoints(node.high - django.high, django.high)]);
}

/** Recomputes the publisher's derived figures from its rate card. Never throws on a valid card. */
export function checkMath(card: RateCard): MathCheck {
  const youSave = card.levels.map((l) => {
    const stated = x100(l.statedSavingPercent);
    const us = x100(l.us);
    const side = (stack: Stack) => compare(stated, likeForLike(us, x100(l[stack])));
    // The card's offshore span for the level: the lowest rate of either stack to the highest.
    const all = STACKS.flatMap((s) => [toCents(l[s].low), toCents(l[s].high)]);
    const offshore = span(all);
    return {
      id: l.id,
      label: l.label,
      stated,
      span: {
        likeForLike: compare(stated, likeForLike(us, offshore)),
        extreme: compare(stated, savingBetween(us, offshore).pct),
      },
      django: side('django'),
      node: side('node'),
    };
  });

  const overallStated = x100(card.statedOverallSavingPercent);
  const ends = (pick: (l: (typeof youSave)[number]) => Compared) =>
    youSave.flatMap((l) => [pick(l).implied.low, pick(l).implied.high]);
  const overallSaving = {
    likeForLike: compare(overallStated, span(ends((l) => l.span.likeForLike))),
    extreme: compare(overallStated, span(ends((l) => l.span.extreme))),
  };

  const ex = card.example;
  const state: CostState = { ...defaultState(ex, card.levels), months: MONTHS_PER_YEAR };
  const offshore = computeCost(card.levels, state).monthly;
  const us = computeCost(card.levels, { ...state, rates: 'us' }).monthly;
  const statedMonthly = x100(ex.statedMonthly);
  const statedUs = x100(ex.statedUsMonthly);
  const statedAnnual = x100(ex.statedAnnualSavings);
  const lfl = (u: IntRange, o: IntRange) => span([u.low - o.low, u.high - o.high]);

  const levels = card.levels.map((l) => {
    const django = x100(l.django);
    const node = x100(l.node);
    return { id: l.id, label: l.label, django, node, implied: premium(django, node) };
  });

  return {
    youSave,
    overallSaving,
    example: {
      state,
      approx: ex.approx,
      monthly: compare(statedMonthly, offshore),
      usMonthly: compare(statedUs, us),
      annualSavings: {
        likeForLike: compare(statedAnnual, times12(lfl(us, offshore))),
        extreme: compare(statedAnnual, times12(savingBetween(us, offshore).saving)),
      },
      annualFromStated: {
        likeForLike: compare(statedAnnual, times12(lfl(statedUs, statedMonthly))),
        extreme: compare(statedAnnual, times12(savingBetween(statedUs, statedMonthly).saving)),
      },
    },
    premium: {
      levels,
      overall: compare(
        x100(card.statedNodePremiumPercent),
        span(levels.flatMap((l) => [l.implied.low, l.implied.high])),
      ),
      approx: card.statedNodePremiumApprox,
    },
  };
}

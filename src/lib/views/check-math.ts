import type { Compared, MathCheck } from '../cost/check.ts';
import type { IntRange } from '../cost/compute.ts';
import { LEVELS, STACK_LABEL } from '../cost/state.ts';
import { pctRange, ptsDiff, usd, usdDiff, usdRange } from '../cost/money.ts';
import { plural } from '../text.ts';

/** A table of the check-the-math section: caption, header and rows of finished cells (the first is the row header). */
export interface CheckTableView {
  id: string;
  caption: string;
  head: string[];
  rows: string[][];
}

/** "Check the math" as text: every figure the publisher derives from its rates, recomputed and set beside it. */
export interface CheckMathView {
  /** Prefix of the section's ids (the rate card id), so its anchors are stable. */
  uid: string;
  region: string;
  youSave: CheckTableView;
  overall: { stated: string; implied: string; diff: string };
  example: {
    team: string;
    level: string;
    stack: string;
    hours: number;
    table: CheckTableView;
    fromStated: string;
    highPaired: string;
  };
  premium: { stated: string; implied: string; diff: string; table: CheckTableView };
}

/** Implied minus stated at each end: "−5 pts / +11.5 pts" in a cell, worded out in prose. */
const diffs = (d: IntRange, f: (n: number) => string) => `${f(d.low)} / ${f(d.high)}`;
const diffsProse = (d: IntRange, f: (n: number) => string) =>
  `${f(d.low)} at the low end, ${f(d.high)} at the high end`;
const moneyRow = (label: string, c: Compared) => [
  label,
  usdRange(c.stated),
  usdRange(c.implied),
  diffs(c.diff, usdDiff),
];

/**
 * The check-the-math section of a rate card. "Implied" always pairs the ends the calculator pairs: conservative =
 * US low against offshore high.
 */
export function checkMathView(check: MathCheck, uid: string, region: string, exampleLevel: string): CheckMathView {
  const ex = check.example;
  const team = plural(
    LEVELS.reduce((n, l) => n + ex.state[l], 0),
    'developer',
  );
  const stack = STACK_LABEL[ex.state.stack];
  return {
    uid,
    region,
    youSave: {
      id: `${uid}-check-you-save-t`,
      caption: 'Stated saving per seniority against the saving the rates imply',
      head: [
        'Seniority',
        'Stated',
        'Django rates imply',
        'Django difference (low / high end)',
        'Node.js rates imply',
        'Node.js difference (low / high end)',
      ],
      rows: check.youSave.map((l) => [
        l.label,
        pctRange(l.stated),
        pctRange(l.django.implied),
        diffs(l.django.diff, ptsDiff),
        pctRange(l.node.implied),
        diffs(l.node.diff, ptsDiff),
      ]),
    },
    overall: {
      stated: pctRange(check.overallSaving.stated),
      implied: pctRange(check.overallSaving.implied),
      diff: diffsProse(check.overallSaving.diff, ptsDiff),
    },
    example: {
      team,
      level: exampleLevel,
      stack,
      hours: ex.state.hours,
      table: {
        id: `${uid}-check-example-t`,
        caption: `The worked example: ${team}, ${exampleLevel}, ${stack}, ${ex.state.hours} hours a month`,
        head: ['Figure', 'Stated', 'Rates imply', 'Difference (low / high end)'],
        rows: [
          moneyRow(`Per month in ${region}`, ex.monthly),
          moneyRow('Per month at US rates', ex.usMonthly),
          moneyRow('Savings per year (12 × the monthly saving)', ex.annualSavings),
        ],
      },
      fromStated: usdRange(ex.annualFromStated),
      highPaired: usd(ex.annualHighPaired),
    },
    premium: {
      stated: pctRange(check.premium.overall.stated),
      implied: pctRange(check.premium.overall.implied),
      diff: diffsProse(check.premium.overall.diff, ptsDiff),
      table: {
        id: `${uid}-check-premium-t`,
        caption: 'Node.js rates over Django rates, per seniority, at the low and high ends of the ranges',
        head: ['Seniority', 'Django, per hour', 'Node.js, per hour', 'Implied premium'],
        rows: check.premium.levels.map((l) => [l.label, usdRange(l.django), usdRange(l.node), pctRange(l.implied)]),
      },
    },
  };
}

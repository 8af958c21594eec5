import type { Compared, MathCheck, Paired } from '../cost/check.ts';
import type { IntRange } from '../cost/compute.ts';
import { LEVELS, STACK_LABEL } from '../cost/state.ts';
import { pct, pctRange, ptsDiff, usd, usdDiff, usdRange } from '../cost/money.ts';
import { plural } from '../text.ts';

/** A table of the check-the-math section: caption, header and rows of finished cells (the first is the row header). */
export interface CheckTableView {
  id: string;
  caption: string;
  head: string[];
  rows: string[][];
}

/** One stated figure against both pairings, in words. */
export interface PairedView {
  stated: string;
  likeForLike: string;
  extreme: string;
}

/** "Check the math" as text: every figure the publisher derives from its rates, recomputed and set beside it. */
export interface CheckMathView {
  /** Prefix of the section's ids (the rate card id), so its anchors are stable. */
  uid: string;
  region: string;
  youSave: CheckTableView;
  /** How far each pairing lands from the stated column over all levels: "+0.9 pts to +5 pts". */
  youSaveGaps: { likeForLike: string; extreme: string };
  overall: PairedView;
  example: {
    team: string;
    level: string;
    stack: string;
    hours: number;
    /** "approximately", when the source states the example so; else empty. */
    marker: string;
    table: CheckTableView;
    fromStated: { likeForLike: string; extreme: string };
    /** Which pairing each end of the stated annual savings matches within rounding, in words. */
    matches: string;
  };
  premium: { stated: string; implied: string; diff: string; rounding: string; table: CheckTableView };
}

type Format = { range: (r: IntRange) => string; diff: (n: number) => string; unit: (n: number) => string };
const PCT: Format = {
  range: pctRange,
  diff: ptsDiff,
  unit: (bp) => (bp === 100 ? 'point' : `${pct(bp).slice(0, -1)} points`),
};
const USD: Format = { range: usdRange, diff: usdDiff, unit: usd };

const diffs = (d: IntRange, f: Format) => `${f.diff(d.low)} / ${f.diff(d.high)}`;

/** Whether the gaps are inside the source's rounding: "yes, both ends (stated to the nearest $100)", "high end only …", "no …". */
function roundingText(c: Compared, f: Format): string {
  const { low, high } = c.withinRounding;
  const to = `stated to the nearest ${f.unit(c.rounding * 2)}`;
  if (low && high) return `yes, both ends (${to})`;
  if (low || high) return `${low ? 'low' : 'high'} end only (${to})`;
  return `no (${to})`;
}

/** An implied range with its gaps and, when a gap is inside the stated rounding, a word saying so. */
function impliedCell(c: Compared, f: Format): string {
  const { low, high } = c.withinRounding;
  const note = low && high ? '; inside rounding' : low || high ? `; ${low ? 'low' : 'high'} end inside rounding` : '';
  return `${f.range(c.implied)} (${diffs(c.diff, f)}${note})`;
}

const pairedView = (p: Paired, f: Format, marker = ''): PairedView => ({
  stated: `${marker}${f.range(p.likeForLike.stated)}`,
  likeForLike: `${f.range(p.likeForLike.implied)} (${diffs(p.likeForLike.diff, f)}; within rounding: ${roundingText(p.likeForLike, f)})`,
  extreme: `${f.range(p.extreme.implied)} (${diffs(p.extreme.diff, f)}; within rounding: ${roundingText(p.extreme, f)})`,
});

/** The smallest and largest gap of a set of comparisons, in points: "+0.9 pts to +5 pts". */
function gaps(cs: Compared[]): string {
  const all = cs.flatMap((c) => [c.diff.low, c.diff.high]);
  return `${ptsDiff(Math.min(...all))} to ${ptsDiff(Math.max(...all))}`;
}

/** Which pairing each stated end lies within rounding of: "its low end matches the extreme pairing, …". */
function matchesText(p: Paired): string {
  const end = (e: 'low' | 'high') => {
    const names = [
      p.likeForLike.withinRounding[e] && 'like for like',
      p.extreme.withinRounding[e] && 'the extreme pairing',
    ];
    const hit = names.filter(Boolean);
    return `its ${e} end ${hit.length ? `matches ${hit.join(' and ')}` : 'matches neither pairing'}`;
  };
  return `${end('low')}, ${end('high')}`;
}

/** The check-the-math section of a rate card: both pairings side by side, and the source's own markers kept. */
export function checkMathView(check: MathCheck, uid: string, region: string, exampleLevel: string): CheckMathView {
  const ex = check.example;
  const team = plural(
    LEVELS.reduce((n, l) => n + ex.state[l], 0),
    'developer',
  );
  const stack = STACK_LABEL[ex.state.stack];
  const about = ex.approx ? 'about ' : '';
  const moneyRow = (label: string, c: Compared) => [
    label,
    `${about}${usdRange(c.stated)}`,
    usdRange(c.implied),
    diffs(c.diff, USD),
    roundingText(c, USD),
  ];
  return {
    uid,
    region,
    youSave: {
      id: `${uid}-check-you-save-t`,
      caption:
        'Stated saving per seniority against the saving the rates imply, in both pairings (gaps in points, low / high end)',
      head: [
        'Seniority',
        'Stated',
        `Like for like, ${region} span`,
        'Like for like, Django rates',
        'Like for like, Node.js rates',
        `Extreme pairing, ${region} span`,
      ],
      rows: check.youSave.map((l) => [
        l.label,
        pctRange(l.stated),
        impliedCell(l.span.likeForLike, PCT),
        impliedCell(l.django, PCT),
        impliedCell(l.node, PCT),
        impliedCell(l.span.extreme, PCT),
      ]),
    },
    youSaveGaps: {
      likeForLike: gaps(check.youSave.map((l) => l.span.likeForLike)),
      extreme: gaps(check.youSave.map((l) => l.span.extreme)),
    },
    overall: pairedView(check.overallSaving, PCT),
    example: {
      team,
      level: exampleLevel,
      stack,
      hours: ex.state.hours,
      marker: ex.approx ? 'approximately' : '',
      table: {
        id: `${uid}-check-example-t`,
        caption: `The worked example: ${team}, ${exampleLevel}, ${stack}, ${ex.state.hours} hours a month`,
        head: ['Figure', 'Stated', 'Rates imply', 'Difference (low / high end)', 'Inside the source’s rounding?'],
        rows: [
          moneyRow(`Per month in ${region}`, ex.monthly),
          moneyRow('Per month at US rates', ex.usMonthly),
          moneyRow('Savings per year, like for like', ex.annualSavings.likeForLike),
          moneyRow('Savings per year, extreme pairing', ex.annualSavings.extreme),
        ],
      },
      fromStated: {
        likeForLike: usdRange(ex.annualFromStated.likeForLike.implied),
        extreme: usdRange(ex.annualFromStated.extreme.implied),
      },
      matches: matchesText(ex.annualFromStated),
    },
    premium: {
      stated: `${check.premium.approx ? 'roughly ' : ''}${pctRange(check.premium.overall.stated)}`,
      implied: pctRange(check.premium.overall.implied),
      diff: `${ptsDiff(check.premium.overall.diff.low)} at the low end, ${ptsDiff(check.premium.overall.diff.high)} at the high end`,
      rounding: roundingText(check.premium.overall, PCT),
      table: {
        id: `${uid}-check-premium-t`,
        caption: 'Node.js rates over Django rates, per seniority, at the low and high ends of the ranges',
        head: ['Seniority', 'Django, per hour', 'Node.js, per hour', 'Implied premium'],
        rows: check.premium.levels.map((l) => [l.label, usdRange(l.django), usdRange(l.node), pctRange(l.implied)]),
      },
    },
  };
}

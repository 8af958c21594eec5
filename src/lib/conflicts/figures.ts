import type { Claim, Figure, Metric } from '../../schemas/index.ts';
import type { Conflict, ConflictInput, ConflictSide } from './types.ts';
import { disagree } from './compare.ts';
import { derivedRatios } from './ratios.ts';
import { dateReason, setupReason, sourceName } from './reasons.ts';
import { formatFigure } from '../format.ts';
import { compareText, joinWords, slugify } from '../text.ts';
import { unique } from '../collections.ts';
import { place } from './place.ts';

/** One figure in a comparison group: stated by a claim, or derived from two of its figures. */
interface Entry {
  claim: Claim;
  figure: Figure;
  derived?: string;
  inputs?: [Figure, Figure];
}

interface Group {
  metric: Metric;
  side: Figure['side'];
  subject: string | undefined;
  entries: Entry[];
}

const sideLabel = { django: 'Django', node: 'Node.js', both: 'both stacks' } as const;

/** Figures compare per metric and side, and per subject too for metrics flagged `perSubject`. */
function groupFigures(input: ConflictInput): Group[] {
  const metrics = new Map(input.metrics.map((m) => [m.id, m]));
  const groups = new Map<string, Group>();
  const add = (entry: Entry) => {
    const metric = metrics.get(entry.figure.metric);
    if (!metric) return;
    const subject = metric.perSubject ? entry.figure.subject : undefined;
    const key = JSON.stringify([metric.id, entry.figure.side, subject]);
    const group = groups.get(key) ?? { metric, side: entry.figure.side, subject, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  };
  for (const claim of input.claims) for (const figure of claim.figures) add({ claim, figure });
  for (const d of derivedRatios(input.claims, input.metrics)) add(d);
  return [...groups.values()];
}

/** Pairs that disagree. Derived ratios are checked against stated figures only (never against each other). */
function disagreeingPairs(group: Group): [Entry, Entry][] {
  const pairs: [Entry, Entry][] = [];
  group.entries.forEach((a, i) => {
    for (const b of group.entries.slice(i + 1)) {
      if (a.derived !== undefined && b.derived !== undefined) continue;
      if (disagree(a.figure, b.figure, group.metric.tolerance)) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** "Different scope" for ratios this module worked out: one line per source, with how each was computed. */
function derivedReasons(input: ConflictInput, entries: readonly Entry[]): string[] {
  const derived = entries.filter((x) => x.derived !== undefined);
  return unique(derived.map((e) => e.claim.source)).map((source) => {
    const own = derived.filter((e) => e.claim.source === source);
    const bounded = own.some((e) => e.inputs?.some((f) => f.atLeast || f.atMost));
    return (
      `Different scope: ${own.length === 1 ? 'the ratio' : 'the ratios'} for ${sourceName(input, source)} ` +
      `${own.length === 1 ? 'is' : 'are'} worked out here from its own figures, not quoted (${own.map((e) => e.derived ?? '').join('; ')})` +
      `${bounded ? ', and bounds (“+”) make such a ratio only indicative' : ''}.`
    );
  });
}

/** Lower bounds (“+”) that differ need not contradict each other. */
function boundReason(stated: readonly [Entry, Entry][]): string | undefined {
  const lower = stated.filter(([a, b]) => a.figure.atLeast && b.figure.atLeast).length;
  if (lower === 0) return undefined;
  if (lower < stated.length)
    return 'Some differing figures are both lower bounds (“+”); those pairs need not contradict each other.';
  return stated.length === 1
    ? 'Both figures are lower bounds (“+”), so both can hold.'
    : 'Every differing pair is two lower bounds (“+”), so all the figures can hold at once.';
}

/** Reasons the data supports: setup, date, derived scope, bounds, a source contradicting itself. */
function figureReasons(input: ConflictInput, entries: readonly Entry[], pairs: readonly [Entry, Entry][]): string[] {
  const stated = pairs.filter(([a, b]) => a.derived === undefined && b.derived === undefined);
  const reasons = [
    setupReason(entries.map((e) => e.figure.qualifier)),
    dateReason(
      input,
      entries.map((e) => e.claim.source),
    ),
    ...derivedReasons(input, entries),
    boundReason(stated),
  ];
  for (const source of unique(entries.map((e) => e.claim.source))) {
    const own = stated.filter(([a, b]) => a.claim.source === source && b.claim.source === source);
    if (own.length === 0) continue;
    const values = unique(own.flatMap((p) => p.map((e) => formatFigure(e.figure))));
    reasons.push(
      `Same source, different numbers: ${sourceName(input, source)} gives ${joinWords(values)} in different places.`,
    );
  }
  return reasons.filter((r): r is string => r !== undefined);
}

function title(group: Group): string {
  if (group.metric.ratioOf) return `${group.metric.title}: the sources' ratios differ`;
  if (group.subject !== undefined) return `${group.metric.title} of ${group.subject}: the figures differ`;
  return `${group.metric.title} for ${sideLabel[group.side]}: the figures differ`;
}

const bySource = (a: Entry, b: Entry) =>
  compareText(a.claim.source, b.claim.source) ||
  compareText(a.claim.id, b.claim.id) ||
  Number(a.derived !== undefined) - Number(b.derived !== undefined) ||
  a.figure.value - b.figure.value;

/** Figure conflicts: figures of one metric and side (and subject, where flagged) that differ beyond its tolerance. */
export function figureConflicts(input: ConflictInput): Conflict[] {
  return groupFigures(input).flatMap((group): Conflict[] => {
    const pairs = disagreeingPairs(group);
    if (pairs.length === 0) return [];
    const entries = group.entries.filter((e) => pairs.some((p) => p.includes(e))).sort(bySource);
    const sides = entries.map((e): ConflictSide => ({
      source: e.claim.source,
      claim: e.claim.id,
      figure: e.figure,
      ...(e.derived === undefined ? {} : { derived: e.derived }),
    }));
    const { dimension, topic, topics } = place(unique(entries.map((e) => e.claim)), input);
    const suffix = group.subject === undefined ? '' : `-${slugify(group.subject)}`;
    return [
      {
        id: `conflict-${group.metric.id}-${group.side}${suffix}`,
        kind: 'figure',
        title: title(group),
        topic,
        topics,
        ...(dimension === undefined ? {} : { dimension }),
        metric: group.metric.id,
        side: group.side,
        sides,
        reasons: figureReasons(input, entries, pairs),
        intraSource: unique(entries.map((e) => e.claim.source)).length === 1,
      },
    ];
  });
}

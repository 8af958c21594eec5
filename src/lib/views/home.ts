import type { ReviewedCandidate } from '../synthesis/index.ts';
import { paths } from '../routes.ts';
import { plural } from '../text.ts';
import { sourceKindLabel } from '../source-summary.ts';
import type { Link, ViewContext } from './context.ts';
import { conflictLink } from './conflicts.ts';
import { refView, type RefTarget, type RefView } from './refs.ts';
import {
  answer,
  calculators,
  scoreboard,
  type AnswerGroupView,
  type CalculatorLinkView,
  type ScoreboardView,
} from './home-answer.ts';

/** A link run into a sentence, with an optional note after it. */
export type ListLink = Link & { note?: string };

/** One group of the home page's list of disagreements. */
export interface ConflictGroupView {
  label: string;
  intro: string;
  items: (Link & { intraSource: boolean; who: string; topic: string; reason?: string })[];
}

/** One entry point of "Ways in". */
export interface WayView {
  id: string;
  href: string;
  title: string;
  text: string;
}

/** The home page. */
export interface HomeView {
  answer: AnswerGroupView[];
  calculators: CalculatorLinkView[];
  scoreboard: ScoreboardView;
  claimCount: number;
  sourceCount: number;
  sources: ListLink[];
  oldest: number;
  newest: number;
  compareHref: string;
  conflictCount: number;
  conflictGroups: ConflictGroupView[];
  ways: WayView[];
  /** A checked link from the page's prose. */
  ref: (target: RefTarget) => RefView;
}

/** Who says what in a disagreement, in words: "Witarist: Node.js higher than Django; Backend guide: …". */
function who(ctx: ViewContext, c: ReviewedCandidate): string {
  return c.sides.map((s) => `${ctx.lookup.sourceShort(s.source)}: ${s.reading}`).join('; ');
}

function conflictGroups(ctx: ViewContext): ConflictGroupView[] {
  const item = (c: ReviewedCandidate) => ({
    ...conflictLink(ctx, c),
    intraSource: new Set(c.sides.map((s) => s.source)).size === 1,
    who: who(ctx, c),
    topic: ctx.lookup.topicTitle(c.topics[0] ?? ''),
  });
  const { disagreements } = ctx.synthesis;
  return [
    {
      label: 'Opposite positions',
      intro: 'On these dimensions one source’s position is Django and another’s Node.js.',
      items: disagreements.filter((c) => c.basis === 'position').map(item),
    },
    {
      label: 'Statements that point opposite ways',
      intro: 'Here sources state a direction, a rating or an amount for the same thing and do not agree.',
      items: disagreements.filter((c) => c.basis === 'assertion').map(item),
    },
    {
      label: 'Figures that cannot both hold',
      intro:
        'Here sources give numbers for the same measurement, on the same setup or as ratios, that do not fit together.',
      items: disagreements.filter((c) => c.basis === 'figure' || c.basis === 'ratio').map(item),
    },
  ].filter((g) => g.items.length > 0);
}

function ways(ctx: ViewContext): WayView[] {
  const { kb, href } = ctx;
  const myths = kb.whenNot.filter((w) => w.kind === 'myth').length;
  return [
    {
      id: 'way-compare',
      path: paths.compare,
      title: 'Compare',
      text: `${kb.dimensions.length} dimensions by ${kb.sources.length} sources in one matrix, with the consensus of each row.`,
    },
    {
      id: 'way-topics',
      path: paths.topics,
      title: 'Topics',
      text: `${kb.topics.length} guides, from performance to hiring, with every source's claims side by side.`,
    },
    {
      id: 'way-benchmarks',
      path: paths.benchmarks,
      title: 'Benchmarks',
      text: `${kb.benchmarks.length} benchmark figures as charts, with each source's setup and where setups differ.`,
    },
    {
      id: 'way-faq',
      path: paths.faq,
      title: 'FAQ',
      text: `${kb.faqs.length} questions the sources answer, grouped by topic, each with its source.`,
    },
    {
      id: 'way-when-not',
      path: paths.whenNot,
      title: 'When not to use them',
      text: `${plural(kb.whenNot.length - myths, 'reason')} to skip one stack or the other, and ${plural(myths, 'myth')} a source rejects.`,
    },
    {
      id: 'way-calculators',
      path: paths.calculators,
      title: 'Calculators',
      text: 'Cost out a team from a published rate card, or weigh the decision matrices against your own priorities.',
    },
    {
      id: 'way-sources',
      path: paths.sources,
      title: 'Sources',
      text: `The ${kb.sources.length} articles walked through section by section: verdict, age and what was left out.`,
    },
    {
      id: 'way-data',
      path: paths.data,
      title: 'Open data',
      text: `All ${kb.claims.length} claims and every other record, downloadable, with their sources.`,
    },
  ].map(({ path, ...w }) => ({ ...w, href: href(path) }));
}

/** Everything the home page shows, worked out from the data and the synthesis. */
export function homeView(ctx: ViewContext): HomeView {
  const { kb, href } = ctx;
  const years = kb.sources.map((s) => s.newestYearCited);
  return {
    answer: answer(ctx),
    calculators: calculators(ctx),
    scoreboard: scoreboard(ctx),
    claimCount: kb.claims.length,
    sourceCount: kb.sources.length,
    sources: kb.sources.map((s) => ({
      href: href(paths.source(s.id)),
      text: s.short,
      note: sourceKindLabel[s.kind].toLowerCase(),
    })),
    oldest: Math.min(...years),
    newest: Math.max(...years),
    compareHref: href(paths.compare),
    conflictCount: ctx.synthesis.disagreements.length,
    conflictGroups: conflictGroups(ctx),
    ways: ways(ctx),
    ref: (target) => refView(ctx, target, 'the home page'),
  };
}

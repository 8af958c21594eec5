import { paths, recordPath } from '../routes.ts';
import { unique } from '../collections.ts';
import { DECISION_QUESTIONS } from '../decision/questions.ts';
import type { Position } from '../../schemas/index.ts';
import { dimensionConsensus } from './positions.ts';
import type { Link, ViewContext } from './context.ts';

/*
 * The first screen of the home page: the short answer (content/answers), the two calculators and the scoreboard of
 * the synthesis' consensus. Nothing here is worded by hand beyond labels; every line comes from a record.
 */

/** One group of the short answer: "Django when …" and its lines, each with the sources it rests on. */
export interface AnswerGroupView {
  side: 'django' | 'node' | 'both';
  /** "Django when", "Node.js when", "Both when". */
  lead: string;
  lines: { id: string; when: string; evidence: Link[] }[];
}

/** A way into a calculator, shown as a button-like card under the answer. */
export interface CalculatorLinkView {
  id: string;
  href: string;
  title: string;
  text: string;
}

/** One dimension on the scoreboard: where it goes, and how the sources read on it. */
export interface ScoreView {
  href: string;
  title: string;
  position?: Position;
  /** How many of the sources that speak to it hold the shared position, "3 of 5"; for a split, the reading. */
  count: string;
  /** The synthesis' reading in words, e.g. "Split: Django 1, Node.js 2". */
  label: string;
}

/** The compact scoreboard: dimensions where two or more sources agree, and where they split. */
export interface ScoreboardView {
  agree: ScoreView[];
  split: ScoreView[];
  /** Dimensions only one source speaks to (left off the board, counted). */
  single: number;
  compareHref: string;
}

const leads = { django: 'Django when', node: 'Node.js when', both: 'Both when' } as const;

/** The short answer from content/answers, grouped by side; each line links once per source to its first item. */
export function answer(ctx: ViewContext): AnswerGroupView[] {
  const { kb, href, lookup } = ctx;
  return (['django', 'node', 'both'] as const)
    .map((side) => ({
      side,
      lead: leads[side],
      lines: kb.answers
        .filter((a) => a.side === side)
        .map((a) => {
          const items = a.guidance.flatMap((id) => kb.guidance.filter((g) => g.id === id));
          const bySource = unique(items.map((g) => g.source)).flatMap((s) =>
            items.filter((g) => g.source === s).slice(0, 1),
          );
          return {
            id: a.id,
            when: a.when,
            evidence: bySource.map((g) => ({ href: href(recordPath.sourced(g)), text: lookup.sourceShort(g.source) })),
          };
        }),
    }))
    .filter((g) => g.lines.length > 0);
}

/** The decision and cost calculators as the page's two calls to action. */
export function calculators(ctx: ViewContext): CalculatorLinkView[] {
  const card = ctx.kb.rateCards[0];
  return [
    {
      id: 'way-decision',
      href: ctx.href(paths.decision),
      title: 'Decide for your project',
      text: `${String(DECISION_QUESTIONS.length)} questions about your product, weighed against the sources' decision matrices.`,
    },
    {
      id: 'way-cost',
      href: ctx.href(paths.cost),
      title: 'Cost a team',
      text: card
        ? `Monthly cost of a Django or Node.js team from ${ctx.lookup.sourceShort(card.source)}'s published rate card.`
        : 'Monthly cost of a Django or Node.js team from a published rate card.',
    },
  ];
}

/** Dimensions where two or more sources agree (all or most) and where they split, from the synthesis. */
export function scoreboard(ctx: ViewContext): ScoreboardView {
  const { href, lookup } = ctx;
  const rows = dimensionConsensus(ctx).flatMap((c) => {
    const d = lookup.dimension(c.dimension);
    if (!d) return [];
    const holding = c.positions.filter((p) => p.position === c.position).length;
    const count = c.position ? `${String(holding)} of ${String(c.positions.length)}` : c.label.replace(/^Split: /, '');
    const score: ScoreView = { href: href(recordPath.dimension(d)), title: d.title, count, label: c.label };
    return [{ kind: c.kind, score: c.position ? { ...score, position: c.position } : score }];
  });
  return {
    agree: rows.filter((r) => r.kind === 'agree' || r.kind === 'majority').map((r) => r.score),
    split: rows.filter((r) => r.kind === 'split').map((r) => r.score),
    single: rows.filter((r) => r.kind === 'single').length,
    compareHref: href(paths.compare),
  };
}

import type { Conflict, ConflictSide } from '../conflicts.ts';
import { favoursLabel, formatFigure } from '../format.ts';
import { recordPath } from '../routes.ts';
import { groupBy } from '../collections.ts';
import { excerpt } from '../text.ts';
import type { Link, ViewContext } from './context.ts';
import { sourceBadge, type SourceBadgeView } from './links.ts';

/** What ConflictCallout renders for one computed disagreement. */
export interface CalloutView {
  /** The conflict id, the anchor of the callout's heading. */
  id: string;
  /** "Sources disagree", or "One source disagrees with itself". */
  lead: string;
  title: string;
  /** Verdict conflicts: per favoured stack, each source with short links to its claims. */
  verdictGroups?: { label: string; bySource: { badge: SourceBadgeView; claims: Link[] }[] }[];
  /** Figure conflicts: each side with its figure and a link to its claim. */
  figures?: {
    badge: SourceBadgeView;
    value?: string;
    subject?: string;
    claimHref: string;
    /** Screen-reader text of the claim link: which source, and the start of its claim. */
    claimLabel: string;
    derived?: string;
  }[];
  reasons: string[];
}

/**
 * The callout of a conflict. Claims rendered on the same page (`onPage`) are linked in place; others link to their
 * source walkthrough. Verdict sides are listed per source with short claim excerpts, since the full claims sit above.
 */
export function calloutView(ctx: ViewContext, conflict: Conflict, onPage: ReadonlySet<string>): CalloutView {
  const { lookup } = ctx;
  const claimText = (id: string) => excerpt(lookup.claim(id)?.text ?? id, 70);
  const claimHref = (side: ConflictSide) =>
    onPage.has(side.claim) ? `#${side.claim}` : ctx.href(recordPath.claim({ id: side.claim, source: side.source }));
  const base = {
    id: conflict.id,
    lead: conflict.intraSource ? 'One source disagrees with itself' : 'Sources disagree',
    title: conflict.title,
    reasons: conflict.reasons,
  };
  if (conflict.kind === 'verdict') {
    const verdictGroups = [...groupBy(conflict.sides, (s) => s.favours ?? 'depends')].map(([favours, sides]) => ({
      label: `Favour ${favoursLabel[favours]}`,
      bySource: [...groupBy(sides, (s) => s.source)].map(([source, mine]) => ({
        badge: sourceBadge(ctx, source, mine[0]?.claim),
        claims: mine.map((side) => ({ href: claimHref(side), text: claimText(side.claim) })),
      })),
    }));
    return { ...base, verdictGroups };
  }
  const figures = conflict.sides.map((side) => ({
    badge: sourceBadge(ctx, side.source, side.claim),
    ...(side.figure
      ? {
          value: formatFigure(side.figure),
          subject: `${side.figure.subject}${side.figure.qualifier ? ` (${side.figure.qualifier})` : ''}`,
        }
      : {}),
    claimHref: claimHref(side),
    claimLabel: ` from ${lookup.sourceShort(side.source)}: ${claimText(side.claim)}`,
    ...(side.derived ? { derived: side.derived } : {}),
  }));
  return { ...base, figures };
}

/** A link to a conflict's callout on its topic page. */
export function conflictLink(ctx: ViewContext, conflict: Conflict, text = conflict.title): Link {
  return { href: ctx.href(recordPath.conflict(conflict)), text };
}

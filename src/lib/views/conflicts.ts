import type { ReviewedCandidate } from '../synthesis/index.ts';
import { reasonLabel, statusLabel } from '../synthesis/labels.ts';
import { recordPath } from '../routes.ts';
import { excerpt } from '../text.ts';
import type { Link, ViewContext } from './context.ts';
import { sourceBadge, type SourceBadgeView } from './links.ts';

/** What ConflictCallout renders for one reviewed candidate: a disagreement, or a not-comparable note. */
export interface CalloutView {
  /** The candidate id, the anchor of the callout's heading. */
  id: string;
  status: ReviewedCandidate['status'];
  /** "Sources disagree" or "Not comparable". */
  lead: string;
  title: string;
  /** Every side, in source order: the source, what it says, links to the records it rests on. */
  sides: { source: string; badge: SourceBadgeView; reading: string; records: Link[] }[];
  /** "Likely reason: different measurement setups". */
  reason?: string;
  /** The review's explanation. */
  note: string;
}

/** A link to one record a side rests on: a claim (in place when on the page), or a stated verdict's cited record. */
function recordLink(ctx: ViewContext, id: string, onPage: ReadonlySet<string>): Link | undefined {
  const claim = ctx.lookup.claim(id);
  if (claim) {
    return { href: onPage.has(id) ? `#${id}` : ctx.href(recordPath.claim(claim)), text: excerpt(claim.text, 70) };
  }
  const verdict = ctx.kb.verdicts.find((v) => v.id === id);
  if (!verdict) return undefined;
  const target =
    verdict.table !== undefined && verdict.row !== undefined
      ? recordPath.row({ id: verdict.table, source: verdict.source }, verdict.row)
      : recordPath.claim({ id: verdict.claim ?? verdict.id, source: verdict.source });
  return { href: ctx.href(target), text: `Stated verdict: ${excerpt(verdict.summary, 60)}` };
}

/**
 * The callout of a reviewed candidate, both-sided: each source with its reading and links to its records. Records
 * rendered on the same page (`onPage`) are linked in place; others link to their source walkthrough.
 */
export function calloutView(
  ctx: ViewContext,
  c: ReviewedCandidate,
  onPage: ReadonlySet<string> = new Set(),
): CalloutView {
  return {
    id: c.id,
    status: c.status,
    lead: statusLabel(c.status),
    title: c.title,
    sides: c.sides.map((side) => ({
      source: side.source,
      badge: sourceBadge(ctx, side.source),
      reading: side.reading,
      records: side.records.flatMap((id) => recordLink(ctx, id, onPage) ?? []),
    })),
    ...(c.reason ? { reason: `Likely reason: ${reasonLabel(c.reason)}` } : {}),
    note: c.note,
  };
}

/** A link to a reviewed candidate's callout or note (see recordPath.candidate). */
export function conflictLink(ctx: ViewContext, c: ReviewedCandidate, text = c.title): Link {
  return { href: ctx.href(recordPath.candidate(c)), text };
}

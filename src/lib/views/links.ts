import { paths, recordPath } from '../routes.ts';
import type { Link, ViewContext } from './context.ts';

/** A source badge: the walkthrough link (deep-linked to a record with `anchor`), its short name and full title. */
export interface SourceBadgeView {
  href: string;
  short: string;
  title: string;
}

/** The badge of a source. Throws for an unknown source, so a page never links to a walkthrough that is not there. */
export function sourceBadge(ctx: ViewContext, source: string, anchor?: string): SourceBadgeView {
  const record = ctx.lookup.source(source);
  if (!record) throw new Error(`Source badge: unknown source "${source}"`);
  return {
    href: ctx.href(paths.source(source)) + (anchor ? `#${anchor}` : ''),
    short: record.short,
    title: record.title,
  };
}

/** Links to topic guides, titled. */
export function topicLinks(ctx: ViewContext, topics: readonly string[]): Link[] {
  return topics.map((t) => ({ href: ctx.href(paths.topic(t)), text: ctx.lookup.topicTitle(t) }));
}

/** Links to claims on their walkthroughs, labelled with the claim text. */
export function claimLinks(ctx: ViewContext, ids: readonly string[]): Link[] {
  return ctx.lookup.claims(ids).map((c) => ({ href: ctx.href(recordPath.claim(c)), text: c.text }));
}

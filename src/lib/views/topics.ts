import { dimensionAnchor, paths, recordPath } from '../routes.ts';
import { plural } from '../text.ts';
import { topicConflicts, topicDimensions, topicTables } from '../topic-guide.ts';
import type { Link, ViewContext } from './context.ts';
import { claimView, tableView, type ClaimView, type TableView } from './claims.ts';
import { calloutView, conflictLink, type CalloutView } from './conflicts.ts';
import { sourceBadge, type SourceBadgeView } from './links.ts';
import { costCalculatorView, type CostCalculatorView } from './cost.ts';
import { byRelevance, sectionLead, trimmedClaim, type SectionLeadView } from './topic-sections.ts';

/** One dimension of a topic guide. */
export interface DimensionView {
  anchor: string;
  title: string;
  /** The synthesis in one line and the compact table of sources (src/lib/views/topic-sections.ts). */
  lead: SectionLeadView;
  /** Claims in the section, for the collapsed cards' summary. */
  claimCount: number;
  /** How many source columns the layout needs (1–3). */
  columns: number;
  sources: { headingId: string; href: string; title?: string; short: string; claims: ClaimView[] }[];
  /** Short names of the sources that say nothing here, joined; empty when all speak. */
  silent: string;
  matrix: Link;
  callouts: CalloutView[];
}

/** The end of a topic guide. */
export interface TopicRelatedView {
  /** Disagreements explained in another guide, with that guide's title. */
  elsewhere: (Link & { topic: string })[];
  faqs: (Link & { badge: SourceBadgeView })[];
  whenNot: (Link & { badge: SourceBadgeView })[];
  others: Link[];
}

/** A topic guide, /topics/<id>/. */
export interface TopicPageView {
  path: string;
  title: string;
  summary: string;
  lede: string;
  topicsHref: string;
  claimCount: number;
  /** "all 5" or "3 of the 5". */
  sourcesText: string;
  /** "one place" or "3 places"; absent when the sources agree throughout. */
  disagreementText?: string;
  toc: { id: string; label: string }[];
  dimensions: DimensionView[];
  /** Callouts of conflicts whose dimension has no section here. */
  unplaced: CalloutView[];
  /** Present when the topic holds a rate card's table: the guide embeds the cost calculator. */
  costCalculator?: CostCalculatorView;
  tables: TableView[];
  related: TopicRelatedView;
}

/** What a topic page shows of the reviewed candidates: disagreements as callouts, not-comparable ones as notes. */
const shownCandidates = (ctx: ViewContext) => ctx.synthesis.candidates.filter((c) => c.status !== 'consistent');

function relatedView(ctx: ViewContext, topic: string, elsewhere: TopicRelatedView['elsewhere']): TopicRelatedView {
  const { kb, href } = ctx;
  return {
    elsewhere,
    faqs: kb.faqs
      .filter((f) => f.topics.includes(topic))
      .map((f) => ({ href: href(recordPath.faq(f)), text: f.question, badge: sourceBadge(ctx, f.source) })),
    whenNot: kb.whenNot
      .filter((w) => w.topics.includes(topic))
      .map((w) => ({ href: href(recordPath.whenNot(w)), text: w.title, badge: sourceBadge(ctx, w.source) })),
    others: ctx.lookup.topicsInOrder
      .filter((t) => t.id !== topic)
      .map((t) => ({ href: href(paths.topic(t.id)), text: t.title })),
  };
}

/** Everything a topic guide shows: its dimensions with every source's claims, the callouts, tables and related. */
export function topicPageView(ctx: ViewContext, id: string): TopicPageView {
  const { kb, href, lookup } = ctx;
  const topic = lookup.topic(id);
  if (!topic) throw new Error(`topic page: unknown topic "${id}"`);
  const sourceOrder = kb.sources.map((s) => s.id);
  const blocks = byRelevance(id, topicDimensions(id, kb.claims, kb.dimensions, sourceOrder));
  const topicHref = href(paths.topic(id));
  const { primary, related } = topicConflicts(id, shownCandidates(ctx));
  const tables = topicTables(id, kb.tables, kb.claims);
  const shown = new Set(blocks.map((b) => b.dimension.id));
  const onPage = new Set(blocks.flatMap((b) => b.bySource.flatMap((g) => g.claims.map((c) => c.id))));
  const conflictsOf = (dimension: string) => primary.filter((c) => c.dimension === dimension);
  const unplaced = primary.filter((c) => !c.dimension || !shown.has(c.dimension));
  const disputed = primary.filter((c) => c.status === 'disagreement');
  const sources = sourceOrder.filter((s) => blocks.some((b) => b.bySource.some((g) => g.source === s)));
  const card = kb.rateCards.find((rc) => tables.some((t) => t.id === rc.table));
  const dimensions = blocks.map((block): DimensionView => {
    const anchor = dimensionAnchor(block.dimension.id);
    return {
      anchor,
      title: block.dimension.title,
      lead: sectionLead(ctx, block.dimension.id, block.bySource),
      claimCount: block.bySource.reduce((n, g) => n + g.claims.length, 0),
      columns: Math.min(block.bySource.length, 3),
      sources: block.bySource.map((g) => {
        const s = lookup.source(g.source);
        return {
          headingId: `${anchor}-${g.source}`,
          href: href(paths.source(g.source)),
          ...(s ? { title: s.title } : {}),
          short: s?.short ?? g.source,
          claims: g.claims.map((c) => trimmedClaim(claimView(ctx, c), topicHref)),
        };
      }),
      silent: block.silent.map(lookup.sourceShort).join(', '),
      matrix: {
        href: href(recordPath.dimension(block.dimension)),
        text: `${block.dimension.title} in the comparison matrix`,
      },
      callouts: conflictsOf(block.dimension.id).map((c) => calloutView(ctx, c, onPage)),
    };
  });
  const all = kb.sources.length;
  return {
    path: paths.topic(id),
    title: topic.title,
    summary: topic.summary,
    lede: topic.intro ?? topic.summary,
    topicsHref: href(paths.topics),
    claimCount: onPage.size,
    sourcesText: sources.length === all ? `all ${sources.length}` : `${sources.length} of the ${all}`,
    ...(disputed.length ? { disagreementText: disputed.length === 1 ? 'one place' : `${disputed.length} places` } : {}),
    toc: [
      ...dimensions.map((d, i) => {
        const n = conflictsOf(blocks[i]?.dimension.id ?? '').filter((c) => c.status === 'disagreement').length;
        return {
          id: d.anchor,
          label: `${d.title}: ${d.lead.consensus.label}${n ? ` (${plural(n, 'disagreement')})` : ''}`,
        };
      }),
      ...(unplaced.length ? [{ id: 'other-disagreements', label: 'Other disagreements' }] : []),
      ...(card ? [{ id: 'cost-calculator', label: 'Team cost calculator' }] : []),
      ...tables.map((t) => ({ id: t.id, label: `Table: ${t.title}` })),
      { id: 'related', label: 'Related questions and guidance' },
    ],
    dimensions,
    unplaced: unplaced.map((c) => calloutView(ctx, c, onPage)),
    ...(card ? { costCalculator: costCalculatorView(ctx, card.id) } : {}),
    tables: tables.map((t) => tableView(ctx, t)),
    related: relatedView(
      ctx,
      id,
      related.map((c) => ({ ...conflictLink(ctx, c), topic: lookup.topicTitle(c.topics[0] ?? '') })),
    ),
  };
}

/** One card of /topics/. */
export interface TopicCardView {
  id: string;
  href: string;
  title: string;
  summary: string;
  /** "12 claims from 4 sources, 2 disagreements". */
  stats: string;
}

/** The topic index: a card per topic, in topic order, with its counts. */
export function topicsIndexView(ctx: ViewContext): { cards: TopicCardView[] } {
  const { kb, href } = ctx;
  const sourceOrder = kb.sources.map((s) => s.id);
  const cards = ctx.lookup.topicsInOrder.map((topic) => {
    const blocks = topicDimensions(topic.id, kb.claims, kb.dimensions, sourceOrder);
    const claims = blocks.reduce((n, b) => n + b.bySource.reduce((m, g) => m + g.claims.length, 0), 0);
    const sources = new Set(blocks.flatMap((b) => b.bySource.map((g) => g.source))).size;
    const disagreements = topicConflicts(topic.id, ctx.synthesis.disagreements).primary.length;
    return {
      id: topic.id,
      href: href(paths.topic(topic.id)),
      title: topic.title,
      summary: topic.summary,
      stats: `${plural(claims, 'claim')} from ${plural(sources, 'source')}${disagreements > 0 ? `, ${plural(disagreements, 'disagreement')}` : ''}`,
    };
  });
  return { cards };
}

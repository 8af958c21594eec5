import type { Claim, Dimension, Position } from '../../schemas/index.ts';
import type { DimensionConsensus } from '../synthesis/types.ts';
import { positionLabel } from '../synthesis/labels.ts';
import { teaser } from '../text.ts';
import type { ViewContext } from './context.ts';
import { figureView, type ClaimView, type FigureView } from './claims.ts';
import { sourceBadge, type SourceBadgeView } from './links.ts';
import { dimensionConsensus, sourcePositions } from './positions.ts';

/*
 * The guide part of a topic section: the synthesis in one line (the consensus, the key figure), then one compact row
 * per source (its position, one line, its figure). Positions and consensus come from the synthesis, never recomputed.
 */

/** One source's row of a section's compact table. */
export interface GuideRowView {
  /** Source id (data-source). */
  id: string;
  source: SourceBadgeView;
  /** The position in the synthesis' words (data-position); empty without one. */
  positionText: string;
  /** The source's position on the whole dimension (synthesis), absent when it takes none. */
  position?: Position;
  /** Its stated verdict, or the first of its claims here, cut to one line. */
  line: string;
  /** The claim card the line comes from, on this page. */
  lineHref: string;
  /** Its first figure here, as printed ("~50,000+ connections"), with what it measures. */
  figure?: FigureView;
}

/** The lead of a topic section. */
export interface SectionLeadView {
  dimension: string;
  consensus: { kind: DimensionConsensus['kind']; position?: Position; label: string };
  /** The first figure in the section, with its source: "50,000+ connections (Node.js WebSocket connections), Witarist 2026". */
  keyFigure?: { value: string; subject: string; source: string; href: string };
  rows: GuideRowView[];
}

/** "In one line": up to the first clause break after LINE_MIN characters, at most LINE (teaser in src/lib/text.ts). */
const LINE = 90;
const LINE_MIN = 45;

/** The lead of one section: the dimension's consensus, its key figure and a row per source that speaks here. */
export function sectionLead(
  ctx: ViewContext,
  dimension: string,
  bySource: readonly { source: string; claims: readonly Claim[] }[],
): SectionLeadView {
  const c = dimensionConsensus(ctx).find((x) => x.dimension === dimension);
  const positions = sourcePositions(ctx).filter((p) => p.dimension === dimension);
  const withFigure = bySource.flatMap((g) => g.claims).find((claim) => claim.figures.length > 0);
  const first = withFigure?.figures[0];
  const rows = bySource.flatMap((g): GuideRowView[] => {
    const claim = g.claims[0];
    if (!claim) return [];
    const p = positions.find((x) => x.source === g.source);
    const stated = p?.stated ? ctx.kb.verdicts.find((v) => v.id === p.stated)?.summary : undefined;
    const figured = g.claims.find((x) => x.figures.length > 0)?.figures[0];
    return [
      {
        id: g.source,
        source: sourceBadge(ctx, g.source),
        positionText: p ? positionLabel(p.position) : '',
        ...(p ? { position: p.position } : {}),
        line: teaser(stated ?? claim.text, LINE_MIN, LINE),
        lineHref: `#${claim.id}`,
        ...(figured ? { figure: figureView(figured) } : {}),
      },
    ];
  });
  return {
    dimension,
    consensus: c
      ? { kind: c.kind, ...(c.position ? { position: c.position } : {}), label: c.label }
      : { kind: 'none', label: 'No source covers it' },
    ...(withFigure && first
      ? {
          keyFigure: {
            ...figureView(first),
            source: ctx.lookup.sourceShort(withFigure.source),
            href: `#${withFigure.id}`,
          },
        }
      : {}),
    rows,
  };
}

/**
 * Sections in order of relevance to the topic: dimensions filed under the topic first, then the rest by how many of
 * the topic's claims they hold (most first); ties keep dimension order.
 */
export function byRelevance<B extends { dimension: Dimension; bySource: readonly { claims: readonly unknown[] }[] }>(
  topic: string,
  blocks: readonly B[],
): B[] {
  const size = (b: B) => b.bySource.reduce((n, g) => n + g.claims.length, 0);
  const own = (b: B) => (b.dimension.topic === topic ? 1 : 0);
  return blocks
    .map((b, i) => ({ b, i }))
    .sort((x, y) => own(y.b) - own(x.b) || (own(x.b) ? 0 : size(y.b) - size(x.b)) || x.i - y.i)
    .map(({ b }) => b);
}

/**
 * A claim card inside a section: without the chips that repeat the page's topic, the source column or the section,
 * and without its "Used in" line (the page's own "Related questions and guidance" lists the topic's FAQs and
 * when-not items; the claim's line on its source page keeps every use).
 */
export function trimmedClaim(view: ClaimView, topicHref: string): ClaimView {
  const rest: ClaimView = { ...view, topics: view.topics.filter((t) => t.href !== topicHref), usedIn: [] };
  delete rest.source;
  delete rest.dimension;
  return rest;
}

import type { DimensionConsensus, ReviewedCandidate } from '../synthesis/index.ts';
import { positionLabel } from '../synthesis/labels.ts';
import type { Favours, Position } from '../../schemas/index.ts';
import { paths, recordPath } from '../routes.ts';
import type { SearchFacets } from '../search-facets.ts';
import { coverageOf } from '../source-summary.ts';
import type { Link, ViewContext } from './context.ts';
import { conflictLink } from './conflicts.ts';

/** A matrix cell's claims as numbered links grouped by verdict; numbers run across the groups. */
export type ClaimLinksView = { favours: Favours; claims: { href: string; n: number; label: string }[] }[];

/** The consensus cell of a row and its links to the disagreements on it. */
export interface ConsensusView {
  kind: DimensionConsensus['kind'];
  /** The shared position (agree, majority, single) and its name. */
  position?: { position: Position; label: string };
  split: boolean;
  /** The reading in words, the same on every page (consensusLabel). */
  label: string;
  disputes: Link[];
}

/**
 * One source's cell: its one position on the row, and links to its claims there (those it rests on, plus any that
 * give no verdict). A source whose claims here all give no verdict has a cell without a position.
 */
export interface PositionCellView {
  source: string;
  position?: Position;
  label?: string;
  /** True when the position is the source's own stated verdict. */
  stated: boolean;
  claims: ClaimLinksView;
}

/** One row of the comparison matrix (row id = dimension id). */
export interface MatrixRowView {
  id: string;
  title: string;
  anchorLabel: string;
  topic: Link;
  disputed: boolean;
  /** One per source, in source order; null when the source says nothing on the dimension. */
  cells: (PositionCellView | null)[];
  consensus: ConsensusView;
}

/** /compare/: the matrix and the counts its explanation quotes. */
export interface CompareView {
  search: SearchFacets;
  dimensionCount: number;
  sourceCount: number;
  /** Rows per consensus kind. */
  counts: Record<DimensionConsensus['kind'], number>;
  /** Rows with at least one disagreement. */
  disputed: number;
  sourcesHref: string;
  columns: { href: string; short: string; title: string; newest: number }[];
  rows: MatrixRowView[];
}

// 'none' last: a claim with no verdict (a plain fact) is still linked from its cell, under "No verdict".
const order: Favours[] = ['django', 'node', 'tie', 'depends', 'none'];
const short = (text: string) => (text.length > 64 ? `${text.slice(0, 62).trimEnd()}…` : text);

function claimLinks(
  ctx: ViewContext,
  claims: readonly { id: string; source: string; favours: Favours; text: string }[],
) {
  let n = 0;
  return order
    .map((favours) => ({
      favours,
      claims: claims
        .filter((c) => c.favours === favours)
        .map((c) => ({ href: ctx.href(recordPath.claim(c)), n: ++n, label: short(c.text) })),
    }))
    .filter((g) => g.claims.length > 0);
}

/** Name of a disagreement in a consensus cell: "Opposite positions", or the metric or property compared. */
function disputeName(ctx: ViewContext, c: ReviewedCandidate): string {
  if (c.basis === 'position') return 'Opposite positions';
  if (c.metric) return ctx.lookup.metric(c.metric)?.title ?? c.metric;
  return ctx.kb.properties.find((p) => p.id === c.property)?.title ?? c.title;
}

function consensusView(ctx: ViewContext, consensus: DimensionConsensus, disputes: ReviewedCandidate[]): ConsensusView {
  return {
    kind: consensus.kind,
    ...(consensus.position ? { position: { position: consensus.position, label: positionLabel(consensus.position) } } : {}),
    split: consensus.kind === 'split',
    label: consensus.label,
    disputes: disputes.map((c) => conflictLink(ctx, c, disputeName(ctx, c))),
  };
}

/** The comparison matrix: each source's position per row, the row's consensus and its disagreements. */
export function compareView(ctx: ViewContext): CompareView {
  const { kb, href, lookup, synthesis } = ctx;
  const { topics, sides } = coverageOf(kb.claims);
  const count = (kind: DimensionConsensus['kind']) => synthesis.consensus.filter((r) => r.kind === kind).length;
  const rows = synthesis.consensus.flatMap((row): MatrixRowView[] => {
    const dimension = lookup.dimension(row.dimension);
    if (!dimension) return [];
    const disputes = synthesis.disagreements
      .filter((c) => c.dimension === dimension.id)
      .sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'position' ? -1 : 1));
    return [
      {
        id: dimension.id,
        title: dimension.title,
        anchorLabel: `${dimension.title} row`,
        topic: { href: href(paths.topic(dimension.topic)), text: lookup.topicTitle(dimension.topic) },
        disputed: disputes.length > 0,
        cells: kb.sources.map((s) => {
          const p = row.positions.find((x) => x.source === s.id);
          const own = kb.claims.filter((c) => c.source === s.id && c.dimension === dimension.id);
          const cited = p ? lookup.claims(p.claims).filter((c) => !own.includes(c)) : [];
          if (!p && own.length === 0) return null;
          return {
            source: s.id,
            ...(p ? { position: p.position, label: positionLabel(p.position) } : {}),
            stated: p?.stated !== undefined,
            claims: claimLinks(ctx, [...own, ...cited]),
          };
        }),
        consensus: consensusView(ctx, row, disputes),
      },
    ];
  });
  return {
    search: { type: 'Comparison', sources: kb.sources.map((s) => s.id), topics, sides },
    dimensionCount: kb.dimensions.length,
    sourceCount: kb.sources.length,
    counts: {
      none: count('none'),
      single: count('single'),
      agree: count('agree'),
      majority: count('majority'),
      split: count('split'),
    },
    disputed: new Set(synthesis.disagreements.map((c) => c.dimension)).size,
    sourcesHref: href(paths.sources),
    columns: kb.sources.map((s) => ({
      href: href(paths.source(s.id)),
      short: s.short,
      title: s.title,
      newest: s.newestYearCited,
    })),
    rows,
  };
}

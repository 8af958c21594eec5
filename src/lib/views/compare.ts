import type { Conflict } from '../conflicts.ts';
import type { Position } from '../../schemas/index.ts';
import type { DimensionConsensus } from '../synthesis/types.ts';
import { favoursLabel } from '../format.ts';
import { plural } from '../text.ts';
import { paths, recordPath } from '../routes.ts';
import type { SearchFacets } from '../search-facets.ts';
import { coverageOf } from '../source-summary.ts';
import type { Link, ViewContext } from './context.ts';
import { conflictLink } from './conflicts.ts';
import { dimensionConsensus } from './positions.ts';

/** One source's cell: its one position (from the synthesis), and the claims behind it, opened in place. */
export interface PositionCellView {
  position: Position;
  /** "3 claims". */
  count: string;
  /** The verdict the source states itself on the dimension, when it does (the position comes from it). */
  stated?: string;
  claims: Link[];
}

/** One row of the matrix (row id = dimension id): the consensus right after the dimension, then a cell per source. */
export interface MatrixRowView {
  id: string;
  title: string;
  anchorLabel: string;
  topic: Link;
  consensus: { kind: DimensionConsensus['kind']; position?: Position; label: string };
  /** One per source, in source order; null when the source does not speak to the dimension. */
  cells: (PositionCellView | null)[];
  /** The disagreements filed under the row, each linking to its callout (opposite verdicts first). */
  disputes: Link[];
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
  decisionHref: string;
  columns: { href: string; short: string; title: string; newest: number }[];
  rows: MatrixRowView[];
}

/** Name of a disagreement in a row: "Opposite verdicts", or the metric (and side) of the figures. */
function disputeName(ctx: ViewContext, c: Conflict): string {
  if (c.kind === 'verdict') return 'Opposite verdicts';
  const metric = (c.metric && ctx.lookup.metric(c.metric)?.title) ?? c.metric ?? 'Figures';
  return c.side && c.side !== 'both' ? `${metric} (${favoursLabel[c.side]})` : metric;
}

function cellOf(ctx: ViewContext, c: DimensionConsensus, source: string): PositionCellView | null {
  const p = c.positions.find((x) => x.source === source);
  if (!p) return null;
  const stated = p.stated ? ctx.kb.verdicts.find((v) => v.id === p.stated)?.summary : undefined;
  const claims = p.claims.flatMap((id) => {
    const claim = ctx.lookup.claim(id);
    return claim ? [{ href: ctx.href(recordPath.claim(claim)), text: claim.text }] : [];
  });
  return { position: p.position, count: plural(claims.length, 'claim'), ...(stated ? { stated } : {}), claims };
}

/** The comparison matrix: per dimension its consensus, each source's position and claims, and its disagreements. */
export function compareView(ctx: ViewContext): CompareView {
  const { kb, href, lookup, synthesis } = ctx;
  const { topics, sides } = coverageOf(kb.claims);
  const consensus = dimensionConsensus(ctx);
  const count = (kind: DimensionConsensus['kind']) => consensus.filter((c) => c.kind === kind).length;
  const rows = consensus.flatMap((c): MatrixRowView[] => {
    const dimension = lookup.dimension(c.dimension);
    if (!dimension) return [];
    const disputes = synthesis.conflicts
      .filter((x) => x.dimension === dimension.id)
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'verdict' ? -1 : 1));
    return [
      {
        id: dimension.id,
        title: dimension.title,
        anchorLabel: `${dimension.title} row`,
        topic: { href: href(paths.topic(dimension.topic)), text: lookup.topicTitle(dimension.topic) },
        consensus: { kind: c.kind, ...(c.position ? { position: c.position } : {}), label: c.label },
        cells: kb.sources.map((s) => cellOf(ctx, c, s.id)),
        disputes: disputes.map((x) => conflictLink(ctx, x, disputeName(ctx, x))),
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
    disputed: rows.filter((r) => r.disputes.length > 0).length,
    sourcesHref: href(paths.sources),
    decisionHref: href(paths.decision),
    columns: kb.sources.map((s) => ({
      href: href(paths.source(s.id)),
      short: s.short,
      title: s.title,
      newest: s.newestYearCited,
    })),
    rows,
  };
}

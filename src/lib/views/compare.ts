import type { Conflict } from '../conflicts.ts';
import { consensusLabel, type Consensus, type ConsensusKind } from '../consensus.ts';
import type { Favours } from '../../schemas/index.ts';
import { favoursLabel } from '../format.ts';
import { paths, recordPath } from '../routes.ts';
import type { SearchFacets } from '../search-facets.ts';
import { coverageOf } from '../source-summary.ts';
import type { Link, ViewContext } from './context.ts';
import { conflictLink } from './conflicts.ts';

/** A matrix cell's claims as numbered links grouped by verdict; numbers run across the groups. */
export type ClaimLinksView = { favours: Favours; claims: { href: string; n: number; label: string }[] }[];

/** The consensus cell of a row and its links to the disagreements on it. */
export interface ConsensusView {
  /** The chip: a verdict, "no majority" for a split, or none. */
  favours?: Favours;
  split: boolean;
  label: string;
  disputes: Link[];
}

/** One row of the comparison matrix (row id = dimension id). */
export interface MatrixRowView {
  id: string;
  title: string;
  anchorLabel: string;
  topic: Link;
  disputed: boolean;
  /** One per source, in source order; null when the source does not cover the dimension. */
  cells: (ClaimLinksView | null)[];
  consensus: ConsensusView;
}

/** /compare/: the matrix and the counts its explanation quotes. */
export interface CompareView {
  search: SearchFacets;
  dimensionCount: number;
  sourceCount: number;
  /** Rows per consensus kind. */
  counts: Record<ConsensusKind, number>;
  /** Rows with at least one disagreement. */
  disputed: number;
  sourcesHref: string;
  columns: { href: string; short: string; title: string; newest: number }[];
  rows: MatrixRowView[];
}

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

/** Name of a disagreement in a consensus cell: "Opposite verdicts", or the metric (and side) of the figures. */
function disputeName(ctx: ViewContext, c: Conflict): string {
  if (c.kind === 'verdict') return 'Opposite verdicts';
  const metric = (c.metric && ctx.lookup.metric(c.metric)?.title) ?? c.metric ?? 'Figures';
  return c.side && c.side !== 'both' ? `${metric} (${favoursLabel[c.side]})` : metric;
}

function consensusView(ctx: ViewContext, consensus: Consensus, disputes: Conflict[]): ConsensusView {
  return {
    ...(consensus.favours ? { favours: consensus.favours } : {}),
    split: consensus.kind === 'split',
    label: consensusLabel(consensus),
    disputes: disputes.map((c) => conflictLink(ctx, c, disputeName(ctx, c))),
  };
}

/** The comparison matrix with each row's consensus and disagreements (opposite verdicts first). */
export function compareView(ctx: ViewContext): CompareView {
  const { kb, href, lookup, synthesis } = ctx;
  const { topics, sides } = coverageOf(kb.claims);
  const count = (kind: ConsensusKind) => synthesis.matrix.filter((r) => r.consensus.kind === kind).length;
  const rows = synthesis.matrix.flatMap((row): MatrixRowView[] => {
    const dimension = lookup.dimension(row.dimension);
    if (!dimension) return [];
    const disputes = synthesis.conflicts
      .filter((c) => c.dimension === dimension.id)
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'verdict' ? -1 : 1));
    return [
      {
        id: dimension.id,
        title: dimension.title,
        anchorLabel: `${dimension.title} row`,
        topic: { href: href(paths.topic(dimension.topic)), text: lookup.topicTitle(dimension.topic) },
        disputed: disputes.length > 0,
        cells: row.cells.map((cell) => (cell.claims.length > 0 ? claimLinks(ctx, cell.claims) : null)),
        consensus: consensusView(ctx, row.consensus, disputes),
      },
    ];
  });
  return {
    search: { type: 'Comparison', sources: kb.sources.map((s) => s.id), topics, sides },
    dimensionCount: kb.dimensions.length,
    sourceCount: kb.sources.length,
    counts: {
      none: count('none'),
      'single-source': count('single-source'),
      'all-agree': count('all-agree'),
      majority: count('majority'),
      split: count('split'),
    },
    disputed: new Set(synthesis.conflicts.flatMap((c) => (c.dimension ? [c.dimension] : []))).size,
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

import type { Position } from '../../schemas/index.ts';
import type { DimensionConsensus, ReviewedCandidate } from '../synthesis/index.ts';
import { positionLabel } from '../synthesis/labels.ts';
import { plural, teaser } from '../text.ts';
import { paths, recordPath } from '../routes.ts';
import type { Link, ViewContext } from './context.ts';
import { conflictLink } from './conflicts.ts';
import { dimensionConsensus } from './positions.ts';

/** One source's cell: its one position (from the synthesis), and the claims behind it, opened in place. */
export interface PositionCellView {
  /** Absent when the source's claims here all give no verdict. */
  position?: Position;
  /** The position in the synthesis' words ("both fit"), for data-position; empty without one. */
  label: string;
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
  dimensionCount: number;
  sourceCount: number;
  /** Rows per consensus kind. */
  counts: Record<DimensionConsensus['kind'], number>;
  /** Rows with at least one disagreement. */
  disputed: number;
  sourcesHref: string;
  decisionHref: string;
  columns: { id: string; href: string; short: string; title: string; newest: number }[];
  rows: MatrixRowView[];
}

/**
 * Claim sentences in a cell are cut to about two lines (the link leads to the whole claim): all of them in full
 * would put /compare/ over its HTML budget (tests/site/budgets.test.ts).
 */
const CLAIM_LINE = 100;
/** A stated verdict gets a little more room: it is what the position rests on first. */
const VERDICT_LINE = 140;
/** A clause break this far in ends the line early (teaser in src/lib/text.ts). */
const CLAIM_MIN = 45;

/** Name of a disagreement in a row: "Opposite positions", or the metric or property compared. */
function disputeName(ctx: ViewContext, c: ReviewedCandidate): string {
  if (c.basis === 'position') return 'Opposite positions';
  if (c.metric) return ctx.lookup.metric(c.metric)?.title ?? c.metric;
  return ctx.kb.properties.find((p) => p.id === c.property)?.title ?? c.title;
}

function cellOf(ctx: ViewContext, c: DimensionConsensus, source: string): PositionCellView | null {
  const p = c.positions.find((x) => x.source === source);
  // A position lists the claims it rests on (the count says how many); claims with no verdict (plain facts) are on
  // the source and topic pages. A source with only such claims on a dimension has no position: its cell lists them.
  const own = ctx.kb.claims.filter((x) => x.source === source && x.dimension === c.dimension).map((x) => x.id);
  const ids = p?.claims.length ? p.claims : own;
  if (ids.length === 0) return null;
  const verdict = p?.stated ? ctx.kb.verdicts.find((v) => v.id === p.stated)?.summary : undefined;
  const stated = verdict && teaser(verdict, CLAIM_MIN, VERDICT_LINE);
  const claims = ids.flatMap((id) => {
    const claim = ctx.lookup.claim(id);
    return claim ? [{ href: ctx.href(recordPath.claim(claim)), text: teaser(claim.text, CLAIM_MIN, CLAIM_LINE) }] : [];
  });
  return {
    ...(p ? { position: p.position } : {}),
    label: p ? positionLabel(p.position) : '',
    count: plural(claims.length, 'claim'),
    ...(stated ? { stated } : {}),
    claims,
  };
}

/** The comparison matrix: per dimension its consensus, each source's position and claims, and its disagreements. */
export function compareView(ctx: ViewContext): CompareView {
  const { kb, href, lookup, synthesis } = ctx;
  const consensus = dimensionConsensus(ctx);
  const count = (kind: DimensionConsensus['kind']) => consensus.filter((c) => c.kind === kind).length;
  const rows = consensus.flatMap((c): MatrixRowView[] => {
    const dimension = lookup.dimension(c.dimension);
    if (!dimension) return [];
    const disputes = synthesis.disagreements
      .filter((x) => x.dimension === dimension.id)
      .sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'position' ? -1 : 1));
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
      id: s.id,
      href: href(paths.source(s.id)),
      short: s.short,
      title: s.title,
      newest: s.newestYearCited,
    })),
    rows,
  };
}

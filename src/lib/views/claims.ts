import type { Claim, ComparisonTable, Favours, Figure } from '../../schemas/index.ts';
import { formatFigure } from '../format.ts';
import { recordPath, rowAnchor } from '../routes.ts';
import { unique } from '../collections.ts';
import type { Link, ViewContext } from './context.ts';
import { sourceBadge, topicLinks, type SourceBadgeView } from './links.ts';

/** A figure as printed beside a claim: the value with the source's markers, then what it measures. */
export interface FigureView {
  value: string;
  /** The subject, with the qualifier in brackets when there is one. */
  subject: string;
}

/** One "Used in" entry of a claim: a prefix, its links, and a suffix (the FAQ label). */
export interface UseView {
  prefix: string;
  suffix?: string;
  links: Link[];
}

/** What ClaimItem renders for one claim. */
export interface ClaimView {
  id: string;
  text: string;
  /** Name of the claim for the permalink's label. */
  anchorLabel: string;
  figures: FigureView[];
  context?: string;
  favours: Favours;
  /** Absent on the claim's own walkthrough. */
  source?: SourceBadgeView;
  dimension?: Link;
  topics: Link[];
  /** FAQs, when-not items, benchmarks and table rows that use the claim. */
  usedIn: UseView[];
}

/** A figure with the source's markers, and its subject and qualifier. */
export function figureView(f: Figure): FigureView {
  return { value: formatFigure(f), subject: `${f.subject}${f.qualifier ? ` (${f.qualifier})` : ''}` };
}

/** The label of a table row: the cell of its first column, or its id. */
function rowLabel(table: ComparisonTable | undefined, rowId: string): string {
  const head = table?.columns[0]?.id;
  if (!table || !head) return rowId;
  return table.rows.find((r) => r.id === rowId)?.cells[head] || rowId;
}

/** Where a claim is used: one entry per FAQ, when-not item and benchmark, and one per table with its rows. */
function usesOf(ctx: ViewContext, claim: Claim): UseView[] {
  const { href, lookup } = ctx;
  const rel = ctx.relations.get(claim.id);
  if (!rel) return [];
  return [
    // The FAQ label follows the question: a question may be printed as the source printed it, and a word of ours
    // after it keeps it from running into the next claim's text as one long quotation.
    ...rel.faqs.map((id) => ({
      prefix: '',
      suffix: ' (FAQ)',
      links: [{ href: href(recordPath.faq({ id })), text: lookup.faq(id)?.question ?? id }],
    })),
    ...rel.whenNot.map((id) => ({
      prefix: 'When not: ',
      links: [{ href: href(recordPath.whenNot({ id })), text: lookup.whenNot(id)?.title ?? id }],
    })),
    ...rel.benchmarks.map((id) => ({
      prefix: 'Benchmark: ',
      links: [{ href: href(recordPath.benchmark({ id })), text: lookup.benchmark(id)?.title ?? id }],
    })),
    ...unique(rel.rows.map(([t]) => t)).map((t) => ({
      prefix: `Table “${lookup.table(t)?.title ?? t}”: `,
      links: rel.rows
        .filter(([x]) => x === t)
        .map(([, r]) => ({
          // The row lives on its table's walkthrough, which is not always the claim's own.
          href: href(recordPath.row({ id: t, source: lookup.table(t)?.source ?? claim.source }, r)),
          text: rowLabel(lookup.table(t), r),
        })),
    })),
  ];
}

/** One claim as rendered anywhere: figures, verdict, source badge, dimension and topic badges, and where it is used. */
export function claimView(ctx: ViewContext, claim: Claim, { showSource = true } = {}): ClaimView {
  const dimension = ctx.lookup.dimension(claim.dimension);
  return {
    id: claim.id,
    text: claim.text,
    // The link sits in the claim's own paragraph, which gives it its context (WCAG 2.4.4); repeating the claim
    // in every label cost about 0.7 KB of brotli on a source page.
    anchorLabel: 'this claim',
    figures: claim.figures.map(figureView),
    ...(claim.context ? { context: claim.context } : {}),
    favours: claim.favours,
    ...(showSource ? { source: sourceBadge(ctx, claim.source, claim.id) } : {}),
    ...(dimension ? { dimension: { href: ctx.href(recordPath.dimension(dimension)), text: dimension.title } } : {}),
    topics: topicLinks(ctx, claim.topics),
    usedIn: usesOf(ctx, claim),
  };
}

/** What DataTable renders for one of a source's tables. */
export interface TableView {
  id: string;
  title: string;
  summary: string;
  captionId: string;
  columns: { label: string; class?: string }[];
  rows: {
    /** The row's stable anchor (table id and row id). */
    anchor: string;
    label: string;
    anchorLabel: string;
    /** The cells after the first. */
    cells: string[];
    favours?: Favours;
    /** Numbered links to the row's claims. */
    claims: { href: string; n: number }[];
  }[];
}

/** A source's table with stable row anchors and links to each row's claims. */
export function tableView(ctx: ViewContext, table: ComparisonTable): TableView {
  const [head, ...rest] = table.columns;
  if (!head) throw new Error(`${table.id}: a table needs columns`);
  return {
    id: table.id,
    title: table.title,
    summary: table.summary,
    captionId: `${table.id}-caption`,
    columns: table.columns.map((c) => ({ label: c.label, ...(c.side ? { class: `col-${c.side}` } : {}) })),
    rows: table.rows.map((row) => {
      const label = row.cells[head.id] ?? row.id;
      return {
        anchor: rowAnchor(table.id, row.id),
        label,
        // The link shares its cell with the row's heading, which gives it its context.
        anchorLabel: label,
        cells: rest.map((c) => row.cells[c.id] ?? ''),
        ...(row.favours ? { favours: row.favours } : {}),
        claims: row.claims.map((id, i) => ({
          href: ctx.href(recordPath.claim({ id, source: table.source })),
          n: i + 1,
        })),
      };
    }),
  };
}

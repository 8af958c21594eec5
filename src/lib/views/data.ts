import { datasets } from '../datasets/definitions.ts';
import { LICENCE_NOTE } from '../datasets/documents.ts';
import { summariseDataset, type DatasetSummary } from '../datasets/summary.ts';
import { formatNumber } from '../format.ts';
import { plural } from '../text.ts';
import type { ViewContext } from './context.ts';
import { sourceBadge, type SourceBadgeView } from './links.ts';

/** One dataset on /data/: its summary with finished links and credits. */
export interface DatasetView extends Omit<DatasetSummary, 'files' | 'sources'> {
  files: { json: string; csv: string; schema: string };
  /** The count for the index table ("1,204"), and in words ("1,204 records"). */
  countCell: string;
  records: string;
  /** "1,300 rows", when the CSV splits records into more rows. */
  csvRowsText?: string;
  sources: { badge: SourceBadgeView; records: string }[];
}

/** /data/: every dataset with its files, credits and fields, and the metrics with their tolerances. */
export interface DataPageView {
  /** "1,204 records". */
  total: string;
  licence: string;
  llms: string;
  sitemap: string;
  datasets: DatasetView[];
  metrics: { id: string; title: string; unit: string; tolerance: string; better: string }[];
}

export function dataPageView(ctx: ViewContext): DataPageView {
  const { kb, href } = ctx;
  const summaries = datasets.map((d) => summariseDataset(d, kb, { urlOf: ctx.absoluteHref, synthesis: ctx.synthesis }));
  return {
    total: plural(
      summaries.reduce((n, s) => n + s.count, 0),
      'record',
    ),
    licence: LICENCE_NOTE,
    llms: href('llms.txt'),
    sitemap: href('sitemap.xml'),
    datasets: summaries.map((s) => ({
      ...s,
      files: { json: href(s.files.json), csv: href(s.files.csv), schema: href(s.files.schema) },
      countCell: formatNumber(s.count),
      records: plural(s.count, 'record'),
      ...(s.csvRows !== s.count ? { csvRowsText: plural(s.csvRows, 'row') } : {}),
      sources: s.sources.map((src) => ({ badge: sourceBadge(ctx, src.id), records: plural(src.count, 'record') })),
    })),
    metrics: kb.metrics.map((m) => ({
      id: `metric-${m.id}`,
      title: m.title,
      unit: m.unit,
      tolerance: `${formatNumber(m.tolerance * 100)} %`,
      better: m.higherIsBetter ? 'higher' : 'lower',
    })),
  };
}

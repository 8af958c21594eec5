import type { Favours } from '../../schemas/index.ts';
import type { BarGroupInput } from '../bar-chart.ts';
import { chartModel, type ChartModel } from '../chart-panels.ts';
import { groupBenchmarks, hasFigures, type BenchmarkFigures, type MetricGroup } from '../benchmark-groups.ts';
import { formatFigure } from '../format.ts';
import { paths, recordPath } from '../routes.ts';
import type { Link, ViewContext } from './context.ts';
import { calloutView, conflictLink, type CalloutView } from './conflicts.ts';
import { sourceBadge, topicLinks, type SourceBadgeView } from './links.ts';

/** A chart drawn at build time: HTML title, note and labels, SVG only for the marks (src/lib/chart-panels.ts). */
export interface ChartView {
  id: string;
  title: string;
  model: ChartModel;
}

/** One benchmark under its own id. */
export interface BenchmarkEntryView {
  id: string;
  title: string;
  sourceShort: string;
  badge: SourceBadgeView;
  winner: Exclude<Favours, 'depends'>;
  winnerNote?: string;
  setup: string;
  conditions?: string;
  claim?: Link & { topics: Link[] };
}

/** One metric on /benchmarks/. */
export interface MetricView {
  anchor: string;
  title: string;
  /** Present when the metric's benchmarks were run under different setups. */
  setups?: { href: string; source: string; setup: string }[];
  /** The reviewed disagreements on these figures (their callouts live on topic pages). */
  conflicts: Link[];
  /** Candidates on these figures reviewed as not comparable, shown here as notes (never as disagreements). */
  notes: CalloutView[];
  /** Absent when the sources compare in words only. */
  chart?: ChartView;
  table?: {
    captionId: string;
    caption: string;
    rows: {
      subject: string;
      stack: string;
      figure: string;
      conditions: string;
      badge: SourceBadgeView;
      setupHref: string;
      /** Screen-reader text of the setup link. */
      setupLabel: string;
    }[];
  };
  entries: BenchmarkEntryView[];
}

/** /benchmarks/. */
export interface BenchmarksView {
  count: number;
  /** Short names of the sources with benchmarks, "A and B". */
  names: string;
  topicsHref: string;
  toc: { id: string; label: string }[];
  metrics: MetricView[];
}

const sideName = { django: 'Django', node: 'Node.js', both: 'Both' } as const;

function entryView(ctx: ViewContext, { benchmark: b }: BenchmarkFigures): BenchmarkEntryView {
  const claim = ctx.lookup.claim(b.claim);
  return {
    id: b.id,
    title: b.title,
    sourceShort: ctx.lookup.sourceShort(b.source),
    badge: sourceBadge(ctx, b.source, b.claim),
    winner: b.winner,
    ...(b.winnerNote ? { winnerNote: b.winnerNote } : {}),
    setup: b.setup,
    ...(b.conditions ? { conditions: b.conditions } : {}),
    ...(claim
      ? { claim: { href: ctx.href(recordPath.claim(claim)), text: claim.text, topics: topicLinks(ctx, claim.topics) } }
      : {}),
  };
}

function chartView(ctx: ViewContext, group: MetricGroup, anchor: string): ChartView {
  const { metric } = group;
  const groups: BarGroupInput[] = group.items
    .filter((i) => i.figures.length > 0)
    .map((i) => ({
      label: `${ctx.lookup.sourceShort(i.benchmark.source)}: ${i.benchmark.title}`,
      bars: i.figures.map((f) => ({
        label: f.subject,
        value: f.value,
        ...(f.high === undefined ? {} : { high: f.high }),
        side: f.side,
        valueLabel: formatFigure(f),
      })),
    }));
  return {
    id: `${anchor}-chart`,
    title: `${metric.title} (${metric.unit}), by source`,
    model: chartModel(groups, { sameSetup: !group.setupsDiffer, isRatio: metric.unit === 'x' }),
  };
}

function metricView(ctx: ViewContext, group: MetricGroup): MetricView {
  const { metric } = group;
  const anchor = `metric-${metric.id}`;
  const short = ctx.lookup.sourceShort;
  const charted = hasFigures(group);
  return {
    anchor,
    title: metric.title,
    ...(group.setupsDiffer
      ? {
          setups: group.items.map((i) => ({
            href: `#${i.benchmark.id}`,
            source: short(i.benchmark.source),
            setup: i.benchmark.setup,
          })),
        }
      : {}),
    conflicts: ctx.synthesis.disagreements.filter((c) => c.metric === metric.id).map((c) => conflictLink(ctx, c)),
    notes: ctx.synthesis.notComparable.filter((c) => c.metric === metric.id).map((c) => calloutView(ctx, c)),
    ...(charted
      ? {
          chart: chartView(ctx, group, anchor),
          table: {
            captionId: `${anchor}-data-caption`,
            caption: `Chart data: ${metric.title} (${metric.unit})`,
            rows: group.items.flatMap((i) =>
              i.figures.map((f) => ({
                subject: f.subject,
                stack: sideName[f.side],
                figure: formatFigure(f),
                conditions: f.qualifier ?? 'none given',
                badge: sourceBadge(ctx, i.benchmark.source, i.benchmark.claim),
                setupHref: `#${i.benchmark.id}`,
                setupLabel: ` of ${i.benchmark.title}, ${short(i.benchmark.source)}`,
              })),
            ),
          },
        }
      : {}),
    entries: group.items.map((i) => entryView(ctx, i)),
  };
}

/** Every benchmark, one section per metric: chart, data table, setup warnings and disagreements. */
export function benchmarksView(ctx: ViewContext): BenchmarksView {
  const { kb, lookup } = ctx;
  const sourceOrder = kb.sources.map((s) => s.id);
  const groups = groupBenchmarks(kb.benchmarks, kb.claims, kb.metrics, sourceOrder);
  const sources = sourceOrder.filter((id) => kb.benchmarks.some((b) => b.source === id));
  const metrics = groups.map((g) => metricView(ctx, g));
  return {
    count: kb.benchmarks.length,
    names: sources.map(lookup.sourceShort).join(' and '),
    topicsHref: ctx.href(paths.topics),
    toc: metrics.map((m) => ({ id: m.anchor, label: m.title })),
    metrics,
  };
}

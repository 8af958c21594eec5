import type { Benchmark, Claim, Figure, Metric } from '../schemas/index.ts';

/** One benchmark with the figures of its claim that belong to its metric. */
export interface BenchmarkFigures {
  benchmark: Benchmark;
  /** Empty for a qualitative benchmark (the source gives a verdict, no number). */
  figures: Figure[];
}

/** All benchmarks of one metric: one chart on /benchmarks/. */
export interface MetricGroup {
  metric: Metric;
  items: BenchmarkFigures[];
  /** Source ids in source order. */
  sources: string[];
  /**
   * True when the group's benchmarks describe more than one setup (a one-core Fastify run against TechEmpower
   * Round 23, a serverless cold start against process startup). The page then warns that bars of different
   * setups are not like for like.
   */
  setupsDiffer: boolean;
}

/**
 * Groups benchmarks by metric: metrics with figures first, then those with more sources, then by title; each group's
 * benchmarks in source order, then input order.
 * Throws a clear error when a benchmark names a claim or metric that does not exist.
 */
export function groupBenchmarks(
  benchmarks: readonly Benchmark[],
  claims: readonly Claim[],
  metrics: readonly Metric[],
  sourceOrder: readonly string[],
): MetricGroup[] {
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const rank = (source: string) => {
    const i = sourceOrder.indexOf(source);
    return i === -1 ? sourceOrder.length : i;
  };
  const byMetric = new Map<string, BenchmarkFigures[]>();
  for (const b of benchmarks) {
    const claim = claimById.get(b.claim);
    if (!claim) throw new Error(`benchmark ${b.id}: claim "${b.claim}" does not exist`);
    if (!metrics.some((m) => m.id === b.metric))
      throw new Error(`benchmark ${b.id}: metric "${b.metric}" does not exist`);
    const item = { benchmark: b, figures: claim.figures.filter((f) => f.metric === b.metric) };
    byMetric.set(b.metric, [...(byMetric.get(b.metric) ?? []), item]);
  }
  const groups = metrics.flatMap((metric) => {
    const items = byMetric.get(metric.id);
    if (!items) return [];
    // Stable sort: file order is kept within a source.
    items.sort((a, b) => rank(a.benchmark.source) - rank(b.benchmark.source));
    const sources = [...new Set(items.map((i) => i.benchmark.source))];
    const setups = new Set(items.map((i) => i.benchmark.setup));
    return [{ metric, items, sources, setupsDiffer: setups.size > 1 }];
  });
  // Charted metrics first, those several sources measured before the rest, then by title, so the order never
  // depends on how the records were loaded.
  return groups.sort(
    (a, b) =>
      Number(hasFigures(b)) - Number(hasFigures(a)) ||
      b.sources.length - a.sources.length ||
      a.metric.title.localeCompare(b.metric.title, 'en'),
  );
}

/** True when the group has at least one figure to draw. */
export function hasFigures(group: MetricGroup): boolean {
  return group.items.some((i) => i.figures.length > 0);
}

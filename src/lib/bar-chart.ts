/**
 * The inputs and scales of the charts on /benchmarks/ (their model is src/lib/chart-panels.ts): nice axis maxima,
 * the choice between one linear axis and a span that needs more than one, and positions on a scale. Pure.
 */

/** One bar: a figure of one stack. */
export interface BarInput {
  /** What was measured, e.g. "Node.js with Fastify". */
  label: string;
  /** The value (low end of a range). Must be finite and not negative. */
  value: number;
  /** Upper end of a range, drawn as a lighter extension. */
  high?: number;
  /** Drives the colour class. */
  side: 'django' | 'node' | 'both';
  /** The figure as the source states it, e.g. "~120,000 req/s". */
  valueLabel: string;
}

/** A group of bars sharing a heading, e.g. one source's benchmark. */
export interface BarGroupInput {
  label: string;
  bars: BarInput[];
}

export interface Scale {
  kind: 'linear' | 'log';
  min: number;
  max: number;
  ticks: number[];
}

/** Values spanning more than 20 times do not share one linear axis: chooseScale reads them as `log`, chart-panels splits them. */
export const LOG_THRESHOLD = 20;

/** The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at least n. 0 for n <= 0. */
export function niceCeil(n: number): number {
  if (n <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= n * (1 - 1e-12)) ?? 10;
  return step * power;
}

/**
 * The scale for a set of values: linear from zero, or log10 when they span more than `logThreshold` times
 * (so a 45,000 bar stays visible beside a 1,300,000 one). Log ticks fall on powers of ten.
 * Throws a clear error on a negative or non-finite value.
 */
export function chooseScale(values: readonly number[], logThreshold = LOG_THRESHOLD): Scale {
  const bad = values.find((v) => !Number.isFinite(v) || v < 0);
  if (bad !== undefined) throw new Error(`bar chart: values must be finite and not negative, got ${bad}`);
  const positive = values.filter((v) => v > 0);
  const top = Math.max(0, ...values);
  const low = Math.min(...positive);
  if (positive.length > 1 && top / low > logThreshold) {
    const min = 10 ** Math.floor(Math.log10(low));
    const ticks: number[] = [];
    for (let t = min; t <= top * (1 + 1e-9); t *= 10) ticks.push(t);
    return { kind: 'log', min, max: top, ticks };
  }
  const max = niceCeil(top) || 1;
  return { kind: 'linear', min: 0, max, ticks: [0, 1, 2, 3, 4, 5].map((i) => (max * i) / 5) };
}

/** Distance of a value from the scale's start, as a fraction 0-1 (clamped). */
export function fraction(scale: Scale, value: number): number {
  const f =
    scale.kind === 'log'
      ? value <= scale.min
        ? 0
        : Math.log10(value / scale.min) / Math.log10(scale.max / scale.min)
      : value / scale.max;
  return Math.min(1, Math.max(0, Number.isFinite(f) ? f : 0));
}

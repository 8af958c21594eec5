/**
 * Geometry of the static horizontal bar charts on /benchmarks/: scales, ticks, label wrapping and the position of
 * every rectangle and text, in SVG user units. Pure: the Astro component only maps the result to SVG elements,
 * styled by classes (the strict CSP forbids inline styles).
 */
import { formatCompact } from './format.ts';

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

export interface ChartOptions {
  /** Width of the viewBox in user units. Default 340 (close to a phone's width, so text stays legible). */
  width?: number;
  /** Use a log scale when the largest value is more than this many times the smallest. Default 20. */
  logThreshold?: number;
  /** A value to mark with a dashed reference line, e.g. 1 for ratios ("same as the other stack"). */
  reference?: number;
  /** A note under the axis explaining the reference line, e.g. "Dashed line: 1×, both stacks equal." */
  referenceLabel?: string;
}

export interface ChartText {
  x: number;
  y: number;
  text: string;
  cls: string;
  anchor?: 'start' | 'middle' | 'end';
}
export interface ChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
  cls: string;
}
export interface ChartLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  cls: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  scale: Scale;
  texts: ChartText[];
  rects: ChartRect[];
  lines: ChartLine[];
}

/** Default for `logThreshold`: a log scale once the largest value is more than 20 times the smallest. */
export const LOG_THRESHOLD = 20;

/** Sizes in user units. Text widths are estimated from an average glyph width of 0.56 em. */
const size = { pad: 8, group: 15, label: 14, tick: 13, line: 1.3, bar: 14, gap: 8, groupGap: 14, glyph: 0.56 } as const;

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

/** Splits text into lines of at most `maxChars`, at spaces; a single longer word gets its own line. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out a chart: per group a heading, per bar a "label: value" line and the bar; then the axis and ticks. */
export function layoutChart(groups: readonly BarGroupInput[], options: ChartOptions = {}): ChartLayout {
  const width = options.width ?? 340;
  const values = groups.flatMap((g) => g.bars.flatMap((b) => [b.value, ...(b.high === undefined ? [] : [b.high])]));
  const scale = chooseScale(
    options.reference === undefined ? values : [...values, options.reference],
    options.logThreshold,
  );
  const x0 = size.pad;
  const plot = width - 2 * size.pad;
  const xOf = (v: number) => round(x0 + fraction(scale, v) * plot);
  const chars = (font: number) => Math.floor(plot / (font * size.glyph));
  const texts: ChartText[] = [];
  const rects: ChartRect[] = [];
  const lines: ChartLine[] = [];
  let y = size.pad;
  const addLines = (text: string, font: number, cls: string) => {
    for (const t of wrapText(text, chars(font))) {
      y += font * size.line;
      texts.push({ x: x0, y: round(y - font * 0.3), text: t, cls });
    }
  };
  const top = y;
  groups.forEach((g, i) => {
    if (i > 0) y += size.groupGap;
    addLines(g.label, size.group, 'chart-group');
    y += 4;
    for (const b of g.bars) {
      addLines(`${b.label}: ${b.valueLabel}`, size.label, 'chart-label');
      y += 3;
      const end = xOf(b.value);
      // A non-zero value always gets a visible sliver.
      rects.push({
        x: x0,
        y: round(y),
        width: b.value > 0 ? Math.max(2, round(end - x0)) : 0,
        height: size.bar,
        cls: `bar bar-${b.side}`,
      });
      if (b.high !== undefined && b.high > b.value) {
        rects.push({
          x: end,
          y: round(y),
          width: round(xOf(b.high) - end),
          height: size.bar,
          cls: `bar bar-range bar-${b.side}`,
        });
      }
      y += size.bar + size.gap;
    }
  });
  const axis = round(y);
  for (const t of scale.ticks) {
    const x = xOf(t);
    lines.push({ x1: x, y1: top, x2: x, y2: axis, cls: 'chart-grid' });
    texts.push({ x, y: round(axis + size.tick * 1.2), text: formatCompact(t), cls: 'chart-tick', anchor: 'middle' });
  }
  lines.push({ x1: x0, y1: axis, x2: x0 + plot, y2: axis, cls: 'chart-axis' });
  // Tick labels at the edges would be clipped when centred.
  const first = texts.find((t) => t.cls === 'chart-tick');
  if (first) first.anchor = 'start';
  const ticks = texts.filter((t) => t.cls === 'chart-tick');
  const last = ticks[ticks.length - 1];
  if (last && last !== first && last.x >= x0 + plot - 1) last.anchor = 'end';
  y = axis + size.tick * 1.6;
  if (options.reference !== undefined) {
    const x = xOf(options.reference);
    lines.push({ x1: x, y1: top, x2: x, y2: axis, cls: 'chart-reference' });
    if (options.referenceLabel) addLines(options.referenceLabel, size.tick, 'chart-note');
  }
  if (scale.kind === 'log') addLines('Log scale: each gridline is ten times the one before.', size.tick, 'chart-note');
  return { width, height: round(y + size.pad), scale, texts, rects, lines };
}

/** A text alternative for the whole chart: every group and bar with its stated value, and the scale. */
export function describeChart(groups: readonly BarGroupInput[], scale: Scale): string {
  const parts = groups.map((g) => `${g.label}: ${g.bars.map((b) => `${b.label} ${b.valueLabel}`).join('; ')}.`);
  const note = scale.kind === 'log' ? ' Bars use a logarithmic scale.' : '';
  return `${parts.join(' ')}${note}`;
}

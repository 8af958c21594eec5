/**
 * The honest chart model of /benchmarks/ (issue 14): positions as percentages for SVG that stretches to the full
 * width while its text stays HTML. One shared linear axis when every figure was measured under one setup and the
 * values span less than LOG_THRESHOLD times; otherwise one panel per source, each on its own linear axis from zero,
 * drawn as dots, with that source's own Node.js/Django ratio printed, so figures from different setups are never read
 * on one scale. Pure.
 */
import { chooseScale, LOG_THRESHOLD, type BarGroupInput } from './bar-chart.ts';
import { formatCompact, formatNumber } from './format.ts';

export interface PanelRow {
  label: string;
  valueLabel: string;
  side: 'django' | 'node' | 'both';
  /** Where the value sits, 0–100 (% of the axis). */
  at: number;
  /** Where the upper end of a range sits, when it has one. */
  highAt?: number;
}

export interface ChartPanel {
  /** The group's heading (source and benchmark), in HTML. */
  label: string;
  /** This panel's own Node.js/Django ratio, e.g. "Node.js ÷ Django: 2.7×", when it has one figure of each. */
  ratio?: string;
  ticks: { at: number; label: string }[];
  rows: PanelRow[];
}

export interface ChartModel {
  /** `bars` on one shared axis, or `dots` with a linear axis per panel. */
  mode: 'bars' | 'dots';
  panels: ChartPanel[];
  /** Position of a dashed reference line (1× for ratios), 0–100, per panel axis; absent when none. */
  reference?: number[];
  /** What the reader must know about the axes, in words. */
  note: string;
}

const pct = (v: number, max: number) => Math.round(Math.min(1, Math.max(0, v / max)) * 1000) / 10;

function ratioOf(g: BarGroupInput): string | undefined {
  const django = g.bars.find((b) => b.side === 'django');
  const node = g.bars.find((b) => b.side === 'node');
  if (!django || !node || django.value <= 0) return undefined;
  return `Node.js ÷ Django: ${formatNumber(Math.round((node.value / django.value) * 10) / 10)}×`;
}

function panel(g: BarGroupInput, max: number, ticks: number[], ratios: boolean): ChartPanel {
  const ratio = ratios ? ratioOf(g) : undefined;
  return {
    label: g.label,
    ...(ratio ? { ratio } : {}),
    ticks: ticks.map((t) => ({ at: pct(t, max), label: formatCompact(t) })),
    rows: g.bars.map((b) => ({
      label: b.label,
      valueLabel: b.valueLabel,
      side: b.side,
      at: pct(b.value, max),
      ...(b.high !== undefined && b.high > b.value ? { highAt: pct(b.high, max) } : {}),
    })),
  };
}

/**
 * The chart of one metric. `sameSetup`: every figure was measured under one setup; `isRatio`: the figures are
 * ratios already (no ratio of ratios is printed; a reference line marks 1×).
 */
export function chartModel(
  groups: readonly BarGroupInput[],
  { sameSetup, isRatio }: { sameSetup: boolean; isRatio: boolean },
): ChartModel {
  const values = groups.flatMap((g) => g.bars.flatMap((b) => [b.value, ...(b.high === undefined ? [] : [b.high])]));
  const shared = chooseScale(isRatio ? [...values, 1] : values, LOG_THRESHOLD);
  if (sameSetup && shared.kind === 'linear') {
    const panels = groups.map((g) => panel(g, shared.max, shared.ticks, !isRatio));
    return {
      mode: 'bars',
      panels,
      ...(isRatio ? { reference: panels.map(() => pct(1, shared.max)) } : {}),
      note: isRatio
        ? 'One linear axis from zero; the dashed line marks 1×, both stacks the same.'
        : 'One linear axis from zero for every bar: all figures come from one setup.',
    };
  }
  const panels = groups.map((g) => {
    const own = chooseScale(
      g.bars.flatMap((b) => [b.value, b.high ?? 0, ...(isRatio ? [1] : [])]),
      Infinity,
    );
    return { p: panel(g, own.max, own.ticks, !isRatio), max: own.max };
  });
  return {
    mode: 'dots',
    panels: panels.map((x) => x.p),
    ...(isRatio ? { reference: panels.map((x) => pct(1, x.max)) } : {}),
    note: sameSetup
      ? 'The figures span orders of magnitude, so each source has its own linear axis from zero: compare within a panel, and read the ratio printed beside it.'
      : 'Measured under different setups, so each source has its own linear axis from zero: compare the two stacks within a panel, never dots across panels.',
  };
}

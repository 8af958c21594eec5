import { describe, expect, test } from 'vitest';
import { chartModel } from '../../src/lib/chart-panels.ts';
import type { BarGroupInput } from '../../src/lib/bar-chart.ts';

const group = (label: string, django: number, node: number): BarGroupInput => ({
  label,
  bars: [
    { label: 'Django', value: django, side: 'django', valueLabel: `${django}` },
    { label: 'Node.js', value: node, side: 'node', valueLabel: `${node}` },
  ],
});

describe('chartModel', () => {
  test('one setup and a narrow span: bars on one shared linear axis from zero, a 2.7× gap drawn as 2.7×', () => {
    const m = chartModel([group('A', 10_000, 27_000)], { sameSetup: true, isRatio: false });
    expect(m.mode).toBe('bars');
    const [d, n] = m.panels[0]?.rows ?? [];
    expect((n?.at ?? 0) / (d?.at ?? 1)).toBeCloseTo(2.7);
    expect(m.panels[0]?.ticks[0]).toEqual({ at: 0, label: '0' });
    expect(m.panels[0]?.ratio).toBe('Node.js ÷ Django: 2.7×');
  });

  test.each([
    ['different setups', [group('A', 20, 30), group('B', 25, 35)], false],
    ['orders of magnitude on one setup', [group('A', 1_000, 2_000), group('B', 500_000, 1_300_000)], true],
  ])('%s: a dot panel per source, each on its own linear axis, with its own ratio', (_name, groups, sameSetup) => {
    const m = chartModel(groups, { sameSetup, isRatio: false });
    expect(m.mode).toBe('dots');
    // Each panel's largest value sits within its own axis, never squashed against another source's.
    for (const p of m.panels) expect(Math.max(...p.rows.map((r) => r.at))).toBeGreaterThan(50);
    // BarChart draws the gridlines as a CSS background in fifths, so every axis must tick at fifths.
    for (const p of m.panels) expect(p.ticks.map((t) => t.at)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(m.panels.every((p) => p.ratio?.startsWith('Node.js ÷ Django: '))).toBe(true);
  });

  test('ratios: a reference line at 1× on each axis and no ratio of ratios; a zero Django value prints no ratio', () => {
    const ratio = chartModel([{ label: 'R', bars: [{ label: 'x', value: 2.5, side: 'both', valueLabel: '2.5×' }] }], {
      sameSetup: true,
      isRatio: true,
    });
    expect(ratio.reference).toEqual([40]);
    expect(ratio.panels[0]?.ratio).toBeUndefined();
    expect(chartModel([group('Z', 0, 5)], { sameSetup: true, isRatio: false }).panels[0]?.ratio).toBeUndefined();
  });
});

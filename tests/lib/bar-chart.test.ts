import { describe, expect, test } from 'vitest';
import {
  chooseScale,
  describeChart,
  fraction,
  layoutChart,
  niceCeil,
  wrapText,
  type BarGroupInput,
  type Scale,
} from '../../src/lib/bar-chart.ts';

describe('niceCeil', () => {
  test.each([
    [0, 0],
    [-3, 0],
    [1, 1],
    [1.2, 2],
    [2, 2],
    [2.1, 2.5],
    [3, 5],
    [7, 10],
    [800, 1000],
    [180, 200],
    [50000, 50000],
    [8500, 10000],
    [1_300_000, 2_000_000],
  ])('%d -> %d', (n, nice) => {
    expect(niceCeil(n)).toBe(nice);
  });
});

describe('chooseScale', () => {
  test.each<[string, number[], number | undefined, Scale]>([
    ['linear from zero', [75, 180], undefined, { kind: 'linear', min: 0, max: 200, ticks: [0, 40, 80, 120, 160, 200] }],
    [
      'ten times apart stays linear',
      [5000, 50000],
      undefined,
      { kind: 'linear', min: 0, max: 50000, ticks: [0, 10000, 20000, 30000, 40000, 50000] },
    ],
    ['one value', [3], undefined, { kind: 'linear', min: 0, max: 5, ticks: [0, 1, 2, 3, 4, 5] }],
    ['all zero', [0, 0], undefined, { kind: 'linear', min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] }],
    ['no values', [], undefined, { kind: 'linear', min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] }],
    [
      'orders of magnitude go log',
      [45000, 120000, 880000, 1_300_000],
      undefined,
      { kind: 'log', min: 10000, max: 1_300_000, ticks: [10000, 100000, 1_000_000] },
    ],
    ['a lower threshold', [75, 800], 10, { kind: 'log', min: 10, max: 800, ticks: [10, 100] }],
    [
      'zeros are ignored for the log decision',
      [0, 100, 5000],
      undefined,
      { kind: 'log', min: 100, max: 5000, ticks: [100, 1000] },
    ],
  ])('%s', (_name, values, threshold, scale) => {
    expect(chooseScale(values, threshold)).toEqual(scale);
  });

  test.each([[[-1]], [[Number.NaN]], [[Infinity, 2]]])('rejects %j with a clear message', (values) => {
    expect(() => chooseScale(values)).toThrow('values must be finite and not negative');
  });
});

describe('fraction', () => {
  const linear: Scale = { kind: 'linear', min: 0, max: 200, ticks: [] };
  const log: Scale = { kind: 'log', min: 100, max: 10000, ticks: [] };
  test.each<[Scale, number, number]>([
    [linear, 0, 0],
    [linear, 100, 0.5],
    [linear, 200, 1],
    [linear, 400, 1],
    [log, 100, 0],
    [log, 50, 0],
    [log, 1000, 0.5],
    [log, 10000, 1],
  ])('%j at %d -> %d', (scale, value, f) => {
    expect(fraction(scale, value)).toBeCloseTo(f, 10);
  });
});

describe('wrapText', () => {
  test.each<[string, number, string[]]>([
    ['short', 10, ['short']],
    ['Node.js with Fastify: ~120,000 req/s', 21, ['Node.js with Fastify:', '~120,000 req/s']],
    ['a b c d', 3, ['a b', 'c d']],
    ['averyveryverylongword x', 5, ['averyveryverylongword', 'x']],
    ['  spaced   out  ', 40, ['spaced out']],
    ['', 10, []],
  ])('%j at %d', (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });
});

const groups: BarGroupInput[] = [
  {
    label: 'Source A',
    bars: [
      { label: 'Django', value: 100, side: 'django', valueLabel: '100 ms' },
      { label: 'Node.js', value: 50, high: 150, side: 'node', valueLabel: '50–150 ms' },
    ],
  },
];

describe('layoutChart', () => {
  const chart = layoutChart(groups, { width: 216 });
  test('bars start at the padding and scale with their value', () => {
    // plot width 200 on a 0-200 linear scale: one unit per value.
    expect(chart.rects).toEqual([
      { x: 8, y: 52.7, width: 100, height: 14, cls: 'bar bar-django' },
      { x: 8, y: 95.9, width: 50, height: 14, cls: 'bar bar-node' },
      { x: 58, y: 95.9, width: 100, height: 14, cls: 'bar bar-range bar-node' },
    ]);
  });

  test('texts: group heading, one line per bar, ticks anchored inside the edges', () => {
    expect(chart.texts.map((t) => [t.cls, t.text, t.anchor])).toEqual([
      ['chart-group', 'Source A', undefined],
      ['chart-label', 'Django: 100 ms', undefined],
      ['chart-label', 'Node.js: 50–150 ms', undefined],
      ['chart-tick', '0', 'start'],
      ['chart-tick', '40', 'middle'],
      ['chart-tick', '80', 'middle'],
      ['chart-tick', '120', 'middle'],
      ['chart-tick', '160', 'middle'],
      ['chart-tick', '200', 'end'],
    ]);
    expect(chart.height).toBeGreaterThan(110);
  });

  test('a zero value draws no bar; a tiny one still shows', () => {
    const c = layoutChart(
      [
        {
          label: 'g',
          bars: [
            { label: 'a', value: 0, side: 'both', valueLabel: '0' },
            { label: 'b', value: 1000, side: 'node', valueLabel: '1000' },
            { label: 'c', value: 1, side: 'django', valueLabel: '1' },
          ],
        },
      ],
      { logThreshold: 10_000 },
    );
    expect(c.rects.map((r) => r.width)).toEqual([0, 324, 2]);
  });

  test('a reference line with its note, and the log-scale note', () => {
    const c = layoutChart([{ label: 'g', bars: [{ label: 'x', value: 30, side: 'node', valueLabel: '30×' }] }], {
      reference: 1,
      referenceLabel: 'Dashed: equal.',
    });
    expect(c.scale.kind).toBe('log');
    expect(c.lines.filter((l) => l.cls === 'chart-reference')).toEqual([
      { x1: 8, y1: 8, x2: 8, y2: expect.any(Number) as number, cls: 'chart-reference' },
    ]);
    expect(
      c.texts
        .filter((t) => t.cls === 'chart-note')
        .map((t) => t.text)
        .join(' '),
    ).toBe('Dashed: equal. Log scale: each gridline is ten times the one before.');
  });
});

describe('describeChart', () => {
  test.each<[Scale['kind'], string]>([
    ['linear', 'Source A: Django 100 ms; Node.js 50–150 ms.'],
    ['log', 'Source A: Django 100 ms; Node.js 50–150 ms. Bars use a logarithmic scale.'],
  ])('%s', (kind, text) => {
    expect(describeChart(groups, { kind, min: 0, max: 1, ticks: [] })).toBe(text);
  });
});

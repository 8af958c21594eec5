import { describe, expect, test } from 'vitest';
import { groupBenchmarks, hasFigures } from '../../src/lib/benchmark-groups.ts';
import type { Benchmark, Claim, Figure, Metric } from '../../src/schemas/index.ts';

const metric = (id: string): Metric => ({
  id,
  title: id,
  unit: 'ms',
  tolerance: 0.1,
  higherIsBetter: false,
  perSubject: false,
});
const fig = (metricId: string, side: 'django' | 'node', value: number): Figure => ({
  side,
  subject: side,
  metric: metricId,
  value,
  unit: 'ms',
  approx: false,
  setup: 'unstated',
  atLeast: false,
  atMost: false,
});
const claim = (id: string, figures: Figure[]): Claim => ({
  id,
  source: 's',
  locator: 'l',
  topics: ['t'],
  dimension: 'd',
  favours: 'node',
  figures,
  text: 'x',
});
const bench = (id: string, source: string, metricId: string, claimId: string, setup = 'rig'): Benchmark => ({
  id,
  source,
  locator: 'l',
  title: id,
  metric: metricId,
  claim: claimId,
  setup,
  winner: 'node',
});

const metrics = [metric('verdict'), metric('startup'), metric('size'), metric('another')];
const claims = [
  claim('c1', [
    fig('startup', 'django', 800),
    fig('startup', 'node', 150),
    fig('size', 'node', 80),
    fig('another', 'node', 5),
  ]),
  claim('c2', [fig('startup', 'django', 180)]),
  claim('c3', []),
];

describe('groupBenchmarks', () => {
  test.each<[string, Benchmark[], [string, string[], string[], boolean][]]>([
    ['nothing', [], []],
    [
      'one benchmark picks only its metric’s figures',
      [bench('b1', 'a', 'size', 'c1')],
      [['size', ['b1'], ['a'], false]],
    ],
    [
      'more sources first, then by title, words-only last; source order inside; two setups warn',
      [
        bench('b4', 'a', 'verdict', 'c3'),
        bench('b2', 'z', 'startup', 'c2', 'process start'),
        bench('b3', 'a', 'size', 'c1'),
        bench('b5', 'a', 'another', 'c1'),
        bench('b1', 'a', 'startup', 'c1', 'cold start'),
      ],
      [
        ['startup', ['b1', 'b2'], ['a', 'z'], true],
        ['another', ['b5'], ['a'], false],
        ['size', ['b3'], ['a'], false],
        ['verdict', ['b4'], ['a'], false],
      ],
    ],
    [
      'same setup from one source does not warn',
      [bench('b1', 'a', 'startup', 'c1'), bench('b2', 'a', 'startup', 'c2')],
      [['startup', ['b1', 'b2'], ['a'], false]],
    ],
    [
      'unknown sources sort last',
      [bench('b1', 'q', 'startup', 'c1'), bench('b2', 'z', 'startup', 'c2')],
      [['startup', ['b2', 'b1'], ['z', 'q'], false]],
    ],
  ])('%s', (_name, benchmarks, expected) => {
    const groups = groupBenchmarks(benchmarks, claims, metrics, ['a', 'z']);
    expect(groups.map((g) => [g.metric.id, g.items.map((i) => i.benchmark.id), g.sources, g.setupsDiffer])).toEqual(
      expected,
    );
  });

  test('figures follow the benchmark’s metric', () => {
    const [group] = groupBenchmarks([bench('b1', 'a', 'startup', 'c1')], claims, metrics, ['a']);
    expect(group?.items[0]?.figures.map((f) => f.value)).toEqual([800, 150]);
  });

  test.each([
    [bench('b1', 'a', 'startup', 'nope'), 'benchmark b1: claim "nope" does not exist'],
    [bench('b1', 'a', 'nope', 'c1'), 'benchmark b1: metric "nope" does not exist'],
  ])('a broken reference says which: %#', (b, message) => {
    expect(() => groupBenchmarks([b], claims, metrics, [])).toThrow(message);
  });
});

describe('hasFigures', () => {
  test.each<[Benchmark, boolean]>([
    [bench('b1', 'a', 'startup', 'c1'), true],
    [bench('b2', 'a', 'verdict', 'c3'), false],
  ])('%#', (b, expected) => {
    const [group] = groupBenchmarks([b], claims, metrics, ['a']);
    expect(group && hasFigures(group)).toBe(expected);
  });
});

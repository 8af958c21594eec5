import { describe, expect, test } from 'vitest';
import type { Assertion } from '../../../src/schemas/index.ts';
import { computeCandidates } from '../../../src/lib/synthesis/candidates.ts';
import { consensusOf } from '../../../src/lib/synthesis/consensus.ts';
import {
  assertionReading,
  assertionsDiffer,
  directionForNode,
} from '../../../src/lib/synthesis/assertion-candidates.ts';
import type { SourcePosition } from '../../../src/lib/synthesis/types.ts';
import { claim, dimension, figure, kbOf, metric, source, topic } from '../fixtures/kb.ts';

const base = kbOf({
  sources: [source('alpha'), source('beta', { file: '001_0000000000000000.txt' })],
  topics: [topic('speed', 1)],
  dimensions: [dimension('perf', 'speed', 1)],
  metrics: [metric('rps', 'req/s', { tolerance: 0.05 }), metric('rps-ratio', 'x', { ratioOf: 'rps' })],
  setups: [
    { id: 'unstated', title: 'Setup not stated', summary: 'Not stated.' },
    { id: 'suite', title: 'A named suite', summary: 'A suite.' },
  ],
});

const ids = (kb: typeof base, consensus: ReturnType<typeof consensusOf>[] = []) =>
  computeCandidates(kb, consensus).map((c) => c.id);

describe('figure candidates', () => {
  test('same named setup, values that cannot both hold: figure-<metric>-<setup>, any review allowed', () => {
    const kb = {
      ...base,
      claims: [
        claim('a1', 'alpha', 'node', { figures: [figure('node', 100, { setup: 'suite' })] }),
        claim('b1', 'beta', 'node', { figures: [figure('node', 200, { setup: 'suite' })] }),
      ],
    };
    const [c] = computeCandidates(kb, []);
    expect(c).toMatchObject({
      id: 'figure-rps-suite',
      basis: 'figure',
      metric: 'rps',
      dimension: 'perf',
      topics: ['speed'],
    });
    expect(c?.onlyNotComparable).toBeUndefined();
    expect(c?.sides.map((s) => [s.source, s.records])).toEqual([
      ['alpha', ['a1']],
      ['beta', ['b1']],
    ]);
  });

  test.each([
    ['different setups', 'suite', 'unstated'],
    ['both unstated', 'unstated', 'unstated'],
  ])('%s: figure-<metric>-setups, which can only be not comparable', (_name, a, b) => {
    const kb = {
      ...base,
      claims: [
        claim('a1', 'alpha', 'node', { figures: [figure('node', 100, { setup: a })] }),
        claim('b1', 'beta', 'node', { figures: [figure('node', 200, { setup: b })] }),
      ],
    };
    const [c] = computeCandidates(kb, []);
    expect(c?.id).toBe('figure-rps-setups');
    expect(c?.onlyNotComparable).toMatch(/different or unstated measurement setups/);
  });

  test.each([
    [
      'two lower bounds ("2M+" and "2.1M+")',
      [figure('node', 2_000_000, { atLeast: true })],
      [figure('node', 2_100_000, { atLeast: true })],
    ],
    ['overlapping ranges', [figure('node', 2, { high: 4 })], [figure('node', 3, { high: 6 })]],
    ['figures of different stacks', [figure('node', 100)], [figure('django', 900)]],
    ['one source against itself', [figure('node', 100), figure('node', 900)], []],
  ])('%s propose nothing', (_name, alpha, beta) => {
    const kb = {
      ...base,
      claims: [claim('a1', 'alpha', 'node', { figures: alpha }), claim('b1', 'beta', 'node', { figures: beta })],
    };
    expect(ids(kb)).toEqual([]);
  });
});

describe('ratio candidates', () => {
  test("each source's Node.js/Django ratio, stated or worked out, gives ratio-<metric> when two sources give one", () => {
    const kb = {
      ...base,
      claims: [
        claim('a1', 'alpha', 'node', { figures: [figure('node', 120), figure('django', 45)] }),
        claim('b1', 'beta', 'node', { figures: [figure('node', 3, { metric: 'rps-ratio', unit: 'x', approx: true })] }),
      ],
    };
    const ratio = computeCandidates(kb, []).find((c) => c.id === 'ratio-rps');
    expect(ratio?.sides.map((s) => s.reading)).toEqual([
      '2.67× (120 req/s ÷ 45 req/s, worked out here)',
      '~3× as stated (Node.js)',
    ]);
  });

  test.each([
    ['a lower bound over a value is "at least"', { atLeast: true }, {}, 'at least 2×'],
    [
      'two lower bounds are only indicative',
      { atLeast: true },
      { atLeast: true },
      'indicative only, both are lower bounds: 2×',
    ],
    ['an approximate input keeps its "~"', { approx: true }, {}, '~2×'],
  ])('a worked-out ratio keeps the markers: %s', (_name, node, django, start) => {
    const kb = {
      ...base,
      claims: [
        claim('a1', 'alpha', 'node', { figures: [figure('node', 100, node), figure('django', 50, django)] }),
        claim('b1', 'beta', 'node', { figures: [figure('node', 3, { metric: 'rps-ratio', unit: 'x' })] }),
      ],
    };
    const ratio = computeCandidates(kb, []).find((c) => c.id === 'ratio-rps');
    expect(ratio?.sides[0]?.reading.startsWith(start)).toBe(true);
  });

  test('one source alone proposes no ratio candidate', () => {
    const kb = {
      ...base,
      claims: [claim('a1', 'alpha', 'node', { figures: [figure('node', 120), figure('django', 45)] })],
    };
    expect(ids(kb)).toEqual([]);
  });
});

describe('position candidates', () => {
  const at = (source: string, position: SourcePosition['position']): SourcePosition => ({
    source,
    dimension: 'perf',
    position,
    claims: [],
  });
  test.each([
    [['django', 'node'], ['position-perf']],
    [['django', 'mixed'], []],
    [['node', 'both'], []],
  ] as const)('%j -> %j', (held, expected) => {
    const consensus = [consensusOf('perf', [at('alpha', held[0]), at('beta', held[1])])];
    expect(ids(base, consensus)).toEqual(expected);
  });
});

describe('assertion candidates', () => {
  const a = (id: string, src: string, extra: Partial<Assertion>): Assertion => ({
    id,
    source: src,
    claim: `${src}-c`,
    subject: 'node',
    property: 'pay',
    ...extra,
  });
  test.each([
    ['opposite directions', a('x', 'alpha', { direction: 'higher' }), a('y', 'beta', { direction: 'lower' }), true],
    [
      'the same direction said of the other stack',
      a('x', 'alpha', { direction: 'higher' }),
      a('y', 'beta', { subject: 'django', direction: 'lower' }),
      false,
    ],
    [
      'opposite, said of the other stack',
      a('x', 'alpha', { direction: 'higher' }),
      a('y', 'beta', { subject: 'django', direction: 'higher' }),
      true,
    ],
    [
      'different ratings of one stack',
      a('x', 'alpha', { rating: 'mature' }),
      a('y', 'beta', { rating: 'maturing' }),
      true,
    ],
    [
      'ratings of different stacks',
      a('x', 'alpha', { rating: 'mature' }),
      a('y', 'beta', { subject: 'django', rating: 'maturing' }),
      false,
    ],
    [
      'amounts an order of magnitude apart',
      a('x', 'alpha', { amount: { low: 4, high: 6, approx: false } }),
      a('y', 'beta', { amount: { low: 60, high: 80, approx: false } }),
      true,
    ],
    [
      'amounts within an order of magnitude',
      a('x', 'alpha', { amount: { low: 4, high: 6, approx: false } }),
      a('y', 'beta', { amount: { low: 8, high: 12, approx: false } }),
      false,
    ],
  ])('%s: %s', (_name, x, y, expected) => {
    expect(assertionsDiffer(x, y)).toBe(expected);
  });

  test.each([
    [a('x', 'alpha', { direction: 'higher' }), 'Node.js higher than Django'],
    [
      a('x', 'alpha', { subject: 'django', direction: 'higher', compares: 'Python vs JavaScript developers' }),
      'Django higher than Node.js (Python vs JavaScript developers)',
    ],
    [a('x', 'alpha', { subject: 'django', rating: 'moderate' }), 'Django: moderate'],
    [a('x', 'alpha', { subject: 'django', amount: { low: 4, high: 6, approx: false } }), 'Django: 4–6 weeks'],
  ])('reading of %j: %s', (x, expected) => {
    expect(assertionReading(x, { unit: 'weeks' })).toBe(expected);
  });

  test('directions normalise to Node.js', () => {
    expect(directionForNode({ subject: 'django', direction: 'lower' })).toBe('higher');
  });

  test('assertion-<property> from different sources, with readings in words', () => {
    const kb = {
      ...base,
      properties: [{ id: 'pay', title: 'Developer pay', kind: 'direction' as const }],
      claims: [claim('alpha-c', 'alpha', 'node'), claim('beta-c', 'beta', 'django')],
      assertions: [
        a('x', 'alpha', { direction: 'higher' }),
        a('y', 'beta', { subject: 'django', direction: 'higher' }),
      ],
    };
    const [c] = computeCandidates(kb, []);
    expect(c?.id).toBe('assertion-pay');
    expect(c?.sides.map((s) => s.reading)).toEqual(['Node.js higher than Django', 'Django higher than Node.js']);
  });
});

import { expect, test } from 'vitest';
import { benchmarksView } from '../../../src/lib/views/benchmarks.ts';
import { benchmark, claim, contextOf, figure, kbOf, metric } from '../fixtures/kb.ts';

const kb = kbOf({
  metrics: [metric('rps', 'req/s'), metric('ratio', 'x'), metric('words', 'verdict')],
  claims: [
    claim('a1', 'alpha', 'node', { figures: [figure('node', 100, { qualifier: 'one core' }), figure('django', 40)] }),
    claim('b1', 'beta', 'node', { figures: [figure('node', 1000)], topics: ['people'] }),
    claim('r1', 'alpha', 'node', { figures: [figure('both', 2.5, { metric: 'ratio', unit: 'x' })] }),
    claim('w1', 'alpha', 'node'),
  ],
  benchmarks: [
    benchmark('ba', 'alpha', { claim: 'a1', setup: 'One laptop' }),
    benchmark('bb', 'beta', { claim: 'b1', setup: 'A cloud VM', conditions: 'Warm cache', winnerNote: 'by far' }),
    benchmark('br', 'alpha', { claim: 'r1', metric: 'ratio' }),
    benchmark('bw', 'alpha', { claim: 'w1', metric: 'words', winner: 'tie' }),
  ],
  reviews: [{ candidate: 'figure-rps-setups', status: 'not-comparable', reason: 'setup', note: 'Different machines.' }],
});
const view = benchmarksView(contextOf(kb));

test('metrics with figures first, those several sources measured before the rest', () => {
  expect(view.metrics.map((m) => m.anchor)).toEqual(['metric-rps', 'metric-ratio', 'metric-words']);
  expect(view.toc[0]).toEqual({ id: 'metric-rps', label: 'Metric rps' });
  expect([view.count, view.names]).toEqual([4, 'Alpha and Beta']);
});

test('different setups are named; candidates reviewed as not comparable are notes, never disagreements', () => {
  const [rps] = view.metrics;
  expect(rps?.setups).toEqual([
    { href: '#ba', source: 'Alpha', setup: 'One laptop' },
    { href: '#bb', source: 'Beta', setup: 'A cloud VM' },
  ]);
  expect(rps?.conflicts).toEqual([]);
  expect(rps?.notes.map((n) => [n.id, n.lead, n.reason, n.note])).toEqual([
    ['figure-rps-setups', 'Not comparable', 'Likely reason: different measurement setups', 'Different machines.'],
  ]);
  expect(view.metrics[1]?.setups).toBeUndefined();
});

test('the chart is laid out at build time; its data table prints every figure as stated', () => {
  const [rps, ratio, words] = view.metrics;
  expect(rps?.chart?.title).toBe('Metric rps (req/s), by source');
  // Two setups: a panel per source on its own axis, each with its own ratio where it has both stacks.
  expect(rps?.chart?.model.mode).toBe('dots');
  expect(rps?.chart?.model.panels.map((p) => [p.label, p.ratio])).toEqual([
    ['Alpha: Benchmark ba', 'Node.js ÷ Django: 2.5×'],
    ['Beta: Benchmark bb', undefined],
  ]);
  expect(rps?.table?.rows[0]).toEqual({
    subject: 'Node.js',
    stack: 'Node.js',
    figure: '100 req/s',
    conditions: 'one core',
    badge: { href: '/kb/sources/alpha/#a1', short: 'Alpha', title: 'The alpha article' },
    setupHref: '#ba',
    setupLabel: ' of Benchmark ba, Alpha',
  });
  expect(rps?.table?.rows[1]?.conditions).toBe('none given');
  // Ratios get the reference line at 1×, and no ratio of ratios.
  expect(ratio?.chart?.model.reference).toEqual([40]);
  expect(ratio?.chart?.model.panels[0]?.ratio).toBeUndefined();
  expect(rps?.chart?.model.reference).toBeUndefined();
  expect(words?.chart).toBeUndefined();
  expect(words?.table).toBeUndefined();
});

test('each benchmark entry: its winner, setup, limits and the claim with its topics', () => {
  const bb = view.metrics[0]?.entries[1];
  expect(bb).toMatchObject({
    id: 'bb',
    sourceShort: 'Beta',
    winner: 'node',
    winnerNote: 'by far',
    conditions: 'Warm cache',
  });
  expect(bb?.claim?.href).toBe('/kb/sources/beta/#b1');
  expect(bb?.claim?.topics).toEqual([{ href: '/kb/topics/people/', text: 'People' }]);
});

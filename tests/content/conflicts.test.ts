// Conflicts computed from the real claims: the disagreements issue 3 names must be found, and the full list is
// pinned so that any change to it (new data, a changed rule) is looked at on purpose.
import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { findConflicts, type Conflict } from '../../src/lib/conflicts.ts';
import { formatFigure } from '../../src/lib/format.ts';

const kb = readKnowledgeBase();
const conflicts = findConflicts(kb);
const byId = (id: string): Conflict => {
  const found = conflicts.find((c) => c.id === id);
  if (!found) throw new Error(`no conflict "${id}"; found ${conflicts.map((c) => c.id).join(', ')}`);
  return found;
};
/** "source: value" per side, so an expectation reads like the callout. */
const said = (c: Conflict) => c.sides.map((s) => `${s.source}: ${s.figure ? formatFigure(s.figure) : (s.favours ?? '')}${s.derived ? ' (derived)' : ''}`);
const sources = (c: Conflict, favours?: string) =>
  [...new Set(c.sides.filter((s) => !favours || s.favours === favours).map((s) => s.source))].sort();

describe('the disagreements issue 3 names', () => {
  test('overall performance verdict: Trio against the others', () => {
    const c = byId('conflict-performance');
    expect([c.kind, c.dimension, c.topic]).toEqual(['verdict', 'performance', 'performance']);
    expect(sources(c, 'django')).toEqual(['trio']);
    expect(sources(c, 'node')).toEqual(['backend-guide', 'hosting-benchmarks-2026', 'witarist-2026']);
    expect(c.reasons[0]).toBe(
      'Different dates: the newest year cited is 2021 for Trio and 2026 for Backend guide, Hosting benchmarks 2026 and Witarist 2026.',
    );
  });

  test.each(['django', 'node'])('JSON throughput (%s): Witarist against Hosting benchmarks 2026', (side) => {
    const c = byId(`conflict-json-throughput-${side}`);
    expect(sources(c)).toEqual(['hosting-benchmarks-2026', 'witarist-2026']);
    expect(c.reasons.some((r) => r.startsWith('Different setups:'))).toBe(true);
  });

  test('JSON throughput for Node.js: the figures as stated', () => {
    expect(said(byId('conflict-json-throughput-node'))).toEqual([
      'hosting-benchmarks-2026: 1,200,000 req/s',
      'hosting-benchmarks-2026: 1,200,000+ req/s',
      'hosting-benchmarks-2026: 1,200,000 req/s',
      'hosting-benchmarks-2026: ~1,300,000+ req/s',
      'witarist-2026: ~120,000 req/s',
    ]);
  });

  test.each([
    ['django', ['hosting-benchmarks-2026: ~180 ms', 'witarist-2026: ~800 ms', 'witarist-2026: ~800 ms'], '“startup, optimized”'],
    ['node', ['hosting-benchmarks-2026: ~75 ms', 'hosting-benchmarks-2026: ~75 ms', 'witarist-2026: ~150 ms', 'witarist-2026: 150 ms'], '“V8 / Rust core”'],
  ])('startup and cold-start times (%s)', (side, expected, setup) => {
    const c = byId(`conflict-startup-time-${side}`);
    expect(said(c)).toEqual(expected);
    expect(c.reasons).toEqual([`Different setups: ${setup} and “serverless cold start”.`]);
  });

  test('concurrent WebSocket capacity: figures for both stacks and the ratio', () => {
    expect(said(byId('conflict-concurrent-connections-django'))).toEqual([
      'hosting-benchmarks-2026: 1,000,000+ connections',
      'witarist-2026: ~5,000 connections',
    ]);
    expect(sources(byId('conflict-concurrent-connections-node'))).toEqual(['hosting-benchmarks-2026', 'witarist-2026']);
    expect(said(byId('conflict-concurrent-users-ratio-node'))).toEqual([
      'hosting-benchmarks-2026: 3×',
      'hosting-benchmarks-2026: ~3×',
      'witarist-2026: ~10× (derived)',
    ]);
  });

  test("developer-community size: Trio's ~3x market share is not set against the guide's 23M+ / 5M+ head counts", () => {
    // Issue 13: a market share is not a head count, so Trio's figure has a metric of its own.
    expect(conflicts.map((c) => c.id)).not.toContain('conflict-community-size-ratio-node');
    expect(kb.claims.find((c) => c.id === 'trio-node-market-share')?.figures[0]?.metric).toBe('market-share-ratio');
  });

  test('package ecosystem: 2.1M+ against 2M+ npm packages, both lower bounds', () => {
    const c = byId('conflict-package-count-node');
    expect(said(c)).toEqual(['backend-guide: 2,000,000+ packages', 'witarist-2026: 2,100,000+ packages']);
    expect(c.reasons).toEqual(['Both figures are lower bounds (“+”), so both can hold.']);
  });
});

describe('the whole list', () => {
  test('every conflict, pinned: id, kind, topic and the sources on its sides', () => {
    expect(conflicts.map((c) => `${c.id} ${c.kind} @${c.topic}: ${sources(c).join(', ')}`)).toEqual([
      'conflict-architecture verdict @scalability-architecture: hosting-benchmarks-2026, trio, witarist-2026',
      'conflict-async-support verdict @realtime-concurrency: backend-guide, freelancer-opinion, hosting-benchmarks-2026',
      'conflict-concurrency-model verdict @realtime-concurrency: backend-guide, freelancer-opinion, hosting-benchmarks-2026, trio, witarist-2026',
      'conflict-concurrent-connections-django figure @realtime-concurrency: hosting-benchmarks-2026, witarist-2026',
      'conflict-concurrent-connections-node figure @realtime-concurrency: hosting-benchmarks-2026, witarist-2026',
      'conflict-concurrent-users-ratio-node figure @realtime-concurrency: hosting-benchmarks-2026, witarist-2026',
      'conflict-cost verdict @cost-hiring: backend-guide, freelancer-opinion, hosting-benchmarks-2026',
      'conflict-db-query-throughput-django figure @performance: hosting-benchmarks-2026, witarist-2026',
      'conflict-db-query-throughput-node figure @performance: hosting-benchmarks-2026, witarist-2026',
      'conflict-ecommerce-cms verdict @ecommerce-cms: freelancer-opinion, hosting-benchmarks-2026, witarist-2026',
      'conflict-hiring verdict @cost-hiring: backend-guide, freelancer-opinion, witarist-2026',
      'conflict-json-throughput-django figure @performance: hosting-benchmarks-2026, witarist-2026',
      'conflict-json-throughput-node figure @performance: hosting-benchmarks-2026, witarist-2026',
      'conflict-package-count-node figure @community-ecosystem: backend-guide, witarist-2026',
      'conflict-package-ecosystem verdict @community-ecosystem: backend-guide, freelancer-opinion, trio, witarist-2026',
      'conflict-performance verdict @performance: backend-guide, hosting-benchmarks-2026, trio, witarist-2026',
      'conflict-startup-time-django figure @microservices-serverless: hosting-benchmarks-2026, witarist-2026',
      'conflict-startup-time-node figure @microservices-serverless: hosting-benchmarks-2026, witarist-2026',
      'conflict-team-fit verdict @learning-curve-team-fit: backend-guide, freelancer-opinion, witarist-2026',
      'conflict-throughput-ratio-node figure @performance: hosting-benchmarks-2026, witarist-2026',
    ]);
  });

  test('no noise: adopters’ own counts never conflict, and every conflict has two sides and a topic of its claims', () => {
    expect(conflicts.filter((c) => ['users', 'subscribers', 'rides-per-month', 'pageviews-per-month'].includes(c.metric ?? ''))).toEqual([]);
    const claims = new Map(kb.claims.map((c) => [c.id, c]));
    for (const c of conflicts) {
      expect(c.sides.length, c.id).toBeGreaterThanOrEqual(2);
      expect(new Set(c.sides.map((s) => s.source)).size, c.id).toBeGreaterThanOrEqual(c.intraSource ? 1 : 2);
      expect(c.topics, c.id).toContain(c.topic);
      expect(c.sides.every((s) => claims.get(s.claim)?.source === s.source), c.id).toBe(true);
    }
  });

  test('ids are unique slugs', () => {
    const ids = conflicts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^conflict-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });
});

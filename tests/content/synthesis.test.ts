// The synthesis on the real content (issue 13): the examples the issue names, read the way the site reads them, and
// the classification of every computed candidate pinned, so a change in the data or the rules is looked at on purpose.
import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { synthesize } from '../../src/lib/synthesis/index.ts';
import { canBothHold } from '../../src/lib/synthesis/figures.ts';

const kb = readKnowledgeBase();
const s = synthesize(kb);
const consensus = (dimension: string) => {
  const c = s.consensus.find((x) => x.dimension === dimension);
  if (!c) throw new Error(`no consensus for ${dimension}`);
  return c;
};
const candidate = (id: string) => {
  const c = s.candidates.find((x) => x.id === id);
  if (!c) throw new Error(`no candidate "${id}"; computed: ${s.candidates.map((x) => x.id).join(', ')}`);
  return c;
};
const sources = (id: string) => candidate(id).sides.map((x) => x.source);

test('the build has no synthesis problem: every candidate reviewed, every review has its candidate', () => {
  expect(s.problems).toEqual([]);
});

describe('the examples of issue 13', () => {
  test('scalability is not a Django consensus: Trio’s stated "Winner: None" counts as both fit', () => {
    expect(consensus('scalability')).toMatchObject({ kind: 'agree', position: 'both', label: 'All 3 sources: both fit' });
    expect(s.positions.find((p) => p.source === 'trio' && p.dimension === 'scalability')).toMatchObject({
      position: 'both',
      stated: expect.any(String) as string,
    });
  });

  test('usability is not "all agree: Node.js"', () => {
    const c = consensus('usability');
    expect(c.kind === 'agree' && c.position === 'node').toBe(false);
    expect(c.label).toBe('Split: Node.js 1, it depends 1');
  });

  test('serverless cold start and process startup are different metrics, so no candidate compares them', () => {
    const metrics = (ids: string[]) => s.candidates.filter((c) => c.metric !== undefined && ids.includes(c.metric));
    expect(metrics(['startup-time', 'serverless-cold-start'])).toEqual([]);
    const used = new Set(kb.claims.flatMap((c) => c.figures.map((f) => f.metric)));
    expect(used.has('serverless-cold-start') && used.has('startup-time')).toBe(true);
  });

  test('npm "2M+" and "2.1M+" are two lower bounds that both hold: no candidate at all', () => {
    const npm = kb.claims.flatMap((c) => c.figures.filter((f) => f.metric === 'package-count' && f.side === 'node'));
    expect(npm.filter((f) => f.atLeast).map((f) => f.value).sort()).toEqual(expect.arrayContaining([2_000_000, 2_100_000]));
    const tolerance = kb.metrics.find((m) => m.id === 'package-count')?.tolerance ?? 0;
    for (const a of npm) for (const b of npm) expect(canBothHold(a, b, tolerance)).toBe(true);
    expect(s.candidates.filter((c) => c.metric === 'package-count')).toEqual([]);
  });

  test('Django async maturity: the hosting blog against the freelancer, shown as a disagreement', () => {
    expect(candidate('assertion-async-maturity')).toMatchObject({ status: 'disagreement', basis: 'assertion' });
    expect(sources('assertion-async-maturity')).toEqual(['freelancer-opinion', 'hosting-benchmarks-2026']);
    expect(candidate('assertion-async-maturity').sides.map((x) => x.reading)).toEqual(['Django: maturing', 'Django: mature']);
  });

  test('pay direction: Witarist against the backend guide, both sides shown', () => {
    const pay = candidate('assertion-developer-pay');
    expect(pay.status).toBe('disagreement');
    expect(pay.sides.map((x) => [x.source, x.reading])).toEqual([
      ['witarist-2026', 'Node.js higher than Django'],
      ['backend-guide', 'Django higher than Node.js (Python vs JavaScript developers)'],
    ]);
    expect(pay.topics[0]).toBe('cost-hiring');
  });

  test('figures from different setups can only be not comparable, never a disagreement', () => {
    const across = s.candidates.filter((c) => c.onlyNotComparable !== undefined);
    expect(across.length).toBeGreaterThan(0);
    for (const c of across) expect(c.status, c.id).toBe('not-comparable');
    expect(candidate('figure-json-throughput-setups').status).toBe('not-comparable');
  });
});

test('every disagreement is both-sided: two or more sources, each with what it says and a record', () => {
  for (const c of s.disagreements) {
    expect(new Set(c.sides.map((x) => x.source)).size, c.id).toBeGreaterThanOrEqual(2);
    for (const side of c.sides) expect([side.reading.length > 0, side.records.length > 0], `${c.id}/${side.source}`).toEqual([true, true]);
  }
});

test('the classification of every computed candidate', () => {
  expect(Object.fromEntries(s.candidates.map((c) => [c.id, c.status]))).toEqual({
    'assertion-async-maturity': 'disagreement',
    'assertion-channels-complexity': 'consistent',
    'assertion-developer-pay': 'disagreement',
    'assertion-entry-difficulty': 'disagreement',
    'figure-db-query-throughput-setups': 'not-comparable',
    'figure-json-throughput-setups': 'not-comparable',
    'position-architecture': 'consistent',
    'position-concurrency-model': 'disagreement',
    'position-ecommerce-cms': 'disagreement',
    'position-package-ecosystem': 'not-comparable',
    'position-performance': 'disagreement',
    'position-team-fit': 'consistent',
    'ratio-concurrent-connections': 'not-comparable',
    'ratio-db-query-throughput': 'not-comparable',
    'ratio-json-throughput': 'not-comparable',
  });
  expect([s.disagreements.length, s.notComparable.length, s.candidates.length]).toEqual([6, 6, 15]);
});

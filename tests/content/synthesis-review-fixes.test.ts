// The second review of the synthesis (review findings on issue 13), one test per finding applied, on real content.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { synthesize } from '../../src/lib/synthesis/index.ts';

const kb = readKnowledgeBase();
const s = synthesize(kb);
const position = (source: string, dimension: string) =>
  s.positions.find((p) => p.source === source && p.dimension === dimension)?.position;
const candidate = (id: string) => s.candidates.find((c) => c.id === id);
const review = (id: string) => kb.reviews.find((r) => r.candidate === id);
const claim = (id: string) => {
  const c = kb.claims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};
const ratings = (property: string) =>
  Object.fromEntries(kb.assertions.filter((a) => a.property === property).map((a) => [a.source, a.rating ?? a.direction ?? a.amount]));

describe('finding 1: Channels complexity is a difference of degree, not a disagreement', () => {
  test('the hosting blog and the backend guide rate Channels moderate, from their FAQ answers', () => {
    expect(ratings('channels-complexity')).toEqual({
      'backend-guide': 'moderate',
      'freelancer-opinion': 'high',
      'hosting-benchmarks-2026': 'moderate',
      'witarist-2026': 'moderate',
    });
    const cited = kb.assertions.filter((a) => a.property === 'channels-complexity').map((a) => a.claim);
    expect(cited).toEqual(expect.arrayContaining(['hb-faq-django-realtime', 'bg-faq-django-realtime']));
    expect(cited).not.toContain('hb-asgi-channels');
  });
  test('the candidate is reviewed consistent, without "cannot both describe"', () => {
    expect(candidate('assertion-channels-complexity')?.status).toBe('consistent');
    expect(review('assertion-channels-complexity')?.note).not.toMatch(/cannot both describe/);
  });
});

describe('finding 2: pay is a cost question, not a second hiring disagreement', () => {
  test.each(['wit-node-rate-premium', 'bg-python-salary-higher'])('%s is on dimension cost', (id) => {
    expect(claim(id).dimension).toBe('cost');
  });
  test('position-hiring is not a candidate, and its anchor lands on the pay disagreement', () => {
    expect(candidate('position-hiring')).toBeUndefined();
    const aliases = JSON.parse(readFileSync('src/anchors/aliases.json', 'utf8')) as Record<string, string>;
    expect(aliases['/topics/cost-hiring/#position-hiring']).toBe('/topics/cost-hiring/#assertion-developer-pay');
    expect(candidate('assertion-developer-pay')?.status).toBe('disagreement');
  });
});

describe('finding 4: Trio argues the concurrency model the other way', () => {
  test.each(['trio-node-single-threaded', 'trio-django-multithreaded'])('%s is concurrency-model, favouring Django', (id) => {
    expect([claim(id).dimension, claim(id).favours]).toEqual(['concurrency-model', 'django']);
  });
  test('Trio’s concurrency-model position is not Node.js, so the consensus is not unanimous', () => {
    expect(position('trio', 'concurrency-model')).not.toBe('node');
    expect(s.consensus.find((c) => c.dimension === 'concurrency-model')?.kind).toBe('split');
    expect(candidate('position-concurrency-model')?.status).toBe('disagreement');
  });
});

describe('finding 5: a lean against only ties or "depends" is not read as a tie', () => {
  test('the backend guide leans Django on the learning curve (not both)', () => {
    expect(position('backend-guide', 'learning-curve')).toBe('django');
  });
  test('the freelancer leans Node.js on async support (not it depends)', () => {
    expect(position('freelancer-opinion', 'async-support')).toBe('node');
  });
  test('the backend guide says team fit depends on the team: its one-case claim is `depends`', () => {
    expect(claim('bg-node-faster-for-js-teams').favours).toBe('depends');
    expect(position('backend-guide', 'team-fit')).toBe('depends');
  });
});

describe('findings 9–11: review notes say what the sources say', () => {
  test('9: performance is a judgement difference; the backend guide is not said to give figures', () => {
    expect(review('position-performance')).toMatchObject({ status: 'disagreement', reason: 'judgement' });
    expect(review('position-performance')?.note).not.toMatch(/2026 benchmark figures/);
  });
  test('10: the async maturity note claims no shared date or release', () => {
    expect(review('assertion-async-maturity')?.note).not.toMatch(/also writing in 2026|Same release/);
  });
  test('11: the backend guide’s side reads as Python vs JavaScript developers; the note names the senior/lead narrowing', () => {
    const side = candidate('assertion-developer-pay')?.sides.find((x) => x.source === 'backend-guide');
    expect(side?.reading).toBe('Django higher than Node.js (Python vs JavaScript developers)');
    expect(review('assertion-developer-pay')?.note).toMatch(/narrows at senior\s+and lead level/);
  });
});

test('3: the regulated-domain reason no longer says the hosting blog finds Node.js needs every protection by hand', () => {
  const rule = kb.decisionRules.find((r) => r.id === 'compliance-yes');
  expect(rule?.reason).not.toMatch(/hosting blog and Trio agree/);
  expect(rule?.reason).toMatch(/backend guide and Trio/);
});

describe('finding 7: WebSocket libraries are real-time; the freelancer’s "weaker backend ecosystem" is package-ecosystem', () => {
  test('the claims sit on the dimensions their sentences are about', () => {
    expect(claim('fo-node-websocket-ecosystem').dimension).toBe('realtime');
    expect([claim('fo-node-backend-ecosystem-weaker').dimension, claim('fo-node-backend-ecosystem-weaker').favours]).toEqual([
      'package-ecosystem',
      'django',
    ]);
    expect(position('freelancer-opinion', 'package-ecosystem')).toBe('django');
  });
  test('size against quality stays not comparable, with the freelancer named', () => {
    expect(candidate('position-package-ecosystem')?.sides.map((x) => x.source)).toContain('freelancer-opinion');
    expect(review('position-package-ecosystem')).toMatchObject({ status: 'not-comparable' });
    expect(review('position-package-ecosystem')?.note).toMatch(/freelancer/);
  });
});

test('12: the entry-difficulty note names the backend guide’s FAQ lean to Django', () => {
  expect(review('assertion-entry-difficulty')?.note).toMatch(/FAQ calls Django the friendlier start/);
});

test('13: the backend guide joins the Django side on e-commerce; Witarist rates only Node.js', () => {
  expect(position('backend-guide', 'ecommerce-cms')).toBe('django');
  expect(review('position-ecommerce-cms')?.note).toMatch(/without a rating/);
});

describe('finding 14: "production-ready for 1M+ concurrent users" is not a connection count', () => {
  test('the hosting FAQ figure has its own metric, so no figure candidate compares it with a benchmark row', () => {
    const f = claim('hb-faq-django-realtime').figures.find((x) => x.value === 1_000_000);
    expect([f?.metric, f?.unit]).toEqual(['production-concurrent-users', 'users']);
    expect(candidate('figure-concurrent-connections-setups')).toBeUndefined();
  });
  test('no "per server" in the connection metric, and the old anchors land on the ratio note', () => {
    expect(kb.metrics.find((m) => m.id === 'concurrent-connections')?.title).toBe('Concurrent WebSocket connections');
    const aliases = JSON.parse(readFileSync('src/anchors/aliases.json', 'utf8')) as Record<string, string>;
    expect(aliases['/topics/realtime-concurrency/#figure-concurrent-connections-setups']).toBe(
      '/topics/realtime-concurrency/#ratio-concurrent-connections',
    );
  });
});

test('15: the JSON ratio note says the hosting blog reads its gap as "matching" and that 1.48× includes Deno', () => {
  expect(review('ratio-json-throughput')?.note).toMatch(/matching/);
  expect(review('ratio-json-throughput')?.note).toMatch(/Deno/);
});

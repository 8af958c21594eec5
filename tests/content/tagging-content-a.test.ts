// Issue 13, content review of Witarist 2026 (000) and the hosting blog (003): the tagging rules, the wording slips
// that were fixed and the stated verdicts, pinned on the real records.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';

const kb = readKnowledgeBase();
const claim = (id: string) => {
  const found = kb.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim "${id}"`);
  return found;
};
const faq = (id: string) => {
  const found = kb.faqs.find((f) => f.id === id);
  if (!found) throw new Error(`no FAQ "${id}"`);
  return found;
};
const row = (table: string, id: string) => kb.tables.find((t) => t.id === table)?.rows.find((r) => r.id === id);
const mdx = (source: string) => readFileSync(`src/pages/sources/${source}.mdx`, 'utf8').replace(/\s+/g, ' ');
const mine = (source: string) => source === 'witarist-2026' || source === 'hosting-benchmarks-2026';

describe('tagging rules on the two sources', () => {
  test.each(['hb-80-percent-apps', 'hb-faq-django-realtime'])('a concession is never a win for the conceding side: %s', (id) => {
    expect(claim(id).favours).not.toBe('django');
    expect(['node', 'none']).toContain(claim(id).favours);
  });

  test('"80% of apps do not need the concurrency edge" concedes the edge to Node.js on the concurrency model', () => {
    expect([claim('hb-80-percent-apps').dimension, claim('hb-80-percent-apps').favours]).toEqual(['concurrency-model', 'node']);
  });

  test.each(['hb-prose-json-throughput', 'hb-both-scale-massively', 'hb-faq-db-ops', 'hb-graphql-both', 'wit-file-upload'])(
    '"matching", "both scale", "ties" and a declared tie are ties: %s',
    (id) => expect(claim(id).favours).toBe('tie'),
  );

  test.each(['hb-good-enough-95', 'hb-django-scales-millions', 'hb-faq-million-request-scale'])(
    'an adequacy statement is not superiority: %s',
    (id) => expect(['tie', 'none']).toContain(claim(id).favours),
  );

  test.each(['hb-django-6-throughput', 'hb-node-25-throughput', 'hb-django-6-features', 'hb-node-24-lts', 'hb-faq-asgi-5-2'])(
    'a release note with no comparison is no verdict: %s',
    (id) => expect(claim(id).favours).toBe('none'),
  );

  test.each(['hb-paypal-less-code', 'hb-deno-typescript-security', 'wit-offshore-saving'])(
    'a comparison with a third technology or place (Java, Deno, India against the US) is no Django-against-Node point: %s',
    (id) => expect(claim(id).favours).toBe('none'),
  );

  test('"low entry, high ceiling" is a rating of each side, not "depends"', () => {
    expect(claim('wit-glance-learning-curve').favours).not.toBe('depends');
    const ratings = kb.assertions
      .filter((a) => a.claim === 'wit-glance-learning-curve')
      .map((a) => `${a.subject} ${a.property} ${a.rating ?? ''}`)
      .sort();
    expect(ratings).toEqual(['django entry-difficulty moderate', 'node entry-difficulty easy']);
  });

  test.each(['wit-neither-universally-better', 'hb-no-single-best', 'hb-matrix-team-skills', 'hb-matrix-ecommerce'])(
    '"depends" where the source itself gives each side its case: %s',
    (id) => expect(claim(id).favours).toBe('depends'),
  );

  test('no plain list of facts on the two sources is counted as a tie', () => {
    for (const id of ['wit-glance-language', 'wit-concurrency-models', 'wit-glance-adopters', 'wit-architecture-styles', 'hb-current-releases'])
      expect(claim(id).favours, id).toBe('none');
    for (const id of ['wit-hire-freelance', 'wit-hire-staff-augmentation', 'wit-hire-dedicated-team', 'wit-hire-in-house-us'])
      expect(claim(id).favours, id).toBe('none');
  });

  test('dimensions follow what the sentence is about', () => {
    expect(claim('hb-faq-asgi-5-2').dimension).toBe('performance');
    expect(claim('hb-asgi-channels').dimension).toBe('async-support');
  });

  test('FAQ and table-row tags follow their claims', () => {
    expect(faq('hb-faq-hosting-cost').favours).toBe('depends');
    expect(row('hb-decision-matrix', 'ecommerce-cms')?.favours).toBe('depends');
  });
});

describe('wording slips, corrected', () => {
  test('"20% lighter" on RAM, not "about 20% less RAM"', () => {
    expect(claim('hb-faq-ram').text).toContain('20% lighter');
    expect(faq('hb-faq-hosting-cost').answer).toContain('20% lighter');
    for (const t of [claim('hb-faq-ram').text, faq('hb-faq-hosting-cost').answer]) expect(t).not.toMatch(/less RAM/);
  });

  test('"significantly closed", not "largely closed"', () => {
    expect(claim('hb-faq-asgi-5-2').text).toContain('significantly closed');
    expect(faq('hb-faq-hosting-cost').answer).toContain('significantly closed');
    expect(JSON.stringify([kb.claims, kb.faqs]).includes('largely closed')).toBe(false);
  });

  test('Node.js for shops: "better for headless builds; great for carts", never "only custom storefronts"', () => {
    expect(claim('hb-matrix-ecommerce').text).toMatch(/better for headless builds and great for carts/);
    expect(mdx('hosting-benchmarks-2026')).not.toMatch(/suited only to/);
    expect(mdx('hosting-benchmarks-2026')).toMatch(/better for headless builds and great for carts/);
  });

  test('PayPal: a comparison with Java, with no backend "it replaced"', () => {
    const c = claim('hb-paypal-less-code');
    expect(c.text).not.toMatch(/replac/);
    expect(c.text).toMatch(/Java/);
    expect(kb.adopters.find((a) => a.id === 'hb-paypal')?.usage).not.toMatch(/replac/);
    expect(kb.metrics.find((m) => m.id === c.figures[0]?.metric)?.title).toBe('Less code than a Java backend');
  });

  test('Witarist walkthrough: no endorsement of the closing line, and the pay direction is shown as disputed', () => {
    const text = mdx('witarist-2026');
    expect(text).not.toMatch(/worth keeping regardless/);
    expect(text).not.toMatch(/nothing here can be checked/);
    expect(text).toMatch(/the direction of pay is disputed/);
    expect(text).toContain("view.ref({ claim: 'bg-python-salary-higher' })");
    expect(text).toContain("view.ref({ dimension: 'hiring' })");
  });

  test('hosting-blog walkthrough: no claims the text does not make', () => {
    const text = mdx('hosting-benchmarks-2026');
    expect(text).not.toMatch(/claims about a benchmark suite/);
    expect(text).not.toMatch(/never need/);
    expect(text).not.toMatch(/Node\.js is clearly ahead/);
    expect(text).toMatch(/80% of apps do not need/);
  });

  test('the stated strength is kept: "never" the framework, "significantly" slower sprints, "eats into" the budget', () => {
    expect(claim('wit-talent-is-bottleneck').text).toMatch(/is never the framework/);
    expect(claim('wit-skip-django-js-only-team').text).toMatch(/significantly/);
    expect(claim('wit-skip-django-serverless').text).toMatch(/eats\s+into/);
  });

  test('both sources record the date of this review', () => {
    expect(kb.sources.filter((s) => mine(s.id)).map((s) => s.reviewed)).toEqual(['2026-12-02', '2026-12-02']);
  });
});

describe('figures measure one thing each', () => {
  const figuresOf = (source: string, metric: string) =>
    kb.claims.filter((c) => c.source === source).flatMap((c) => c.figures.filter((f) => f.metric === metric).map(() => c.id));

  test('serverless cold start (Witarist) and process startup (hosting blog) are different metrics', () => {
    expect(claim('wit-cold-start').figures.map((f) => f.metric)).toEqual(['serverless-cold-start', 'serverless-cold-start']);
    expect(claim('hb-table-startup-time').figures.map((f) => f.metric)).toEqual(['startup-time', 'startup-time']);
    expect(figuresOf('witarist-2026', 'startup-time')).toEqual([]);
    expect(figuresOf('hosting-benchmarks-2026', 'serverless-cold-start')).toEqual([]);
  });

  test('"at 10,000+ connections, skip Django" is a threshold, not a capacity', () => {
    const metrics = [
      ...claim('wit-skip-django-realtime-scale').figures,
      ...(kb.guidance.find((g) => g.id === 'wit-threshold-10k-connections')?.figures ?? []),
    ].filter((f) => f.value === 10000);
    expect(metrics.map((f) => f.metric)).toEqual(['connection-threshold', 'connection-threshold']);
  });

  test('the one-core JSON run and TechEmpower Round 23 carry their setups; unnamed tests stay unstated', () => {
    expect(claim('wit-json-throughput').figures.map((f) => f.setup)).toEqual(Array(3).fill('techempower-json-one-core'));
    for (const id of ['hb-table-json-throughput', 'hb-faq-json-throughput'])
      expect(claim(id).figures.map((f) => f.setup), id).toEqual(['techempower-r23', 'techempower-r23']);
    for (const id of ['hb-prose-json-throughput', 'hb-django-6-throughput', 'hb-node-25-throughput'])
      expect(new Set(claim(id).figures.map((f) => f.setup)), id).toEqual(new Set(['unstated']));
  });
});

describe('stated verdicts and assertions', () => {
  const verdicts = (source: string) =>
    kb.verdicts.filter((v) => v.source === source).map((v) => `${v.dimension}: ${v.position}`).sort();

  test("Witarist's declared verdicts: its decision matrix, its benchmark winners, its takeaway and its overall line", () => {
    expect(verdicts('witarist-2026')).toEqual([
      'concurrency-model: node',
      'cpu-bound-work: django',
      'database-workloads: django',
      'development-speed: django',
      'ecommerce-cms: node',
      'full-stack-parity: node',
      'microservices: node',
      'ml-integration: django',
      'orm: django',
      'overall: depends',
      'performance: node',
      'realtime: node',
      'security: django',
      'serverless: node',
      'startup-time: node',
    ]);
    const cited = new Set(kb.verdicts.filter((v) => v.table === 'wit-decision-matrix').map((v) => v.row));
    expect(kb.tables.find((t) => t.id === 'wit-decision-matrix')?.rows.filter((r) => !cited.has(r.id))).toEqual([]);
  });

  test('Witarist calls strict security "Achievable" for Node.js, and its verdict says so', () => {
    expect(row('wit-decision-matrix', 'regulatory-compliance')?.cells.node).toMatch(/^Achievable/);
    expect(kb.verdicts.find((v) => v.id === 'wit-security-verdict')?.summary).toMatch(/"Achievable"/);
    expect(claim('wit-dm-regulatory-compliance').text).toMatch(/achievable/);
  });

  test("the hosting blog's declared verdicts: its decision matrix, its opening and closing lines and its FAQ winners", () => {
    expect(verdicts('hosting-benchmarks-2026')).toEqual([
      'architecture: depends',
      'cost: django',
      'development-speed: django',
      'ecommerce-cms: django',
      'learning-curve: django',
      'microservices: node',
      'ml-integration: django',
      'overall: depends',
      'performance: node',
      'realtime: node',
      'scalability: both',
      'team-fit: depends',
    ]);
    const cited = new Set(kb.verdicts.filter((v) => v.table === 'hb-decision-matrix').map((v) => v.row));
    // The e-commerce row gives each side its case; the FAQ's "Django takes this clearly" is the declared verdict.
    expect(kb.tables.find((t) => t.id === 'hb-decision-matrix')?.rows.filter((r) => !cited.has(r.id)).map((r) => r.id)).toEqual(['ecommerce-cms']);
    expect(kb.verdicts.find((v) => v.id === 'hb-ecommerce-cms-verdict')?.claim).toBe('hb-faq-ecommerce');
  });

  test.each([
    ['wit-node-pay-higher', 'node developer-pay higher'],
    ['wit-node-json-gap', 'node json-gap-size 2.7-2.7'],
    ['wit-django-admin-saves-weeks', 'django admin-time-saved 4-6'],
    ['wit-django-channels-moderate', 'django channels-complexity moderate'],
    ['hb-django-async-mature', 'django async-maturity mature'],
    ['hb-django-channels-moderate', 'django channels-complexity moderate'],
    ['hb-django-entry-easy', 'django entry-difficulty easy'],
    ['hb-node-json-gap', 'node json-gap-size 1.36-1.48'],
  ])('assertion %s: %s', (id, expected) => {
    const a = kb.assertions.find((x) => x.id === id);
    const value = a?.direction ?? a?.rating ?? (a?.amount ? `${String(a.amount.low)}-${String(a.amount.high)}` : '');
    expect(`${a?.subject ?? ''} ${a?.property ?? ''} ${value}`).toBe(expected);
  });

  test('pay direction: Witarist and the backend guide point opposite ways', () => {
    expect(claim('wit-node-rate-premium').favours).toBe('django');
    expect(claim('bg-python-salary-higher').favours).toBe('node');
    expect(claim('wit-node-rate-premium').context).toMatch(/backend guide/);
  });
});

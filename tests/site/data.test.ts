// The open-data files in dist: every JSON download validates against its generated JSON Schema (Ajv, draft
// 2020-12), every CSV parses with a real parser (papaparse) with the right header and row count, record counts
// match the collections, every record's url lands on an existing page and anchor, and /data/, the sitemap,
// robots.txt and llms.txt point only at files that exist. Run against a /kb/ build with BASE_PATH=/kb/ too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { distDir, htmlPages, readPage } from '../../scripts/lib/dist.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { synthesize } from '../../src/lib/synthesis/index.ts';
import { datasets } from '../../src/lib/datasets/definitions.ts';

const base = process.env['BASE_PATH'] ?? '/';
const kb = readKnowledgeBase();
const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

/** Expected records per file, counted straight from the collections (CSV differs only where a card splits into levels). */
const expected: Record<string, { json: number; csv?: number }> = {
  sources: { json: kb.sources.length },
  claims: { json: kb.claims.length },
  conflicts: { json: synthesize(kb).candidates.length },
  positions: { json: synthesize(kb).positions.length },
  tables: { json: sum(kb.tables.map((t) => t.rows.length)) },
  benchmarks: { json: kb.benchmarks.length },
  'rate-cards': { json: kb.rateCards.length, csv: sum(kb.rateCards.map((r) => r.levels.length)) },
  'hiring-models': { json: kb.hiringModels.length },
  adopters: { json: kb.adopters.length },
  'when-not': { json: kb.whenNot.length },
  guidance: { json: kb.guidance.length },
  faqs: { json: kb.faqs.length },
  'pros-cons': { json: kb.prosCons.length },
  history: { json: kb.history.length },
  'decision-rules': { json: kb.decisionRules.length },
  topics: { json: kb.topics.length },
  dimensions: { json: kb.dimensions.length },
  metrics: { json: kb.metrics.length },
  answers: { json: kb.answers.length },
  setups: { json: kb.setups.length },
  'stated-verdicts': { json: kb.verdicts.length },
  properties: { json: kb.properties.length },
  assertions: { json: kb.assertions.length },
};

const text = (rel: string) => readFileSync(join(distDir, rel), 'utf8');
const origin = new URL(
  readPage('index.html').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'https://missing.invalid/',
).origin;
const siteRoot = `${origin}${base}`;

/** Element ids of each built page, keyed by its URL path relative to the base ("" for home, "faq/"). */
const pageIds = new Map(
  htmlPages().map(({ file, path }) => [
    path.slice(1),
    new Set(
      readPage(file)
        .querySelectorAll('[id]')
        .map((e) => e.id),
    ),
  ]),
);

/** Why an absolute site URL does not resolve in dist, or undefined when it does. */
function unresolved(url: string): string | undefined {
  if (!url.startsWith(siteRoot)) return `${url} is not under ${siteRoot}`;
  const [path = '', fragment] = url.slice(siteRoot.length).split('#');
  if (!path.endsWith('/') && path !== '')
    return existsSync(join(distDir, path)) ? undefined : `${url}: no file ${path}`;
  const ids = pageIds.get(path);
  if (!ids) return `${url}: no page /${path}`;
  if (fragment !== undefined && !ids.has(decodeURIComponent(fragment)))
    return `${url}: /${path} has no id "${fragment}"`;
  return undefined;
}

interface Doc {
  $schema: string;
  name: string;
  count: number;
  records: Record<string, unknown>[];
}

describe.each(datasets.map((d) => d))('dataset $name', (d) => {
  const doc = JSON.parse(text(`data/${d.name}.json`)) as Doc;
  const schema = JSON.parse(text(`data/schema/${d.name}.json`)) as Record<string, unknown>;

  test('has an expected count in this test', () => {
    expect(expected[d.name], `add "${d.name}" to \`expected\` in tests/site/data.test.ts`).toBeDefined();
  });

  test('JSON validates against its generated JSON Schema (draft 2020-12)', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`${siteRoot}data/schema/${d.name}.json`);
    expect(doc.$schema).toBe(schema['$id']);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(doc);
    expect(ok ? [] : validate.errors?.slice(0, 5).map((e) => `${e.instancePath} ${e.message ?? ''}`)).toEqual([]);
  });

  test('JSON record count matches the collections', () => {
    expect(doc.count).toBe(doc.records.length);
    expect(doc.records.length).toBe(expected[d.name]?.json);
  });

  test('every record has a url and, where its collection has one, a source', () => {
    const sourced = 'source' in d.schema.shape;
    for (const r of doc.records) {
      expect(typeof r['url'], String(r['id'])).toBe('string');
      if (sourced)
        expect(
          kb.sources.map((s) => s.id),
          String(r['id']),
        ).toContain(r['source']);
    }
  });

  test('every record url points at an existing page and anchor', () => {
    const broken = doc.records.map((r) => unresolved(String(r['url']))).filter((p) => p !== undefined);
    expect(broken).toEqual([]);
  });

  test('CSV is UTF-8 with CRLF rows and parses with a header and the right row count', () => {
    const bytes = readFileSync(join(distDir, `data/${d.name}.csv`));
    const csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, newline: '\r\n', skipEmptyLines: 'greedy' });
    expect(parsed.errors).toEqual([]);
    const header = parsed.meta.fields ?? [];
    expect(header).toContain('url');
    expect(header.some((h) => h === 'id' || h.endsWith('.id'))).toBe(true);
    expect(new Set(header).size).toBe(header.length);
    const exp = expected[d.name];
    expect(parsed.data.length).toBe(exp?.csv ?? exp?.json);
    // Same records in the same order as the JSON (split rows repeat their record).
    const ids = [...new Set(parsed.data.map((row) => row['id']))];
    expect(ids).toEqual(doc.records.map((r) => r['id']));
    for (const row of parsed.data) expect(row['url']).toMatch(/^https?:\/\//);
  });
});

describe('/data/ page', () => {
  const page = readPage('data/index.html');
  const hrefs = new Set(page.querySelectorAll('a[href]').map((a) => a.getAttribute('href')));

  test.each(datasets.map((d) => d.name))('%s: has a section and links to its JSON, CSV and schema', (name) => {
    expect(page.getElementById(name)).not.toBeNull();
    for (const file of [`data/${name}.json`, `data/${name}.csv`, `data/schema/${name}.json`]) {
      expect(hrefs, file).toContain(`${base}${file}`);
      expect(existsSync(join(distDir, file)), file).toBe(true);
    }
  });

  test('shows each dataset’s record count', () => {
    for (const d of datasets)
      expect(page.querySelector(`section[aria-labelledby="${d.name}"]`)?.text).toContain(
        String(expected[d.name]?.json),
      );
  });
});

describe('sitemap.xml, robots.txt and llms.txt', () => {
  const locs = [...text('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');

  test('the sitemap lists every built page, canonical with a trailing slash, and nothing else', () => {
    expect(locs.filter((l) => !l.endsWith('/'))).toEqual([]);
    expect(locs.map(unresolved).filter(Boolean)).toEqual([]);
    const built = [...pageIds.keys()].filter((p) => p !== '404/').map((p) => `${siteRoot}${p}`);
    expect([...built].sort()).toEqual([...locs].sort());
  });

  test('robots.txt names the sitemap', () => {
    expect(text('robots.txt')).toContain(`Sitemap: ${siteRoot}sitemap.xml`);
  });

  test('every URL in llms.txt resolves, and it lists every dataset', () => {
    const llms = text('llms.txt');
    expect(llms.startsWith('# ')).toBe(true);
    const urls = [...llms.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0]);
    expect(urls.map(unresolved).filter(Boolean)).toEqual([]);
    for (const d of datasets) expect(llms).toContain(`${siteRoot}data/${d.name}.json`);
  });
});

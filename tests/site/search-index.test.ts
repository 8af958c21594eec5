// The Pagefind index holds one entry per record at its canonical anchor, with clean words and the filters the UI
// offers, and nothing of the site's chrome; the bundle ships only what the search UI loads.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, htmlPages, readPage } from '../../scripts/lib/dist.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { proseSections } from '../../src/lib/search/prose.ts';
import { proseRecords, recordTypes, searchRecords, walkthroughPages } from '../../src/lib/search/records.ts';
import { contextOf } from '../lib/fixtures/kb.ts';
import { VOCABULARY_PARTS, VOCABULARY_PATH } from '../../src/lib/search/options.ts';
import { vocabularyPart } from '../../src/lib/search/typo.ts';
import { nodeSearcher } from './search-eval/harness.ts';

const ctx = contextOf(readKnowledgeBase());
const pages = new Map(htmlPages().map((p) => [p.path, readPage(p.file)]));
const prose = walkthroughPages(ctx).flatMap((p) =>
  proseSections(readFileSync(join(distDir, p.path, 'index.html'), 'utf8'), p),
);
const entries = [...searchRecords(ctx), ...proseRecords(prose)];

describe('search index', () => {
  test("Pagefind's entry count equals the number of records and prose sections", () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(entries.length).toBeGreaterThan(300);
    expect(indexed).toBe(entries.length);
  });

  test.each(['pagefind.js', 'wasm.en.pagefind', 'pagefind-entry.json', 'kb-vocabulary.txt'])(
    'the bundle has %s',
    (file) => {
      expect(existsSync(join(distDir, 'pagefind', file))).toBe(true);
    },
  );

  test.each(['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'wasm.unknown.pagefind'])(
    'the bundle leaves out %s, which nothing loads',
    (file) => {
      expect(existsSync(join(distDir, 'pagefind', file))).toBe(false);
    },
  );

  test('the index is in small chunks, so a query fetches only a few KB of it', () => {
    // Set through Pagefind's unstable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (src/integrations/pagefind.ts): if a
    // Pagefind upgrade ignores it, the index falls back to a few chunks of about 18 KB and this fails first.
    const dir = join(distDir, 'pagefind', 'index');
    const sizes = readdirSync(dir)
      .map((f) => statSync(join(dir, f)).size)
      .sort((a, b) => a - b);
    expect(sizes.length).toBeGreaterThan(30);
    expect(sizes[sizes.length >> 1]).toBeLessThan(3000);
  });

  test('the vocabulary parts are the vocabulary, each word in the part of its first two letters', () => {
    const whole = readFileSync(join(distDir, VOCABULARY_PATH), 'utf8').split('\n');
    const dir = join(distDir, VOCABULARY_PARTS);
    const parts = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const words = parts.flatMap((f) => {
      const list = readFileSync(join(dir, f), 'utf8').split('\n');
      for (const w of list) expect(`${vocabularyPart(w)}.txt`, w).toBe(f);
      return list;
    });
    expect(words.sort()).toEqual(whole.sort());
  });

  test('the records file the build reads is not published', () => {
    expect(existsSync(join(distDir, 'search-records.json'))).toBe(false);
  });

  test('every entry links to an anchor (or page) that exists, once', () => {
    const missing = entries.filter((e) => {
      const [path = '', id] = e.url.split('#');
      const doc = pages.get(path);
      return !doc || (id !== undefined && !doc.getElementById(id));
    });
    expect(missing.map((e) => e.url)).toEqual([]);
    expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length);
  });

  test('every entry has a title, a known type and a source or topic', () => {
    for (const e of entries) {
      expect(e.title.trim(), e.url).not.toBe('');
      expect(recordTypes, e.url).toContain(e.type);
      expect(e.sources.length + e.topics.length, e.url).toBeGreaterThan(0);
    }
  });

  test('entry words carry no chips, badges, labels or permalink tools', () => {
    const junk = /Favours (?:Django|Node\.js|Tie)|Source:|Link to |Copy link|In the source|⧉/;
    expect(entries.filter((e) => junk.test(e.content)).map((e) => `${e.url}: ${e.content.slice(0, 80)}`)).toEqual([]);
  });

  test('each walkthrough has its prose indexed by section', () => {
    for (const p of walkthroughPages(ctx))
      expect(prose.filter((s) => s.page === p.page).length, p.path).toBeGreaterThan(3);
  });
});

describe('search results from the built index', async () => {
  const search = await nodeSearcher(distDir);

  test.each([['instagram'], ['is django secure by default'], ['senior developer cost']])(
    '%j is answered by a record, not by the comparison matrix or a page top',
    async (q) => {
      const { urls } = await search(q, 5);
      expect(urls[0], q).toContain('#');
      for (const url of urls) expect(url, q).not.toMatch(/^\/compare\//);
    },
  );
});

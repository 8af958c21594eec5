// The Pagefind index covers exactly the content pages, and what the search UI relies on is in dist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, htmlPages, readPage } from '../../scripts/lib/dist.ts';
import { searchTypes } from '../../src/lib/search-facets.ts';
import type { AnchorMap } from '../../src/lib/search/anchors.ts';

const pages = htmlPages().map((p) => ({ ...p, doc: readPage(p.file) }));
const content = pages.filter((p) => p.doc.querySelector('[data-pagefind-body]'));

describe('search index', () => {
  test("Pagefind's page count equals the number of content pages", () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(content.length).toBeGreaterThan(1);
    expect(indexed).toBe(content.length);
  });

  test.each(['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'pagefind-entry.json'])(
    'the bundle has %s',
    (file) => {
      expect(existsSync(join(distDir, 'pagefind', file))).toBe(true);
    },
  );

  test('the 404 and search pages stay out of the index', () => {
    const out = pages.filter((p) => !p.doc.querySelector('[data-pagefind-body]')).map((p) => p.path);
    expect(out).toEqual(expect.arrayContaining(['/404/', '/search/']));
  });

  test.each(content.map((p) => [p.path, p.doc] as const))('%s declares one known result type', (_path, doc) => {
    const types = doc.querySelectorAll('[data-pagefind-filter="type"]').map((el) => el.text.trim());
    expect(types).toHaveLength(1);
    expect(searchTypes).toContain(types[0]);
  });

  test('site chrome is never indexed', () => {
    for (const { path, doc } of content) {
      for (const sel of ['header.site-header', 'footer.site-footer'])
        expect(doc.querySelector(sel)?.getAttribute('data-pagefind-ignore'), `${sel} on ${path}`).toBe('all');
      expect(
        doc.querySelector('[data-pagefind-body] header.site-header, [data-pagefind-body] footer.site-footer'),
      ).toBeNull();
    }
  });
});

describe('search-anchors.json', () => {
  const map = JSON.parse(readFileSync(join(distDir, 'search-anchors.json'), 'utf8')) as AnchorMap;
  const ids = new Map(pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((el) => el.id))]));

  test('every anchor it describes exists on its page', () => {
    const missing = Object.keys(map).filter((key) => {
      const [path = '', id = ''] = key.split('#');
      return !ids.get(path)?.has(id);
    });
    expect(missing).toEqual([]);
  });

  test('every entry names at least one source', () => {
    for (const [key, info] of Object.entries(map)) expect(info.sources.length, key).toBeGreaterThan(0);
  });
});

// Every internal link in dist resolves: pages, files (data downloads, icons) and #fragments, with no
// non-canonical forms. Run against a non-root base too: `npm run test:base` (DIST_DIR=dist-kb BASE_PATH=/kb/).
import { describe, expect, test } from 'vitest';
import { distDir, htmlPages, readPage, walk } from '../../scripts/lib/dist.ts';
import { checkLinks, urlPathOf, type PageLinks } from '../../src/lib/links.ts';

const base = process.env['BASE_PATH'] ?? '/';
const files = walk(distDir);
const pages = new Map<string, PageLinks>();
for (const { file } of htmlPages()) {
  const doc = readPage(file);
  pages.set(urlPathOf(file, base), {
    ids: [
      ...doc.querySelectorAll('[id]').map((e) => e.id),
      ...doc.querySelectorAll('a[name]').map((e) => e.getAttribute('name') ?? ''),
    ],
    hrefs: [
      ...doc.querySelectorAll('[href]').map((e) => e.getAttribute('href') ?? ''),
      ...doc.querySelectorAll('[src]').map((e) => e.getAttribute('src') ?? ''),
      ...doc.querySelectorAll('form[action]').map((e) => e.getAttribute('action') ?? ''),
    ],
  });
}
// The public origin, from the home page's canonical link, so absolute links to our own site are checked too.
const home = pages.has(base)
  ? readPage('index.html').querySelector('link[rel="canonical"]')?.getAttribute('href')
  : undefined;
const origin = home ? new URL(home).origin : undefined;
const problems = checkLinks({
  pages,
  files: new Set(files.filter((f) => !f.endsWith('.html')).map((f) => urlPathOf(f, base))),
  base,
  ...(origin ? { origin } : {}),
});

describe(`internal links in ${distDir} (base ${base})`, () => {
  test('the build has a home page with a canonical link', () => {
    expect(
      pages.has(base),
      `no index.html in ${distDir}: build first (DIST_DIR and BASE_PATH must match the build)`,
    ).toBe(true);
    expect(origin).toBeDefined();
  });

  test.each([...pages.keys()])('%s: every href, src and #fragment resolves to its canonical form', (page) => {
    const mine = problems.filter((p) => p.page === page).map((p) => `${p.kind}: ${p.message}`);
    expect(mine).toEqual([]);
  });
});

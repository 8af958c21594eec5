// The frame of every built page (issue 14): the CSP <meta> first, one render-blocking stylesheet, calculator and
// search CSS only where they are used, the site navigation with the current page marked, previous/next on topics
// and sources, "On this page" outside the main content, and no copy button per item.
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { HTMLElement } from 'node-html-parser';
import { htmlPages, readPage } from '../../scripts/lib/dist.ts';

const pages = htmlPages().map((p) => ({ ...p, doc: readPage(p.file) }));
const base = process.env['BASE_PATH'] ?? '/';

describe('every page', () => {
  test.each(pages)('$path: the CSP <meta> comes right after the charset, before any script', ({ doc }) => {
    const head = doc.querySelector('head')?.childNodes.filter((n) => n instanceof HTMLElement) ?? [];
    const tags = head.map((n) => n.outerHTML.slice(0, 45));
    expect(tags[0]).toBe('<meta charset="utf-8">');
    expect(tags[1]).toMatch(/^<meta http-equiv="content-security-policy"/);
  });

  test.each(pages)('$path: at most one render-blocking stylesheet, and no search dialog CSS', ({ doc }) => {
    // In <head> a stylesheet holds up the first paint; a calculator's, linked in <body> where the calculator is, holds
    // back only what follows it.
    expect(doc.querySelectorAll('head link[rel="stylesheet"]').length).toBeLessThanOrEqual(1);
    const inBody = doc.querySelectorAll('body link[rel="stylesheet"]');
    expect(inBody.map((l) => l.getAttribute('href') ?? '').filter((h) => !/-calculator\.[\w-]+\.css$/.test(h))).toEqual(
      [],
    );
    const css = doc
      .querySelectorAll('style')
      .map((s) => s.innerHTML)
      .join('\n');
    if (!doc.querySelector('[data-search-page]')) expect(css).not.toContain('.search-dialog');
  });

  test.each(pages)('$path: calculator CSS only where a calculator is, linked right before it', ({ doc }) => {
    const css = doc
      .querySelectorAll('style')
      .map((s) => s.innerHTML)
      .join('\n');
    expect(css, 'no calculator CSS inline').not.toMatch(/\.cost-calculator|\.dc-wrap/);
    for (const [name, selector] of [
      ['cost-calculator', '.cost-calculator'],
      ['decision-calculator', '.dc-wrap'],
    ] as const) {
      const links = doc.querySelectorAll(`link[rel="stylesheet"][href*="/${name}."]`);
      const calculator = doc.querySelector(selector);
      expect(links.length, `${name} stylesheet`).toBe(calculator ? 1 : 0);
      if (calculator && links[0]) {
        const html = doc.toString();
        expect(html.indexOf(links[0].outerHTML), 'linked before the calculator').toBeLessThan(
          html.indexOf(calculator.outerHTML.slice(0, 60)),
        );
      }
    }
  });

  test.each(pages)('$path: one site navigation, no per-item copy buttons, a theme control', ({ doc, path }) => {
    const nav = doc.querySelectorAll('header details[data-menu] > nav.sidebar');
    expect(nav).toHaveLength(1);
    const current = nav[0]?.querySelectorAll('a[aria-current="page"]').map((a) => a.getAttribute('href')) ?? [];
    const listed = nav[0]?.querySelectorAll('a').some((a) => a.getAttribute('href') === `${base}${path.slice(1)}`);
    expect(current).toEqual(listed ? [`${base}${path.slice(1)}`] : []);
    expect(doc.querySelectorAll('button.copy-link, button[data-copy-link]')).toHaveLength(0);
    expect(doc.querySelectorAll('button[data-theme-toggle]')).toHaveLength(1);
  });

  test.each(pages.filter((p) => p.doc.querySelector('[data-toc]')))(
    '$path: "On this page" sits outside the main content, before it, and links to ids on the page',
    ({ doc }) => {
      const toc = doc.querySelector('details[data-toc]');
      expect(toc?.closest('main')).toBeNull();
      for (const a of toc?.querySelectorAll('a') ?? []) {
        const id = (a.getAttribute('href') ?? '').slice(1);
        expect(doc.getElementById(id), `#${id}`).not.toBeNull();
      }
    },
  );
});

describe('previous and next', () => {
  const topics = pages.filter((p) => /^\/topics\/[^/]+\/$/.test(p.path));
  const sources = pages.filter((p) => /^\/sources\/[^/]+\/$/.test(p.path));

  test.each([
    ['topic', topics],
    ['source', sources],
  ] as const)('every %s page links to its neighbours, first and last to one', (noun, list) => {
    expect(list.length).toBeGreaterThan(1);
    const counts = list.map(({ doc }) => doc.querySelectorAll('nav.pager a').length);
    expect(counts.filter((n) => n === 1)).toHaveLength(2);
    expect(counts.every((n) => n === 1 || n === 2)).toBe(true);
    for (const { doc } of list)
      for (const rel of doc.querySelectorAll('nav.pager .pager-rel'))
        expect(rel.text).toMatch(new RegExp(`(Previous|Next) ${noun}`));
  });

  test('no other page has a pager', () => {
    const others = pages.filter((p) => !/^\/(topics|sources)\/[^/]+\/$/.test(p.path));
    expect(others.filter(({ doc }) => doc.querySelector('nav.pager')).map((p) => p.path)).toEqual([]);
  });
});

describe('weight of the frame', () => {
  // Issue 14 compares each reading page with Starlight's (mean 11.6 KB brotli, 1,154 elements); the frame's share
  // must stay small, so the page's content decides. One element per permalink, none per copy button.
  const chrome = ['header.site-header', 'nav.pager', 'footer.site-footer'];
  const count = (e: HTMLElement | null) => (e ? 1 + e.querySelectorAll('*').length : 0);
  test.each(pages)('$path: header, pager and footer are at most 110 elements, 2.5 KB brotli', ({ doc }) => {
    const parts = chrome.map((s) => doc.querySelector(s)).filter((e) => e !== null);
    expect(parts.reduce((n, e) => n + count(e), 0)).toBeLessThanOrEqual(110);
    expect(brotliCompressSync(parts.map((e) => e.outerHTML).join('')).length).toBeLessThanOrEqual(2500);
  });

  test.each(pages.filter((p) => p.doc.querySelector('[data-toc]')))(
    '$path: "On this page" is two elements per entry and at most six more',
    ({ doc }) => {
      const toc = doc.querySelector('details[data-toc]');
      expect(count(toc)).toBeLessThanOrEqual(2 * (toc?.querySelectorAll('li').length ?? 0) + 6);
    },
  );

  test.each(pages)('$path: a permalink is one element', ({ doc }) => {
    expect(doc.querySelectorAll('.anchor-tools > *, span.anchor-tools')).toHaveLength(0);
  });
});

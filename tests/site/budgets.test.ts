// Byte budgets (gzip, measured on dist so they never flake). A content page: JS before interaction (module
// scripts, client:load islands and their static imports; not dynamic imports) <= 3 KB, CSS <= 10 KB,
// HTML <= 30 KB. A calculator page (a calculator's own page, or a page embedding one): all JS including island
// hydration <= 15 KB.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { distDir, htmlPages, readPage } from '../../scripts/lib/dist.ts';
import { BUDGETS, formatBudget, staticGraph } from '../../src/lib/budgets.ts';
import { paths } from '../../src/lib/routes.ts';

const base = process.env['BASE_PATH'] ?? '/';
const calculators: string[] = [paths.cost, paths.decision];
// Level 9, as static hosts precompress (gzip_static, Netlify, Cloudflare); the cost calculator test measures alike.
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

const cache = new Map<string, string | undefined>();
/** Code of a URL path in dist ("/_astro/x.js"), or undefined when the file is missing. */
function read(urlPath: string): string | undefined {
  if (!cache.has(urlPath)) {
    const file = join(distDir, urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath);
    cache.set(urlPath, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  }
  return cache.get(urlPath);
}
const abs = (href: string, page: string) => new URL(href, `http://site.invalid${base}${page.slice(1)}`).pathname;
const executable = new Set(['', 'module', 'text/javascript', 'application/javascript']);

interface Measure {
  path: string;
  calculator: boolean;
  js: number;
  css: number;
  html: number;
  missing: string[];
  /** Where the JS bytes come from, for the failure message. */
  parts: string[];
}

function measure(file: string, path: string): Measure {
  const doc = readPage(file);
  // Issues 5 and 6 embed the calculators beside the tables they are built from (the compare page, the cost topic,
  // the rate card's walkthrough). Such a page is a calculator page: the island and Astro's loader are its JS budget.
  const calculator = calculators.includes(path) || doc.querySelector('astro-island') !== null;
  const attr = (selector: string, name: string) =>
    doc.querySelectorAll(selector).map((e) => abs(e.getAttribute(name) ?? '', path));
  const islands = doc
    .querySelectorAll('astro-island')
    .filter((i) => calculator || ['load', 'only'].includes(i.getAttribute('client') ?? ''));
  // A classic script (Astro's island loader, moved to a file by src/integrations/island-scripts.ts) cannot import:
  // it is counted as it is. Module scripts are walked with their static imports.
  const classic = attr('script[src]:not([type="module"])', 'src');
  const entries = [
    ...attr('script[src][type="module"]', 'src'),
    ...attr('link[rel="modulepreload"]', 'href'),
    ...islands
      .flatMap((i) =>
        ['component-url', 'renderer-url', 'before-hydration-url'].map((n) => i.getAttribute(n)).filter((u) => u),
      )
      .map((u) => abs(u ?? '', path)),
  ];
  const graph = staticGraph(entries, read);
  const inlineJs = doc
    .querySelectorAll('script:not([src])')
    .filter((s) => executable.has(s.getAttribute('type') ?? ''));
  const sheets = attr('link[rel="stylesheet"]', 'href');
  const scripts = [...graph.modules, ...classic.filter((c) => !graph.modules.includes(c) && read(c) !== undefined)];
  const parts = [
    ...scripts.map((m) => `${m} ${gz(read(m) ?? '')} B`),
    ...inlineJs.map((s) => `inline <script> "${s.innerHTML.slice(0, 30)}…" ${gz(s.innerHTML)} B`),
  ];
  return {
    path,
    calculator,
    js: scripts.reduce((n, m) => n + gz(read(m) ?? ''), 0) + inlineJs.reduce((n, s) => n + gz(s.innerHTML), 0),
    css:
      sheets.reduce((n, s) => n + gz(read(s) ?? ''), 0) +
      doc.querySelectorAll('style').reduce((n, s) => n + gz(s.innerHTML), 0),
    html: gz(readFileSync(join(distDir, file))),
    missing: [
      ...graph.missing,
      ...classic.filter((c) => read(c) === undefined),
      ...sheets.filter((s) => read(s) === undefined),
    ],
    parts,
  };
}

const measures = htmlPages().map(({ file, path }) => measure(file, path));

describe('byte budgets (gzip)', () => {
  test('both calculator pages are built and judged as calculator pages', () => {
    const judged = measures.filter((m) => m.calculator).map((m) => m.path);
    expect(judged).toEqual(expect.arrayContaining(calculators));
  });

  test.each(measures)('$path stays within its budgets', (m) => {
    const jsBudget = m.calculator ? BUDGETS.calculatorJs : BUDGETS.contentJs;
    const over = [
      ...m.missing.map((f) => `missing from dist: ${f}`),
      ...(m.js > jsBudget ? [`JS ${formatBudget(m.js, jsBudget)}: ${m.parts.join('; ')}`] : []),
      ...(m.css > BUDGETS.css ? [`CSS ${formatBudget(m.css, BUDGETS.css)}`] : []),
      ...(m.html > BUDGETS.html ? [`HTML ${formatBudget(m.html, BUDGETS.html)}`] : []),
    ];
    expect(over).toEqual([]);
  });
});

afterAll(() => {
  if (!process.env['BUDGET_REPORT']) return;
  const rows = measures.map(
    (m) =>
      `${m.path.padEnd(40)} ${String(m.js).padStart(7)} ${String(m.css).padStart(7)} ${String(m.html).padStart(7)}`,
  );
  console.log(['page (gzip bytes)                             js     css    html', ...rows].join('\n'));
});

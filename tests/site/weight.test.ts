// Issue 14: the reading pages weigh less than Starlight's for the same content. Starlight 0.42 on the eight pages
// below: 11.6 KB of HTML (brotli) and 1,154 elements per page, on average. Measured on dist, so it never flakes:
// the HTML as a static host sends it (brotli at quality 11, as src/integrations/precompress.ts writes it) and the
// elements a parser builds from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { expect, test } from 'vitest';
import { distDir, readPage } from '../../scripts/lib/dist.ts';
import { paths } from '../../src/lib/routes.ts';

/** Starlight 0.42's figures for the same content (the issue's measurement), means over PAGES. */
const STARLIGHT = { brotliBytes: 11.6 * 1024, elements: 1_154 };
const PAGES = [
  paths.source('witarist-2026'),
  paths.source('backend-guide'),
  paths.topic('performance'),
  paths.topic('cost-hiring'),
  paths.faq,
  paths.whenNot,
  paths.compare,
  paths.benchmarks,
];

const file = (path: string) => `${path.slice(1)}index.html`;
const measured = PAGES.map((path) => ({
  path,
  brotli: brotliCompressSync(readFileSync(join(distDir, file(path))), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length,
  elements: readPage(file(path)).querySelectorAll('*').length,
}));
const mean = (key: 'brotli' | 'elements') => measured.reduce((n, m) => n + m[key], 0) / measured.length;
const report = measured
  .map((m) => `${m.path} ${(m.brotli / 1024).toFixed(1)} KB, ${String(m.elements)} elements`)
  .join('; ');

test('the eight reading pages are lighter than Starlight: HTML (brotli), on average', () => {
  expect(mean('brotli'), report).toBeLessThan(STARLIGHT.brotliBytes);
});

test('the eight reading pages have fewer elements than Starlight, on average', () => {
  expect(mean('elements'), report).toBeLessThan(STARLIGHT.elements);
});

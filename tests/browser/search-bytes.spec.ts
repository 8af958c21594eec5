// What search costs a reader in bytes, from the network log: opening search and the first query, then a second
// query. Response bodies as transferred (encoded) plus headers; nothing is fetched before intent.
import { expect, test, type Page, type Request } from '@playwright/test';
import { url } from './support/site.ts';

/**
 * Budgets from measurement (2026-12, 588 entries): the first query ("cold start") costs 148.4 KB, a second one
 * ("senior hourly rate", three new words) 43.7 KB. The issue asked for 100 KB and 20 KB; Pagefind 1.6's English
 * WebAssembly alone is 60 KB and each index chunk a query touches about 18 KB, so those targets are not met. The
 * budgets catch any growth (an extra script, more fragments loaded up front, a worker fetched again).
 */
const FIRST_QUERY_BYTES = 155_000;
const SECOND_QUERY_BYTES = 45_000;
/** At most this many fragments (one per result) before "Show more results". */
const FIRST_FRAGMENTS = 5;

/** Starts counting finished requests; the returned function gives the bytes and URLs counted so far. */
function meter(page: Page): () => Promise<{ bytes: number; urls: string[] }> {
  const done: Request[] = [];
  const onDone = (r: Request) => done.push(r);
  page.on('requestfinished', onDone);
  return async () => {
    page.off('requestfinished', onDone);
    const sizes = await Promise.all(done.map((r) => r.sizes()));
    const bytes = sizes.reduce((n, s) => n + s.responseBodySize + s.responseHeadersSize, 0);
    return { bytes, urls: done.map((r) => r.url()) };
  };
}

const status = (page: Page) => page.locator('dialog.search-dialog .search-status');

test('search loads nothing before intent, then stays within its byte budgets', async ({ page }) => {
  const onLoad = meter(page);
  await page.goto(url('/'));
  await page.waitForLoadState('networkidle');
  const before = await onLoad();
  expect(
    before.urls.filter((u) => /pagefind|search-dialog/.test(u)),
    'nothing of search loads with the page',
  ).toEqual([]);

  const first = meter(page);
  await page.keyboard.press('/');
  await page.locator('dialog.search-dialog input[type="search"]').fill('cold start');
  await expect(status(page)).toContainText('results for “cold start”', { useInnerText: true });
  await page.waitForLoadState('networkidle');
  const one = await first();
  test.info().annotations.push({ type: 'first query bytes', description: String(one.bytes) });

  const second = meter(page);
  await page.locator('dialog.search-dialog input[type="search"]').fill('senior hourly rate');
  await expect(status(page)).toContainText('“senior hourly rate”', { useInnerText: true });
  await page.waitForLoadState('networkidle');
  const two = await second();
  test.info().annotations.push({ type: 'second query bytes', description: String(two.bytes) });

  expect(one.urls.filter((u) => u.includes('/fragment/')).length).toBeLessThanOrEqual(FIRST_FRAGMENTS);
  expect(
    one.urls.filter((u) => u.includes('pagefind-worker')),
    'no worker script',
  ).toEqual([]);
  expect(one.bytes).toBeLessThanOrEqual(FIRST_QUERY_BYTES);
  expect(two.bytes).toBeLessThanOrEqual(SECOND_QUERY_BYTES);
});

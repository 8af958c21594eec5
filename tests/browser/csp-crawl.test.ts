// Serves dist with the header-only protections too (the test server sends public/_headers) and fails on any CSP violation,
// uncaught error or console error: on every page, in a search, and in both calculators. Outcomes are checked as
// well, because a violation inside a worker (Pagefind searches in one) never reaches the page.
import { describe, expect, test } from 'vitest';
import { htmlPages } from '../../scripts/lib/dist.ts';
import { useServer } from '../helpers/server.ts';
import { useBrowserContext } from '../helpers/shared-browser.ts';
import { hydrate, watchPage } from '../helpers/watch.ts';
import { headersFor, readHeaderRules } from '../../scripts/lib/headers.ts';
import { paths } from '../../src/lib/routes.ts';

const site = useServer();
const browser = useBrowserContext();

async function open(path: string) {
  const page = await browser.context.newPage();
  const watch = await watchPage(page);
  const response = await page.goto(site.url(path));
  return { page, watch, response };
}

describe('no CSP violation, page error or console error', () => {
  test('the server sends the header-only protections', async () => {
    const { page, response } = await open('/');
    const headers = response?.headers() ?? {};
    const expected = Object.entries(headersFor(readHeaderRules(), '/'));
    expect(expected.length).toBeGreaterThan(0);
    for (const [name, value] of expected) expect(headers[name.toLowerCase()], name).toBe(value);
    await page.close();
  });

  test.each(htmlPages().filter((p) => p.path !== '/404/'))('$path', async ({ path }) => {
    const { page, watch, response } = await open(path);
    expect(response?.status()).toBe(200);
    await hydrate(page);
    // A moment for idle callbacks and late requests to report.
    await page.waitForTimeout(150);
    expect(await watch.problems()).toEqual([]);
    await page.close();
  });

  test('a search from the header finds results', async () => {
    const { page, watch } = await open('/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox', { name: 'Search the knowledge base' }).fill('django');
    // Results are links to our pages; Pagefind fetches them through its worker and WebAssembly.
    const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await watch.problems()).toEqual([]);
    await page.close();
  });

  test('the search page finds results for a query in its URL', async () => {
    const { page, watch } = await open(`${paths.search}?q=performance`);
    const results = page.getByRole('main').getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await watch.problems()).toEqual([]);
    await page.close();
  });

  test.each([
    ['cost', paths.cost],
    ['decision', paths.decision],
  ])('the %s calculator recomputes when an input changes', async (_name, path) => {
    const { page, watch, response } = await open(path);
    expect(response?.status()).toBe(200);
    await hydrate(page);
    // The page's text is the result: it must change when an input does (the value itself is not in innerText).
    const main = page.getByRole('main');
    const before = await main.innerText();
    await page.locator('main input[type="text"]').filter({ visible: true }).first().fill('95');
    await page.keyboard.press('Tab');
    await expect.poll(() => main.innerText()).not.toBe(before);
    expect(await watch.problems()).toEqual([]);
    await page.close();
  });
});

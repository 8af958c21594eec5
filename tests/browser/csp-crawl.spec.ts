// Serves dist with the header-only protections too (the test server sends public/_headers) and fails on any CSP
// violation, uncaught error or console error: on every page, in a search, and in both calculators. Outcomes are
// checked as well, because a violation inside a worker (Pagefind searches in one) never reaches the page.
import { expect, type Page } from '@playwright/test';
import { htmlPages } from '../../scripts/lib/dist.ts';
import { headersFor, readHeaderRules } from '../../scripts/lib/headers.ts';
import { withSharedContext } from './support/shared-context.ts';
import { url } from './support/site.ts';
import { hydrate, settle, watchPage } from './support/watch.ts';
import { paths } from '../../src/lib/routes.ts';

// One context per worker for the crawl: it reads pages and changes nothing stored.
const test = withSharedContext();

async function open(page: Page, path: string) {
  const watch = await watchPage(page);
  const response = await page.goto(url(path));
  return { watch, response };
}

test.describe('no CSP violation, page error or console error', () => {
  test('the server sends the header-only protections', async ({ page }) => {
    const { response } = await open(page, '/');
    const headers = response?.headers() ?? {};
    const expected = Object.entries(headersFor(readHeaderRules(), '/'));
    expect(expected.length).toBeGreaterThan(0);
    for (const [name, value] of expected) expect(headers[name.toLowerCase()], name).toBe(value);
  });

  for (const { path } of htmlPages().filter((p) => p.path !== '/404/')) {
    test(path, async ({ page }) => {
      const { watch, response } = await open(page, path);
      expect(response?.status()).toBe(200);
      await hydrate(page);
      // Idle callbacks and late requests report before the page is judged.
      await settle(page);
      expect(await watch.problems()).toEqual([]);
    });
  }

  test('a search from the header finds results', async ({ page }) => {
    const { watch } = await open(page, '/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox', { name: 'Search the knowledge base' }).fill('django');
    // Results are links to our pages; Pagefind fetches them through its worker and WebAssembly.
    const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    expect(await watch.problems()).toEqual([]);
  });

  test('the search page finds results for a query in its URL', async ({ page }) => {
    const { watch } = await open(page, `${paths.search}?q=performance`);
    const results = page.getByRole('main').getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    expect(await watch.problems()).toEqual([]);
  });

  for (const [name, path] of [
    ['cost', paths.cost],
    ['decision', paths.decision],
  ] as const) {
    test(`the ${name} calculator recomputes when an input changes`, async ({ page }) => {
      const { watch, response } = await open(page, path);
      expect(response?.status()).toBe(200);
      await hydrate(page);
      // The page's text is the result: it must change when an input does (the value itself is not in innerText).
      const main = page.getByRole('main');
      const before = await main.innerText();
      await page.locator('main input[type="text"]').filter({ visible: true }).first().fill('95');
      await page.keyboard.press('Tab');
      await expect(main).not.toHaveText(before, { useInnerText: true });
      expect(await watch.problems()).toEqual([]);
    });
  }
});

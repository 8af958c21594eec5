// With JavaScript disabled every page is readable: its main content is there and visible. The calculators show
// the result computed at build time, and /search/ offers the FAQ and the topics instead of live search.
import { expect, type Page } from '@playwright/test';
import { htmlPages } from '../../scripts/lib/dist.ts';
import { withSharedContext } from './support/shared-context.ts';
import { base, url } from './support/site.ts';
import { paths } from '../../src/lib/routes.ts';
import { withBase } from '../../src/lib/url.ts';

// One JavaScript-less context per worker, as a reader with scripts off keeps theirs.
const test = withSharedContext({ javaScriptEnabled: false });

async function open(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(url(path));
  expect(response?.status(), `${path} status`).toBe(status);
}

/** The visible text of <main>: what a reader without JS actually sees. */
const mainText = (page: Page) => page.locator('main').innerText();

test.describe('readable without JavaScript', () => {
  for (const { path } of htmlPages().filter((p) => p.path !== '/404/')) {
    test(`${path} shows its heading and content`, async ({ page }) => {
      await open(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const heading = await page.getByRole('heading', { level: 1 }).innerText();
      const text = (await mainText(page)).replace(heading, '').trim();
      expect(text.length, `visible text in <main> of ${path} besides its heading`).toBeGreaterThan(40);
    });
  }

  test('the 404 page is readable at an unknown URL', async ({ page }) => {
    await open(page, '/no-such-page/', 404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  });

  for (const [name, path] of [
    ['cost', paths.cost],
    ['decision', paths.decision],
  ] as const) {
    test(`the ${name} calculator shows its build-time result`, async ({ page }) => {
      await open(page, path);
      // The result region: an <output>, a status or a live region, whichever holds the figures or the verdict.
      const results = await page
        .locator('main output, main [role="status"], main [aria-live]')
        .evaluateAll((els) =>
          els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => (e as HTMLElement).innerText.trim()),
        );
      expect(
        results.filter((t) => t.length > 10),
        'a visible result region with text',
      ).not.toEqual([]);
      expect(await mainText(page)).not.toMatch(/NaN|undefined|\[object/);
    });
  }

  test('/search/ offers the FAQ and the topics as a fallback', async ({ page }) => {
    await open(page, paths.search);
    const main = page.locator('main');
    await expect(main.locator(`a[href^="${withBase(base, paths.faq)}"]`).first()).toBeVisible();
    await expect(main.locator(`a[href^="${withBase(base, paths.topics)}"]`).first()).toBeVisible();
  });
});

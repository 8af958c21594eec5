// With JavaScript disabled every page is readable: its main content is there and visible. The calculators show
// the result computed at build time, and /search/ offers the FAQ and the topics instead of live search.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlPages } from '../../scripts/lib/dist.ts';
import { useServer } from '../helpers/server.ts';
import { sharedBrowser } from '../helpers/shared-browser.ts';
import { paths } from '../../src/lib/routes.ts';
import { withBase } from '../../src/lib/url.ts';

const site = useServer();
const base = process.env['BASE_PATH'] ?? '/';
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await sharedBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await context.close();
  await browser.close();
});

async function open(path: string, status = 200): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(site.url(path));
  expect(response?.status(), `${path} status`).toBe(status);
  return page;
}

/** The visible text of <main>: what a reader without JS actually sees. */
const mainText = (page: Page) => page.locator('main').innerText();

describe('readable without JavaScript', () => {
  test.each(htmlPages().filter((p) => p.path !== '/404/'))('$path shows its heading and content', async ({ path }) => {
    const page = await open(path);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    const text = (await mainText(page)).replace(heading, '').trim();
    expect(text.length, `visible text in <main> of ${path} besides its heading`).toBeGreaterThan(40);
    await page.close();
  });

  test('the 404 page is readable at an unknown URL', async () => {
    const page = await open('/no-such-page/', 404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/not found/i);
    await page.close();
  });

  test.each([
    ['cost', paths.cost],
    ['decision', paths.decision],
  ])('the %s calculator shows its build-time result', async (_name, path) => {
    const page = await open(path);
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
    await page.close();
  });

  test('/search/ offers the FAQ and the topics as a fallback', async () => {
    const page = await open(paths.search);
    const main = page.locator('main');
    await expect
      .poll(() =>
        main
          .locator(`a[href^="${withBase(base, paths.faq)}"]`)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        main
          .locator(`a[href^="${withBase(base, paths.topics)}"]`)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await page.close();
  });
});

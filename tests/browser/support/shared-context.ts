import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * `test` whose `page` opens in one browser context per worker instead of a fresh context per test: for the
 * read-only sweeps (one test per built URL), where a new context for each of dozens of pages costs more than the
 * page itself. Tests that change stored state (theme, clipboard) keep Playwright's fresh context per test.
 */
export function withSharedContext(options: BrowserContextOptions = {}) {
  return base.extend<{ page: Page }, { sharedContext: BrowserContext }>({
    sharedContext: [
      async ({ browser }, use) => {
        const context = await browser.newContext(options);
        await use(context);
        await context.close();
      },
      { scope: 'worker' },
    ],
    page: async ({ sharedContext }, use) => {
      const page = await sharedContext.newPage();
      await use(page);
      await page.close();
    },
  });
}

import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/helpers/browser-global-setup.ts: one Chromium for the whole browser suite. */
    browserWSEndpoint?: string;
  }
}

/**
 * The browser suite's Chromium: the one the global setup launched when it is configured (one browser for every
 * file), otherwise a browser of this file's own. Closing it only disconnects from a shared one.
 */
export async function sharedBrowser(): Promise<Browser> {
  const endpoint = inject('browserWSEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchBrowser();
}

/**
 * One browser context for a whole test file, opened in beforeAll on the suite's browser and closed in afterAll.
 * Read `.context` inside tests (it exists only once beforeAll has run).
 */
export function useBrowserContext(): { readonly context: BrowserContext } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await sharedBrowser();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });
  return {
    get context() {
      if (!context) throw new Error('useBrowserContext: the context exists only inside tests, after beforeAll');
      return context;
    },
  };
}

import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
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

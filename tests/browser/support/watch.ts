import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** CSP violations seen by the page, recorded by an init script before any page script runs. */
    __cspViolations?: string[];
    /** Layout shifts seen by the page, recorded by an init script (recordLayoutShifts). */
    __shifts?: { value: number; line: string }[];
  }
}

/**
 * Records everything that should never happen on our pages: CSP violations (the securitypolicyviolation event
 * and Chrome's console report), uncaught errors, console errors (in the page and its workers) and dialogs.
 * Call before the first navigation. `problems()` returns them, one line each.
 */
export async function watchPage(page: Page): Promise<{ problems: () => Promise<string[]> }> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`page error on ${page.url()}: ${e.message}`));
  page.on('dialog', (d) => {
    seen.push(`dialog (${d.type()}) opened on ${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('worker', (w) => {
    w.on('console', (m) => {
      if (m.type() === 'error') seen.push(`worker console error (${w.url()}): ${m.text()}`);
    });
  });
  return {
    problems: async () => {
      const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...seen, ...csp];
    },
  };
}

/**
 * Waits until every island has hydrated: Astro drops an island's `ssr` attribute once it has. Each client:visible
 * island is scrolled into view and waited for in turn; the page is scrolled back to the top afterwards.
 */
export async function hydrate(page: Page, timeout = 20_000): Promise<void> {
  // One evaluate per step (not a locator, which would wait for an island that has meanwhile hydrated). An island is
  // display: contents, with no box of its own, so its first child is what gets scrolled into view.
  const next = () =>
    page.evaluate(() => {
      const island = document.querySelector('astro-island[ssr]');
      (island?.firstElementChild ?? island)?.scrollIntoView({ block: 'center' });
      return document.querySelectorAll('astro-island[ssr]').length;
    });
  try {
    for (let n = await next(); n > 0; n = await next()) {
      await page.waitForFunction((before) => document.querySelectorAll('astro-island[ssr]').length < before, n, {
        timeout,
        polling: 50,
      });
    }
  } catch {
    const stuck = await page.$$eval('astro-island[ssr]', (els) => els.map((e) => e.getAttribute('component-url')));
    throw new Error(`${page.url()}: islands did not hydrate within ${timeout} ms: ${stuck.join(', ')}`);
  }
  await page.evaluate(() => {
    scrollTo(0, 0);
  });
}

/**
 * Resolves once the page has loaded and its main thread has gone idle: idle callbacks, late image errors and
 * effects scheduled after hydration have had their turn. A condition, not a fixed sleep.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        // The timeout only bounds a page that never goes idle; an idle page answers at once.
        requestIdleCallback(
          () => {
            resolve();
          },
          { timeout: 5_000 },
        );
      }),
  );
}

/**
 * Records every layout shift from the first paint on (an observer installed before any page script). Call before
 * the first navigation; `shifts()` returns their sum and, one line each, what moved, for the failure message.
 */
export async function recordLayoutShifts(
  page: Page,
): Promise<{ shifts: () => Promise<{ total: number; lines: string[] }> }> {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = entry as PerformanceEntry & {
          value: number;
          sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        const moved = (e.sources ?? []).map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const classes = el?.getAttribute('class')?.trim().split(/\s+/).join('.');
          const name = el
            ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes ? `.${classes}` : ''}`
            : 'text';
          const rect = (r: DOMRectReadOnly) =>
            `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
          return `${name} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`;
        });
        window.__shifts?.push({
          value: e.value,
          line: `${e.value.toFixed(5)} at ${Math.round(e.startTime)} ms: ${moved.join('; ')}`,
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return {
    shifts: async () => {
      const all = await page.evaluate(() => window.__shifts ?? []);
      return { total: all.reduce((sum, s) => sum + s.value, 0), lines: all.map((s) => s.line) };
    },
  };
}

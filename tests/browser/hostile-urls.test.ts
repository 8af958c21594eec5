// Script and markup payloads in the calculators' query and hash parameters (and typed into their fields):
// nothing executes (a flag the payloads would set stays unset, no dialog opens, no CSP violation is even
// attempted) and nothing renders as HTML (no element the payloads carry appears in the page).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useServer } from '../helpers/server.ts';
import { useBrowserContext } from '../helpers/shared-browser.ts';
import { hydrate, watchPage } from '../helpers/watch.ts';
import { paths } from '../../src/lib/routes.ts';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Every payload sets window.__pwned or opens a dialog if it runs, and carries data-pwned if it renders. */
const payloads = [
  '<script data-pwned>window.__pwned=1</script>',
  '"><img src=x data-pwned onerror="window.__pwned=1">',
  "'><svg data-pwned onload=window.__pwned=1>",
  '<img src=x data-pwned onerror=alert(1)>',
  '</textarea></title><iframe data-pwned srcdoc="<script>parent.__pwned=1</script>">',
  '<b data-pwned>bold</b>',
  'javascript:window.__pwned=1',
  '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
];

const calculators = [
  ['cost', paths.cost],
  ['decision', paths.decision],
] as const;

/**
 * The query parameters a calculator reads: the names of its form fields, plus the keys it writes to its own address
 * after an edit (both calculators keep their whole state there), plus `w` (weight overrides, written only when set).
 */
async function discoverParams(page: Page): Promise<string[]> {
  await hydrate(page);
  const select = page.locator('main select').first();
  if ((await select.count()) > 0) await select.selectOption({ index: 1 });
  else await page.locator('main input[type="text"]').first().fill('1');
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('main [name]')].map((e) => e.getAttribute('name') ?? '');
    return [...new Set([...names, ...new URL(location.href).searchParams.keys(), 'w'])].filter(Boolean);
  });
}

const site = useServer();
const browser = useBrowserContext();

/** What would show that a payload ran or rendered. */
async function damage(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => ({
    flag: window.__pwned !== undefined,
    rendered: [...document.querySelectorAll('[data-pwned]')].map((e) => e.outerHTML.slice(0, 80)),
    nan: /\bNaN\b|\[object |undefined/.test(document.querySelector('main')?.textContent ?? ''),
  }));
  return [
    ...(found.flag ? ['window.__pwned was set: a payload executed'] : []),
    ...found.rendered.map((html) => `rendered as HTML: ${html}`),
    ...(found.nan ? ['main shows NaN, undefined or [object …]'] : []),
  ];
}

describe.each(calculators)('hostile input in the %s calculator', (_name, path) => {
  let params: string[] = [];

  test('the calculator is built and keeps its state in query parameters', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(site.url(path));
    expect(response?.status(), `${path} status`).toBe(200);
    params = await discoverParams(page);
    await page.close();
    expect(params.length, `parameters found: ${params.join(', ')}`).toBeGreaterThan(1);
  });

  test.each(payloads)('payload %s in every query parameter, the hash and typed into the fields', async (payload) => {
    expect(params.length, 'no parameters were discovered (see the first test)').toBeGreaterThan(1);
    const query = new URLSearchParams(params.map((p) => [p, payload])).toString();
    const urls = [`${path}?${query}#${encodeURIComponent(payload)}`, `${path}#${query}`];
    for (const [n, url] of urls.entries()) {
      const page = await browser.context.newPage();
      const watch = await watchPage(page);
      await page.goto(site.url(url));
      await hydrate(page);
      // Typed input goes through the same parsing and rendering for every field; a few fields are enough.
      const fields = page
        .locator('main input[type="text"], main input[type="search"], main textarea')
        .filter({ visible: true });
      const typed = n === 0 ? Math.min(await fields.count(), 4) : 0;
      for (let i = 0; i < typed; i++) await fields.nth(i).fill(payload);
      await page.waitForTimeout(100);
      const problems = [...(await damage(page)), ...(await watch.problems())];
      await page.close();
      expect(problems, url).toEqual([]);
    }
  });
});

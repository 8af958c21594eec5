// Script and markup payloads in the calculators' query and hash parameters (and typed into their fields):
// nothing executes (a flag the payloads would set stays unset, no dialog opens, no CSP violation is even
// attempted) and nothing renders as HTML (no element the payloads carry appears in the page).
import { expect, type Browser, type Page } from '@playwright/test';
import { withSharedContext } from './support/shared-context.ts';
import { url } from './support/site.ts';
import { hydrate, settle, watchPage } from './support/watch.ts';
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
  // The edit is written to the address: wait for it there.
  await expect.poll(() => new URL(page.url()).search).not.toBe('');
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('main [name]')].map((e) => e.getAttribute('name') ?? '');
    return [...new Set([...names, ...new URL(location.href).searchParams.keys(), 'w'])].filter(Boolean);
  });
}

// One context per worker: each payload gets pages of its own, and nothing it could store is read back.
const test = withSharedContext();

/** The parameters of one calculator, discovered on a page of its own. */
async function paramsOf(browser: Browser, path: string): Promise<{ status: number | undefined; params: string[] }> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url(path));
    return { status: response?.status(), params: await discoverParams(page) };
  } finally {
    await page.close();
  }
}

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

for (const [name, path] of calculators) {
  test.describe(`hostile input in the ${name} calculator`, () => {
    // Discovered once per worker that runs tests of this group (every test may run on either worker).
    let params: string[] = [];
    test.beforeAll(async ({ browser }) => {
      ({ params } = await paramsOf(browser, path));
    });

    test('the calculator is built and keeps its state in query parameters', async ({ browser }) => {
      const found = await paramsOf(browser, path);
      expect(found.status, `${path} status`).toBe(200);
      expect(found.params.length, `parameters found: ${found.params.join(', ')}`).toBeGreaterThan(1);
    });

    for (const payload of payloads) {
      test(`payload ${payload} in every query parameter, the hash and typed into the fields`, async ({
        sharedContext,
      }) => {
        expect(params.length, 'no parameters were discovered (see the first test)').toBeGreaterThan(1);
        const query = new URLSearchParams(params.map((p) => [p, payload])).toString();
        const urls = [`${path}?${query}#${encodeURIComponent(payload)}`, `${path}#${query}`];
        for (const [n, address] of urls.entries()) {
          const page = await sharedContext.newPage();
          const watch = await watchPage(page);
          await page.goto(url(address));
          await hydrate(page);
          // Typed input goes through the same parsing and rendering for every field; a few fields are enough.
          const fields = page
            .locator('main input[type="text"], main input[type="search"], main textarea')
            .filter({ visible: true });
          const typed = n === 0 ? Math.min(await fields.count(), 4) : 0;
          for (let i = 0; i < typed; i++) await fields.nth(i).fill(payload);
          // Whatever the edits scheduled (renders, image loads, their error handlers) has run before the check.
          await settle(page);
          const problems = [...(await damage(page)), ...(await watch.problems())];
          await page.close();
          expect(problems, address).toEqual([]);
        }
      });
    }
  });
}

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, downloadText } from '../helpers/browser.ts';
import { useServer } from '../helpers/server.ts';

const site = useServer();
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ colorScheme: 'light', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
});
afterAll(async () => browser.close());

const COST = '/calculators/cost/';

/** Opens a page, collecting page errors, console errors and dialogs (an alert() would mean injected script ran). */
async function open(path: string, ctx = context): Promise<{ page: Page; problems: string[] }> {
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(site.url(path));
  return { page, problems };
}

/** The figure next to a term of the results summary, e.g. "Per month in India". */
const figure = (page: Page, term: RegExp) =>
  page.locator('.cc-figures > div').filter({ has: page.getByRole('term').filter({ hasText: term }) }).getByRole('definition');

/** Resolves once the island has hydrated (Astro removes the `ssr` attribute). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const island = document.querySelector('astro-island');
    return island !== null && !island.hasAttribute('ssr');
  });
}

const field = (page: Page, name: string | RegExp) => page.getByRole('textbox', { name });
const query = (page: Page) => new URL(page.url()).searchParams;

describe('cost calculator', () => {
  test('a link with stack and head count shows the monthly range and the US range', async () => {
    const { page, problems } = await open(`${COST}?stack=django&mid=2`);
    await hydrated(page);
    await expect.poll(() => figure(page, /^Per month in/).textContent()).toBe('$6,400–$10,240');
    expect(await figure(page, /US rates/).textContent()).toBe('$22,400–$32,000');
    expect(await field(page, 'Mid (2–5 yrs)').inputValue()).toBe('2');
    expect(await page.getByRole('radio', { name: 'Django' }).isChecked()).toBe(true);
    expect(await page.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('editing updates the address and the result; a copied link restores the state', async () => {
    const { page, problems } = await open(COST);
    await hydrated(page);
    await page.getByRole('radio', { name: 'Node.js' }).check();
    await field(page, 'Senior (5–8 yrs)').fill('3');
    await field(page, 'Hours per developer per month').fill('120');
    await expect.poll(() => Object.fromEntries(query(page))).toEqual({ stack: 'node', junior: '0', mid: '2', senior: '3', lead: '0', hours: '120', months: '12' });
    // 2 × 120 h × $22–$35 plus 3 × 120 h × $35–$52.
    expect(await figure(page, /^Per month in/).textContent()).toBe('$17,880–$27,120');

    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => page.getByText('Link copied.').isVisible()).toBe(true);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(site.url(`${COST}?stack=node&junior=0&mid=2&senior=3&lead=0&hours=120&months=12`));

    const { page: again, problems: more } = await open(new URL(link).pathname + new URL(link).search);
    await hydrated(again);
    await expect.poll(() => field(again, 'Senior (5–8 yrs)').inputValue()).toBe('3');
    expect(await again.getByRole('radio', { name: 'Node.js' }).isChecked()).toBe(true);
    expect(await field(again, 'Hours per developer per month').inputValue()).toBe('120');
    expect(await figure(again, /^Per month in/).textContent()).toBe('$17,880–$27,120');

    await again.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => field(again, 'Senior (5–8 yrs)').inputValue()).toBe('0');
    expect(again.url()).toBe(site.url(COST));
    expect(await figure(again, /^Per month in/).textContent()).toBe('$6,400–$10,240');
    expect([...problems, ...more]).toEqual([]);
    await page.close();
    await again.close();
  });

  test('bad values in the link get an error summary with links to the fields, and a finite result', async () => {
    const { page, problems } = await open(`${COST}?mid=-5&hours=abc&lead=3&lead=4&months=1e9`);
    await hydrated(page);
    const summary = page.getByRole('heading', { name: '4 inputs were changed' });
    await expect.poll(() => summary.isVisible()).toBe(true);
    // GOV.UK pattern: the box takes focus, so a screen reader reads it first.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cc-summary');
    const links = page.locator('.cc-summary').getByRole('link');
    expect(await links.allTextContents()).toEqual([
      'Mid (2–5 yrs) developers: “-5” is below the minimum of 0, so 0 is used.',
      'Lead / Architect (8+ yrs) developers: The link gives lead 2 times; the first value is used.',
      'Hours per developer per month: “abc” is not a number, so 160 is used.',
      'Duration in months: “1e9” is above the maximum of 120, so 120 is used.',
    ]);
    expect(await field(page, 'Mid (2–5 yrs)').getAttribute('aria-invalid')).toBe('true');
    expect(await field(page, 'Lead / Architect (8+ yrs)').inputValue()).toBe('3');
    // 3 leads × 160 h × $48–$65.
    expect(await figure(page, /^Per month in/).textContent()).toBe('$23,040–$31,200');
    const text = (await page.locator('.cc').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|Infinity|undefined/);

    await links.first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('mid');
    // Fixing a field removes its message.
    await field(page, 'Mid (2–5 yrs)').fill('1');
    await expect.poll(() => page.getByRole('heading', { name: '3 inputs were changed' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('only-bad link values: ?mid=-5&hours=abc shows a message and a finite result', async () => {
    const { page, problems } = await open(`${COST}?mid=-5&hours=abc`);
    await hydrated(page);
    await expect.poll(() => page.getByRole('heading', { name: '2 inputs were changed' }).isVisible()).toBe(true);
    expect(await figure(page, /^Per month in/).textContent()).toBe('$0');
    expect(await field(page, 'Hours per developer per month').inputValue()).toBe('160');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('typed text, a negative and a huge number are replaced with a message, never NaN', async () => {
    const { page, problems } = await open(COST);
    await hydrated(page);
    await field(page, 'Hours per developer per month').fill('ten');
    await field(page, 'Junior (0–2 yrs)').fill('-2');
    await field(page, 'Duration in months').fill('99999999999999999999');
    await expect.poll(() => page.getByRole('heading', { name: '3 inputs were changed' }).isVisible()).toBe(true);
    expect(await page.getByText('“ten” is not a number, so 160 is used.').count()).toBe(2); // summary and field
    expect(await figure(page, /^Over 120 months/).textContent()).toMatch(/^\$[\d,]+–\$[\d,]+ against/);
    expect(Object.fromEntries(query(page))).toMatchObject({ junior: '0', hours: '160', months: '120' });
    expect(problems).toEqual([]);
    await page.close();
  });

  test('works with the keyboard alone', async () => {
    const { page, problems } = await open(COST);
    await hydrated(page);
    const active = () => page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent}`);
    for (let i = 0; i < 40 && (await active()) !== 'INPUT:stack'; i++) await page.keyboard.press('Tab');
    expect(await active()).toBe('INPUT:stack');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('stack')).toBe('node');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('INPUT:junior');
    await page.keyboard.type('4');
    // Tabbing into a text field selects its text, so typing replaces the 0.
    await expect.poll(() => query(page).get('junior')).toBe('4');
    for (const name of ['mid', 'senior', 'lead', 'hours', 'months']) {
      await page.keyboard.press('Tab');
      expect(await active()).toBe(`INPUT:${name}`);
    }
    await page.keyboard.press('Tab');
    expect(await active()).toBe('BUTTON:Copy link');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('BUTTON:Reset');
    await page.keyboard.press('Enter');
    await expect.poll(() => field(page, 'Junior (0–2 yrs)').inputValue()).toBe('0');
    expect(await page.getByRole('radio', { name: 'Django' }).isChecked()).toBe(true);
    // The error summary's links move focus to the field, from the keyboard too.
    await page.goto(site.url(`${COST}?senior=-1`));
    await hydrated(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('cc-summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await active()).toBe('INPUT:senior');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('exports the current result as CSV and JSON downloads', async () => {
    const { page, problems } = await open(`${COST}?stack=django&mid=2`);
    await hydrated(page);
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { file: download.suggestedFilename(), text: await downloadText(download) };
    };
    const csv = await save('Export CSV');
    expect(csv.file).toBe('team-cost.csv');
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields).toEqual(['section', 'item', 'value', 'low', 'high', 'unit']);
    expect(rows.data.find((r) => r['item'] === 'Monthly cost (Django)')).toMatchObject({ low: '6400', high: '10240' });
    expect(rows.data.find((r) => r['section'] === 'source')?.['value']).toMatch(/\/sources\/[a-z0-9-]+\/#[a-z0-9-]+$/);

    const json = await save('Export JSON');
    expect(json.file).toBe('team-cost.json');
    const data = JSON.parse(json.text) as { inputs: Record<string, unknown>; outputs: { monthly: unknown; usMonthly: unknown }; link: string; sources: { source: string; url: string }[] };
    expect(data.inputs).toEqual({ stack: 'django', junior: 0, mid: 2, senior: 0, lead: 0, hours: 160, months: 12 });
    expect(data.outputs.monthly).toEqual({ low: 6400, high: 10240 });
    expect(data.outputs.usMonthly).toEqual({ low: 22400, high: 32000 });
    expect(data.link).toBe(site.url(`${COST}?stack=django&junior=0&mid=2&senior=0&lead=0&hours=160&months=12`));
    expect(data.sources.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('script and markup in the query and hash never run and never render as HTML', async () => {
    const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '<b>bold</b>'];
    const q = new URLSearchParams();
    q.append('stack', payloads[0] ?? '');
    q.append('mid', payloads[1] ?? '');
    q.append('hours', payloads[2] ?? '');
    q.append('months', payloads[3] ?? '');
    q.append('<img src=x onerror=alert(1)>', '1');
    const { page, problems } = await open(`${COST}?${q.toString()}#${encodeURIComponent(payloads[1] ?? '')}`);
    await hydrated(page);
    await expect.poll(() => page.getByRole('heading', { name: '4 inputs were changed' }).isVisible()).toBe(true);
    expect(await page.locator('.cc img, .cc svg, .cc script, .cc b').count()).toBe(0);
    expect(await page.locator('.cc-summary').textContent()).toContain('“<script>alert(1)</script…”');
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('hydration shifts nothing, and the build-time HTML matches the hydrated island', async () => {
    const { page, problems } = await open(COST);
    await hydrated(page);
    await page.waitForTimeout(300);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 500);
        }),
    );
    expect(shift).toBe(0);
    // Re-render from the state (edit and reset), then compare with the server HTML parsed the same way.
    await field(page, 'Mid (2–5 yrs)').fill('7');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => field(page, 'Mid (2–5 yrs)').inputValue()).toBe('2');
    const html = await (await page.request.get(site.url(COST))).text();
    const same = await page.evaluate((source) => {
      const built = new DOMParser().parseFromString(source, 'text/html');
      const parts = ['.cc-results', '.cc-hiring', '.cc-stack', '.cc-row'];
      return parts.every((sel) => built.querySelector(sel)?.outerHTML === document.querySelector(sel)?.outerHTML);
    }, html);
    expect(same).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('without JavaScript the form and the default result are there, with a note', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(`${COST}?mid=9`, noJs);
    expect(await page.getByRole('group', { name: 'Developers per seniority' }).isVisible()).toBe(true);
    expect(await field(page, 'Mid (2–5 yrs)').inputValue()).toBe('2');
    expect(await figure(page, /^Per month in/).textContent()).toBe('$6,400–$10,240');
    expect(await page.getByText(/need JavaScript/).isVisible()).toBe(true);
    await noJs.close();
  });

  test('JS budget: the page loads at most 15,000 bytes gzip, the island at most 8,000 on top of Preact', async () => {
    const measure = async (path: string) => {
      const page = await context.newPage();
      const files = new Map<string, number>();
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') {
          void r.body().then((b) => files.set(new URL(r.url()).pathname, gzipSync(b, { level: 9 }).length));
        }
      });
      await page.goto(site.url(path));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent),
      );
      await page.close();
      const inlineBytes = inline.reduce((n, code) => n + gzipSync(code, { level: 9 }).length, 0);
      return { files, total: inlineBytes + [...files.values()].reduce((a, b) => a + b, 0) };
    };
    const cost = await measure(COST);
    const plain = await measure('/calculators/');
    expect(cost.total).toBeLessThanOrEqual(15_000);
    const island = [...cost.files]
      .filter(([path]) => !plain.files.has(path) && !/\/(preact\.module|client)\.[\w-]+\.js$/.test(path))
      .reduce((n, [, size]) => n + size, 0);
    expect(island).toBeGreaterThan(0);
    expect(island).toBeLessThanOrEqual(8_000);
  });
});

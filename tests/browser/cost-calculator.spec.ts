import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { downloadFrom, url } from './support/site.ts';
import { recordLayoutShifts, settle } from './support/watch.ts';

const COST = '/calculators/cost/';

test.use({ colorScheme: 'light', permissions: ['clipboard-read', 'clipboard-write'] });

/**
 * Opens a site path (or a full URL), collecting page errors, console errors and dialogs (an alert() would mean
 * injected script ran).
 */
async function open(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(path.startsWith('http') ? path : url(path));
  return problems;
}

/** The first figure next to a term of the results, e.g. "Django, per month". */
const figure = (page: Page, term: RegExp) =>
  page
    .locator('.cc-figures > div')
    .filter({ has: page.getByRole('term').filter({ hasText: term }) })
    .getByRole('definition')
    .first();
const django = (page: Page) => figure(page, /^Django, per month/);
const node = (page: Page) => figure(page, /^Node\.js, per month/);

/** Resolves once the island has hydrated (Astro removes the `ssr` attribute). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const island = document.querySelector('astro-island');
    return island !== null && !island.hasAttribute('ssr');
  });
}

const field = (page: Page, name: string | RegExp) => page.getByRole('textbox', { name });
const query = (page: Page) => new URL(page.url()).searchParams;

test.describe('cost calculator', () => {
  test('?mid=2 shows Django and Node.js side by side, the difference, and where the rates come from', async ({
    page,
  }) => {
    const problems = await open(page, `${COST}?mid=2`);
    await hydrated(page);
    await expect(django(page)).toHaveText('$6,400–$10,240');
    await expect(node(page)).toHaveText('$7,040–$11,200');
    await expect(figure(page, /^Difference/)).toHaveText(
      'Node.js costs $640–$960 more a month than Django (9.4–10% more); over 12 months, $7,680–$11,520 more.',
    );
    // Both ranges at once, in view together.
    await expect(django(page)).toBeInViewport();
    await expect(node(page)).toBeInViewport();
    const byLevel = page.getByRole('table', { name: 'Cost per month by seniority' });
    await expect(byLevel.getByRole('row', { name: /^Mid/ })).toHaveText(/2\s*\$6,400–\$10,240\s*\$7,040–\$11,200/);
    // The short summary is the live region, not the whole panel.
    const status = page.locator('.cc-results').getByRole('status');
    await expect(status).toHaveText(
      'Per month: Django $6,400–$10,240, Node.js $7,040–$11,200. Node.js costs $640–$960 more a month than Django (9.4–10% more).',
    );
    const disclosure = page.locator('.cc-box .cc-disclosure').filter({ visible: true });
    await expect(disclosure).toHaveCount(1);
    await expect(disclosure).toContainText('staffing firm that sells offshore developers in India');
    await expect(disclosure).toContainText(/20\d\d is the newest year it cites/);
    await expect(field(page, 'Mid (2–5 yrs)')).toHaveValue('2');
    expect(problems).toEqual([]);
  });

  test('own rates in the link change both stacks; US-equivalent rates cost the same on both', async ({ page }) => {
    const problems = await open(page, `${COST}?mid=2&rates=own&django-mid=50&node-mid=45`);
    await hydrated(page);
    await expect(page.getByRole('radio', { name: 'My own rates' })).toBeChecked();
    await expect(django(page)).toHaveText('$16,000');
    await expect(node(page)).toHaveText('$14,400');
    await expect(
      page
        .getByRole('group', { name: 'Your Node.js rates, USD an hour' })
        .getByRole('textbox', { name: 'Mid (2–5 yrs)' }),
    ).toHaveValue('45');
    await expect(page.locator('.cc-disclosure').filter({ visible: true })).toContainText('your own rates');
    // Typing an own rate changes that stack and the address.
    await page
      .getByRole('group', { name: 'Your Django rates, USD an hour' })
      .getByRole('textbox', { name: 'Mid (2–5 yrs)' })
      .fill('40');
    await expect(django(page)).toHaveText('$12,800');
    await expect.poll(() => query(page).get('django-mid')).toBe('40');
    await page.getByRole('radio', { name: /US-equivalent rates/ }).check();
    await expect(django(page)).toHaveText('$22,400–$32,000');
    await expect(node(page)).toHaveText('$22,400–$32,000');
    await expect(figure(page, /^Difference/)).toHaveText(/^Node\.js and Django cost the same/);
    await expect.poll(() => query(page).get('rates')).toBe('us');
    expect(query(page).has('django-mid')).toBe(false);
    expect(problems).toEqual([]);
  });

  test('editing updates the address and the result; a copied link restores the state', async ({ page, context }) => {
    const problems = await open(page, COST);
    await hydrated(page);
    await page.getByRole('radio', { name: 'Node.js' }).check();
    await field(page, 'Senior (5–8 yrs)').fill('3');
    await field(page, 'Hours per developer per month').fill('120');
    await expect
      .poll(() => Object.fromEntries(query(page)))
      .toEqual({
        stack: 'node',
        rates: 'india',
        junior: '0',
        mid: '2',
        senior: '3',
        lead: '0',
        hours: '120',
        months: '12',
      });
    // 2 × 120 h × $22–$35 plus 3 × 120 h × $35–$52.
    await expect(node(page)).toHaveText('$17,880–$27,120');
    await expect(figure(page, /^Difference/)).toHaveText(
      'Django costs $1,560–$2,160 less a month than Node.js (8–8.7% less); over 12 months, $18,720–$25,920 less.',
    );

    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(url(`${COST}?stack=node&rates=india&junior=0&mid=2&senior=3&lead=0&hours=120&months=12`));

    const again = await context.newPage();
    const more = await open(again, link);
    await hydrated(again);
    await expect(field(again, 'Senior (5–8 yrs)')).toHaveValue('3');
    await expect(again.getByRole('radio', { name: 'Node.js' })).toBeChecked();
    await expect(field(again, 'Hours per developer per month')).toHaveValue('120');
    await expect(node(again)).toHaveText('$17,880–$27,120');

    await again.getByRole('button', { name: 'Reset' }).click();
    await expect(field(again, 'Senior (5–8 yrs)')).toHaveValue('0');
    expect(again.url()).toBe(url(COST));
    await expect(django(again)).toHaveText('$6,400–$10,240');
    expect([...problems, ...more]).toEqual([]);
  });

  test('bad values in the link get an error summary with links to the fields, and a finite result', async ({
    page,
  }) => {
    const problems = await open(page, `${COST}?mid=-5&hours=abc&lead=3&lead=4&months=1e9`);
    await hydrated(page);
    const summary = page.getByRole('heading', { name: '4 inputs changed' });
    await expect(summary).toBeVisible();
    // GOV.UK pattern: the box takes focus, so a screen reader reads it first.
    await expect(page.locator('.cc-summary')).toBeFocused();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cc-summary');
    const links = page.locator('.cc-summary').getByRole('link');
    await expect(links).toHaveText([
      'Mid (2–5 yrs) developers: “-5” is below the minimum of 0, so 0 is used.',
      'Lead / Architect (8+ yrs) developers: The link gives lead 2 times; the first value is used.',
      'Hours per developer per month: “abc” is not a number, so 160 is used.',
      'Duration in months: “1e9” is above the maximum of 120, so 120 is used.',
    ]);
    await expect(field(page, 'Mid (2–5 yrs)')).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, 'Lead / Architect (8+ yrs)')).toHaveValue('3');
    // 3 leads × 160 h × $48–$65; the result says which values it used.
    await expect(django(page)).toHaveText('$23,040–$31,200');
    await expect(page.locator('.cc-used')).toHaveText(
      'For 3 developers at 160 hours a month each. Values changed before computing: Mid (2–5 yrs) developers: 0; Lead / Architect (8+ yrs) developers: 3; Hours per developer per month: 160; Duration in months: 120.',
    );
    const text = (await page.locator('.cc').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|Infinity|undefined/);

    await links.first().click();
    await expect(page.locator('[name="mid"]')).toBeFocused();
    // Fixing a field removes its message.
    await field(page, 'Mid (2–5 yrs)').fill('1');
    await expect(page.getByRole('heading', { name: '3 inputs changed' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('only-bad link values: ?mid=-5&hours=abc shows a message and the empty state, never “$0 … saving $0”', async ({
    page,
  }) => {
    const problems = await open(page, `${COST}?mid=-5&hours=abc`);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: '2 inputs changed' })).toBeVisible();
    await expect(page.locator('.cc-results').getByRole('status')).toHaveText(
      'No developers yet: enter a head count to see the costs.',
    );
    await expect(page.locator('.cc-figures')).toHaveCount(0);
    await expect(page.locator('.cc-results')).not.toContainText('$0');
    await expect(page.locator('.cc-disclosure').filter({ visible: true })).toHaveCount(1);
    await expect(field(page, 'Hours per developer per month')).toHaveValue('160');
    expect(problems).toEqual([]);
  });

  test('typed text, a negative and a huge number are replaced with a message, never NaN', async ({ page }) => {
    const problems = await open(page, COST);
    await hydrated(page);
    await field(page, 'Hours per developer per month').fill('ten');
    await field(page, 'Junior (0–2 yrs)').fill('-2');
    await field(page, 'Duration in months').fill('99999999999999999999');
    await expect(page.getByRole('heading', { name: '3 inputs changed' })).toBeVisible();
    await expect(page.getByText('“ten” is not a number, so 160 is used.')).toHaveCount(2); // summary and field
    await expect(page.locator('.cc-figures .cc-pct').first()).toHaveText(/^\$[\d,]+–\$[\d,]+ over 120 months$/);
    await expect
      .poll(() => Object.fromEntries(query(page)))
      .toMatchObject({ junior: '0', hours: '160', months: '120' });
    expect(problems).toEqual([]);
  });

  test('works with the keyboard alone', async ({ page }) => {
    const problems = await open(page, COST);
    await hydrated(page);
    const active = () =>
      page.evaluate(
        () =>
          `${document.activeElement?.tagName}:${document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent}`,
      );
    for (let i = 0; i < 40 && (await active()) !== 'INPUT:rates'; i++) await page.keyboard.press('Tab');
    expect(await active()).toBe('INPUT:rates');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('rates')).toBe('us');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('INPUT:junior');
    await page.keyboard.type('4');
    // Tabbing into a text field selects its text, so typing replaces the 0.
    await expect.poll(() => query(page).get('junior')).toBe('4');
    for (const name of ['mid', 'senior', 'lead', 'hours', 'months', 'stack']) {
      await page.keyboard.press('Tab');
      expect(await active()).toBe(`INPUT:${name}`);
    }
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('stack')).toBe('node');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('BUTTON:Copy link');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('BUTTON:Reset');
    await page.keyboard.press('Enter');
    await expect(field(page, 'Junior (0–2 yrs)')).toHaveValue('0');
    await expect(page.getByRole('radio', { name: 'Django' })).toBeChecked();
    await expect(page.getByRole('radio', { name: /India rates/ })).toBeChecked();
    // The error summary's links move focus to the field, from the keyboard too.
    await page.goto(url(`${COST}?senior=-1`));
    await hydrated(page);
    await expect(page.locator('.cc-summary')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await active()).toBe('INPUT:senior');
    expect(problems).toEqual([]);
  });

  test('exports the current result as CSV and JSON downloads', async ({ page }) => {
    const problems = await open(page, `${COST}?stack=django&mid=2`);
    await hydrated(page);
    const csv = await downloadFrom(page, 'Export CSV');
    expect(csv.file).toBe('team-cost.csv');
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields).toEqual(['section', 'item', 'value', 'low', 'high', 'unit']);
    expect(rows.data.find((r) => r['item'] === 'Monthly cost (Django)')).toMatchObject({ low: '6400', high: '10240' });
    expect(rows.data.find((r) => r['item'] === 'Monthly cost (Node.js)')).toMatchObject({ low: '7040', high: '11200' });
    expect(rows.data.find((r) => r['section'] === 'source')?.['value']).toMatch(/\/sources\/[a-z0-9-]+\/#[a-z0-9-]+$/);

    const json = await downloadFrom(page, 'Export JSON');
    expect(json.file).toBe('team-cost.json');
    const data = JSON.parse(json.text) as {
      inputs: Record<string, unknown>;
      outputs: { django: { monthly: unknown }; node: { monthly: unknown }; usEquivalentMonthly: unknown };
      link: string;
      sources: { source: string; url: string }[];
    };
    expect(data.inputs).toEqual({
      stack: 'django',
      rates: 'india',
      junior: 0,
      mid: 2,
      senior: 0,
      lead: 0,
      hours: 160,
      months: 12,
    });
    expect(data.outputs.django.monthly).toEqual({ low: 6400, high: 10240 });
    expect(data.outputs.node.monthly).toEqual({ low: 7040, high: 11200 });
    expect(data.outputs.usEquivalentMonthly).toEqual({ low: 22400, high: 32000 });
    expect(data.link).toBe(url(`${COST}?stack=django&rates=india&junior=0&mid=2&senior=0&lead=0&hours=160&months=12`));
    expect(data.sources.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('script and markup in the query and hash never run and never render as HTML', async ({ page }) => {
    const payloads = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'><svg onload=alert(1)>",
      '<b>bold</b>',
    ];
    const q = new URLSearchParams();
    q.append('stack', payloads[0] ?? '');
    q.append('mid', payloads[1] ?? '');
    q.append('hours', payloads[2] ?? '');
    q.append('months', payloads[3] ?? '');
    q.append('<img src=x onerror=alert(1)>', '1');
    const problems = await open(page, `${COST}?${q.toString()}#${encodeURIComponent(payloads[1] ?? '')}`);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: '4 inputs changed' })).toBeVisible();
    expect(await page.locator('.cc img, .cc svg, .cc script, .cc b').count()).toBe(0);
    await expect(page.locator('.cc-summary')).toContainText('“<script>alert(1)</script…”');
    // A payload that rendered would fire its handlers once the page has loaded and gone idle.
    await settle(page);
    expect(problems).toEqual([]);
  });

  test('hydration shifts nothing on a phone either (the jump to the result is in the build-time HTML)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { shifts } = await recordLayoutShifts(page);
    const problems = await open(page, COST);
    await hydrated(page);
    await settle(page);
    await expect(page.locator('.cc-jump')).toBeVisible();
    const { total, lines } = await shifts();
    expect(total, `layout shifts:\n${lines.join('\n')}`).toBe(0);
    expect(problems).toEqual([]);
  });

  test('hydration shifts nothing, and the build-time HTML matches the hydrated island', async ({ page }) => {
    const { shifts } = await recordLayoutShifts(page);
    const problems = await open(page, COST);
    await hydrated(page);
    await settle(page);
    const { total, lines } = await shifts();
    expect(total, `layout shifts:\n${lines.join('\n')}`).toBe(0);
    // Re-render from the state (edit and reset), then compare with the server HTML parsed the same way.
    await field(page, 'Mid (2–5 yrs)').fill('7');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(field(page, 'Mid (2–5 yrs)')).toHaveValue('2');
    const html = await (await page.request.get(url(COST))).text();
    const same = await page.evaluate((source) => {
      const built = new DOMParser().parseFromString(source, 'text/html');
      const parts = ['.cc-results', '.cc-hiring', '.cc-choice', '.cc-row', '.cc-jump'];
      return parts.every((sel) => built.querySelector(sel)?.outerHTML === document.querySelector(sel)?.outerHTML);
    }, html);
    expect(same).toBe(true);
    expect(problems).toEqual([]);
  });

  test('a clipboard that throws synchronously is caught and the link is shown instead', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: () => {
            throw new Error('blocked');
          },
        },
      });
    });
    const problems = await open(page, `${COST}?mid=3`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.locator('.cc-form > .cc-note')).toHaveText(
      `Copying was blocked; the link is ${url(`${COST}?stack=django&rates=india&junior=0&mid=3&senior=0&lead=0&hours=160&months=12`)}`,
    );
    expect(problems).toEqual([]);
  });

  test('prints the inputs and the result on one page, without the page chrome or the buttons', async ({ page }) => {
    await open(page, `${COST}?mid=2&senior=1`);
    await hydrated(page);
    await expect(django(page)).toHaveText('$11,520–$17,920');
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-footer', '.cc-actions', '.cc-check', '#cost-method']) {
      await expect(page.locator(sel).first()).toBeHidden();
    }
    await expect(field(page, 'Senior (5–8 yrs)')).toBeVisible();
    await expect(node(page)).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the form and the default result are there, with a note', async ({ page }) => {
      await open(page, `${COST}?mid=9`);
      await expect(page.getByRole('group', { name: 'Developers per seniority' })).toBeVisible();
      await expect(field(page, 'Mid (2–5 yrs)')).toHaveValue('2');
      await expect(django(page)).toHaveText('$6,400–$10,240');
      await expect(node(page)).toHaveText('$7,040–$11,200');
      await expect(page.locator('.cc-disclosure').filter({ visible: true })).toHaveCount(1);
      await expect(page.getByText(/need JavaScript/)).toBeVisible();
      // No buttons that do nothing.
      for (const name of ['Copy link', 'Reset', 'Export CSV', 'Export JSON']) {
        await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
      }
    });
  });

  test('JS budget: the page loads at most 15,000 bytes gzip, the island at most 8,000 on top of Preact', async ({
    context,
  }) => {
    const measure = async (path: string) => {
      const page = await context.newPage();
      const bodies: Promise<void>[] = [];
      const files = new Map<string, number>();
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') {
          bodies.push(
            r.body().then((b) => {
              files.set(new URL(r.url()).pathname, gzipSync(b, { level: 9 }).length);
            }),
          );
        }
      });
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      // Every script response seen has been read and measured.
      await Promise.all(bodies);
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

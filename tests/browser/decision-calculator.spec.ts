// The decision calculator end to end: a scenario through the URL, keyboard-only use, bad input, exports,
// Copy link and Reset, no layout shift on hydration, and the printable brief.
import Papa from 'papaparse';
import { expect, test, type Page, type Route } from '@playwright/test';
import { base, downloadFrom, origin, url } from './support/site.ts';
import { recordLayoutShifts, settle, watchPage } from './support/watch.ts';
import { paths } from '../../src/lib/routes.ts';
import { withBase } from '../../src/lib/url.ts';

// Works against a non-root build too: DIST_DIR=dist-kb BASE_PATH=/kb/.
const link = (path: string) => withBase(base, path);

test.use({ colorScheme: 'light', permissions: ['clipboard-read', 'clipboard-write'] });

/** Opens the calculator (with a query) and waits for the island; `problems()` lists errors, dialogs, CSP violations. */
async function open(page: Page, query = '') {
  const watch = await watchPage(page);
  await page.goto(url(`${paths.decision}${query}`));
  await hydrated(page);
  return { page, problems: watch.problems };
}

/**
 * Waits for the island (Astro drops its `ssr` attribute once hydrated). Polls on a timer rather than on animation
 * frames, which a page that is not in front may stop producing; generous, for a busy two-core machine.
 */
async function hydrated(page: Page): Promise<void> {
  await page.bringToFront();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, {
    timeout: 30_000,
    polling: 100,
  });
}

const result = (page: Page) => page.getByRole('region', { name: /^Verdict:/ });
const verdict = (page: Page) => result(page).getAttribute('data-verdict');
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const realtime = (page: Page) => page.getByRole('textbox', { name: 'Share of server load on long-lived connections' });
const live = (page: Page) => result(page).locator('[aria-live="polite"]');
const radio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: () => Promise<boolean>, back = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await matches()) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('focus never reached the expected element');
}
const tabToId = (page: Page, id: string, back = false) => tabTo(page, async () => (await focusedId(page)) === id, back);
const tabToText = (page: Page, text: RegExp, back = false) =>
  tabTo(page, async () => text.test(await page.evaluate(() => document.activeElement?.textContent ?? '')), back);

test.describe('decision calculator', () => {
  test('a scenario through the URL: a JS team building chat with 60% long-lived load gives node', async ({ page }) => {
    const { problems } = await open(page, '?team=js&app=chat&realtime=60');
    await expect(result(page)).toHaveAttribute('data-verdict', 'node');
    // The verdict in words; only its short summary is the live region, never the whole panel.
    await expect(page.getByRole('heading', { name: /^Verdict:/ })).toHaveText('Verdict: A strong lean to Node.js');
    await expect(live(page)).toHaveText('Verdict: A strong lean to Node.js1 warning from the when-not lists, below.');
    await expect(result(page)).not.toContainText('points');
    await expect(realtime(page)).toHaveValue('60');
    await expect(page.getByRole('slider', { name: /^Share of server load/ })).toHaveValue('60');
    await expect(radio(page, 'JavaScript or TypeScript only')).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Kind of application' })).toHaveValue('chat');

    // The warning from the when-not list names who advises against Django, links its item, and quotes who disagrees.
    await expect(page.getByRole('heading', { name: 'Warnings from the when-not lists' })).toBeVisible();
    const warning = page.locator('.dc-warnings > li').filter({ hasText: 'Witarist 2026 advises against Django' });
    await expect(warning.getByRole('link', { name: /A team that knows no Python/ })).toHaveAttribute(
      'href',
      link('/when-not/#wit-avoid-django-js-only-team'),
    );
    await expect(warning).toContainText('“Requires adding Python expertise”');
    await expect(warning).not.toContainText('Ruled out');

    // Each question's contribution, the biggest first, with links to the source rows.
    // The points and each question's contribution moved into "How this was scored", loaded when it opens.
    await page.getByText('How this was scored', { exact: true }).click();
    await expect(page.locator('.dc-scored .dc-points')).toHaveText(/^Django 0 points, Node\.js 12 points/);
    const first = page.locator('.dc-contribs > li').first();
    await expect(first).toHaveText(
      /^Share of server load on long-lived connections: 60%\. Django \+0, Node\.js \+4: 4 toward Node\.js/,
    );
    await expect(
      first.getByRole('link', { name: 'Table row “Real-time chat / notifications”' }).first(),
    ).toHaveAttribute('href', link('/sources/witarist-2026/#wit-decision-matrix-realtime-chat'));
    await expect(page.getByRole('heading', { name: 'Smallest change that flips the verdict' })).toBeVisible();
    await expect(page.getByText('Machine learning from None to At the core of the product gives Both')).toBeVisible();
    expect(await problems()).toEqual([]);
  });

  for (const [q, expected, text] of [
    ['?ml=core&realtime=50', 'both', /Django for machine learning, Node\.js for share of server load/],
    ['?serverless=required&team=js', 'node', /2 warnings from the when-not lists/],
    ['?app=crud&data=complex&admin=yes&ml=core&compliance=yes', 'django', /4 warnings from the when-not lists/],
  ] as const) {
    test(`${q} gives ${expected}`, async ({ page }) => {
      await open(page, q);
      await expect(result(page)).toHaveAttribute('data-verdict', expected);
      await expect(result(page)).toHaveText(text);
    });
  }

  test('keyboard only: answer, fix an error through the summary, copy the link, reset', async ({ page, context }) => {
    const { problems } = await open(page);
    await tabToId(page, 'dc-realtime');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await page.keyboard.press('Tab');
    await tabToId(page, 'dc-team-mixed');
    await page.keyboard.press('ArrowUp'); // Both → JavaScript or TypeScript only
    await tabToId(page, 'dc-app');
    await page.keyboard.type('Ch'); // Chat or notifications
    await expect(result(page)).toHaveAttribute('data-verdict', 'node');
    await expect.poll(() => query(page)).toMatchObject({ realtime: '60', team: 'js', app: 'chat' });

    // A typo: the summary names it, its link takes focus to the field.
    await tabToId(page, 'dc-realtime', true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('6o');
    await page.keyboard.press('Tab');
    const summary = page.getByRole('alert');
    await expect(summary).toContainText(
      'Share of server load on long-lived connections: “6o” is not a number; using 10.',
    );
    await expect(realtime(page)).toHaveAttribute('aria-invalid', 'true');
    await tabToText(page, /is not a number/, true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('dc-realtime');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await page.keyboard.press('Tab');
    await expect(summary).toHaveCount(0);
    expect(await verdict(page)).toBe('node');

    // Copy link restores the state in a new page.
    await tabToText(page, /^Copy link$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const again = await open(await context.newPage(), new URL(copied).search);
    await expect(result(again.page)).toHaveAttribute('data-verdict', 'node');
    await expect(realtime(again.page)).toHaveValue('60');
    await again.page.close();

    // Reset brings back the defaults and a bare address.
    await page.bringToFront();
    await tabToText(page, /^Reset$/);
    await page.keyboard.press('Enter');
    await expect(result(page)).toHaveAttribute('data-verdict', 'either');
    expect(new URL(page.url()).search).toBe('');
    await expect(realtime(page)).toHaveValue('10');
    expect(await problems()).toEqual([]);
  });

  test('bad input in the address gives specific messages, links to the fields and a finite result', async ({
    page,
  }) => {
    const { problems } = await open(
      page,
      '?realtime=abc&realtime=5&connections=-5&team=%3Cscript%3Ealert(1)%3C/script%3E&w=team-js:x:1',
    );
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link')).toHaveCount(4);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Share of server load on long-lived connections: given 2 times; using the first. Share of server load on long-lived connections: “abc” is not a number; using 10.',
      'Peak concurrent connections per server: “-5” is outside 0 to 10,000,000; using 0.',
      "The team's language: “<script>alert(1)</script>” is not one of python, js, mixed, none; using “mixed”.",
      'Django weight of rule team-js: “x” is not a number; using 0.',
    ]);
    expect(await page.locator('main script', { hasText: 'alert(1)' }).count()).toBe(0);
    await summary.getByRole('link').nth(1).click();
    await expect.poll(() => focusedId(page)).toBe('dc-connections');
    // The weight link opens "How this was scored" and focuses the weights table, where the message repeats.
    await summary.getByRole('link').nth(3).click();
    await expect.poll(() => focusedId(page)).toBe('dc-weights');
    await expect(page.locator('#dc-weights')).toContainText('Django weight of rule team-js');
    expect(await verdict(page)).toBe('either');
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity|undefined/);
    expect(await problems()).toEqual([]);
  });

  test('exports the result as CSV and JSON downloads with answers, verdict and sources', async ({ page }) => {
    await open(page, '?team=js&app=chat&realtime=60');
    await expect(result(page)).toHaveAttribute('data-verdict', 'node');
    const csv = await downloadFrom(page, 'Export CSV');
    expect(csv.file).toBe('decision-node.csv');
    const rows = Papa.parse<string[]>(csv.text, { skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data[0]).toEqual([
      'question',
      'answer',
      'django_points',
      'node_points',
      'rule',
      'reason',
      'warning',
      'sources',
    ]);
    expect(rows.data).toHaveLength(12);
    expect(rows.data[1]?.slice(0, 5)).toEqual([
      'Share of server load on long-lived connections',
      '60',
      '0',
      '4',
      'realtime-over-40',
    ]);
    expect(rows.data[11]?.slice(0, 4)).toEqual(['total', 'verdict: node', '0', '12']);
    expect(rows.data[1]?.[7]).toContain(
      `${origin}${link('/sources/witarist-2026/#wit-decision-matrix-realtime-chat')}`,
    );
    await expect(page.getByRole('status')).toHaveText('Downloaded decision-node.csv.');

    const json = await downloadFrom(page, 'Export JSON');
    expect(json.file).toBe('decision-node.json');
    const data = JSON.parse(json.text) as {
      verdict: string;
      answers: Record<string, unknown>;
      scores: { django: number; node: number };
      contributions: unknown[];
      warnings: { rule: string; rulesOut: boolean }[];
      sources: { url: string }[];
    };
    expect(data).toMatchObject({
      verdict: 'node',
      answers: { team: 'js', app: 'chat', realtime: 60 },
      scores: { django: 0, node: 12 },
    });
    expect(data.contributions).toHaveLength(10);
    expect(data.warnings.map((d) => [d.rule, d.rulesOut])).toEqual([['team-js', false]]);
    expect(data.sources.length).toBeGreaterThan(5);
    for (const s of data.sources) expect(s.url.startsWith(`${origin}${base}`)).toBe(true);
  });

  test('hydration causes no layout shift, and printing gives the brief without page chrome', async ({ page }) => {
    const { shifts } = await recordLayoutShifts(page);
    await page.goto(url(paths.decision));
    const before = await result(page).boundingBox();
    await hydrated(page);
    // Effects scheduled by the hydration have run before the shifts are summed.
    await settle(page);
    const { total, lines } = await shifts();
    expect(total, `layout shifts:\n${lines.join('\n')}`).toBeLessThan(0.001);
    expect(await result(page).boundingBox()).toEqual(before);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('group', { name: 'Your project' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
    await expect(result(page)).toBeVisible();
    await expect(page.getByText(/^Decision brief for http/)).toBeVisible();
    // The answers print as a short list in place of the form, and the brief fits on one page.
    await expect(page.locator('.dc-answers')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Smallest change that flips the verdict' })).toBeVisible();
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });

  test('at 1280×800 the verdict is in view without scrolling and stays there while the fourth question changes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page);
    const heading = page.getByRole('heading', { name: /^Verdict:/ });
    await expect(heading).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const fourth = page.locator('.dc-questions > .dc-field').nth(3);
    await expect(fourth.locator('legend')).toHaveText('Machine learning');
    await fourth.getByRole('radio', { name: 'At the core of the product' }).check();
    await expect(heading).toHaveText('Verdict: A clear lean to Django');
    await expect(heading).toBeInViewport({ ratio: 1 });
    // Scrolled to the last question, the panel is still beside it.
    await page.getByRole('combobox', { name: 'Kind of application' }).scrollIntoViewIfNeeded();
    await expect(heading).toBeInViewport({ ratio: 1 });
  });

  test('at 320×640 a bar at the bottom shows the verdict and leads to the reasons', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, '?team=js&app=chat&realtime=60');
    const bar = page.locator('.dc-bar');
    await expect(bar).toBeInViewport({ ratio: 1 });
    await expect(bar).toHaveText(/A strong lean to Node\.js/);
    await bar.getByRole('link', { name: 'Why' }).click();
    await expect(page.getByRole('heading', { name: /^Verdict:/ })).toBeInViewport();
    // Nothing on the page is wider than the screen: the radio labels wrap instead of truncating.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('where the sources’ own guidance differs, each source’s answer is shown', async ({ page }) => {
    await open(page, '?app=ecommerce');
    // Under the verdict, one line says where the sources' own guidance differs.
    await expect(result(page)).toContainText(
      'They differ: Node.js for Witarist 2026; Django for Hosting benchmarks 2026, Freelancer opinion and Backend guide.',
    );
    const sources = page.locator('details.dc-sources');
    await sources.getByText('What each source would say', { exact: true }).click();
    const item = (name: string) => sources.locator('li[data-answer]').filter({ hasText: name });
    await expect(item('Witarist 2026')).toHaveAttribute('data-answer', 'node');
    await expect(item('Witarist 2026')).toContainText('newest year cited 2026');
    for (const name of ['Hosting benchmarks 2026', 'Freelancer opinion', 'Backend guide'])
      await expect(item(name)).toHaveAttribute('data-answer', 'django');
    await item('Witarist 2026').getByText('The 1 item it used').click();
    await expect(item('Witarist 2026').getByRole('link', { name: 'Table row “E-commerce / payments”' })).toBeVisible();
  });

  test('the first change after load updates the verdict and what each source would say', async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/\/live\.[\w-]+\.js$/.test(r.url())) chunks.push(r.url());
    });
    const { problems } = await open(page);
    await expect(result(page)).toHaveAttribute('data-verdict', 'either');
    // Until the reader does something, the build-time panel stands in and its code is not downloaded.
    expect(chunks).toEqual([]);
    await page.getByRole('combobox', { name: 'Kind of application' }).selectOption('ecommerce');
    await expect(result(page)).toContainText(
      'They differ: Node.js for Witarist 2026; Django for Hosting benchmarks 2026, Freelancer opinion and Backend guide.',
    );
    await expect(page.locator('.dc-bar')).toHaveAttribute('data-verdict', (await verdict(page)) ?? '');
    expect(chunks).toHaveLength(1);
    expect(await problems()).toEqual([]);
  });

  test('how much an answer matters: "not at all" takes it out, and the URL keeps it', async ({ page }) => {
    await open(page, '?team=js&app=chat&realtime=60');
    await page.getByText('How much each answer matters to us').click();
    const questions = [
      'Share of server load on long-lived connections',
      'Kind of application',
      "The team's language",
      'Data complexity',
    ];
    for (const q of questions)
      await page.getByRole('group', { name: q, exact: true }).last().getByRole('radio', { name: 'Not at all' }).check();
    await expect(result(page)).toHaveAttribute('data-verdict', 'either');
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('m'))
      .toEqual(['realtime:0', 'team:0', 'data:0', 'app:0']);
  });

  test('a clipboard that throws at once gives the fallback message', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          writeText: () => {
            throw new Error('blocked');
          },
        },
      });
    });
    await open(page);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copying is blocked here' })).toHaveCount(1);
  });

  for (const [name, handle] of [
    ['an aborted request', (r: Route) => r.abort()],
    ['HTTP 500', (r: Route) => r.fulfill({ status: 500, body: 'oops' })],
    ['bad JSON', (r: Route) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"questions": [' })],
  ] as const) {
    test(`when the model cannot be loaded (${name}) the page says so and keeps the build-time result`, async ({
      page,
    }) => {
      await page.route('**/calculators/decision/model.json', handle);
      await page.goto(url(paths.decision));
      await expect(page.getByRole('alert')).toContainText('The calculator could not load its data');
      await expect(result(page)).toHaveAttribute('data-verdict', 'either');
      await expect(page.getByRole('radio', { name: 'Python', exact: true })).toBeDisabled();
      await expect(page.locator('.dc button')).toHaveCount(0);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the build-time result and a note are shown', async ({ page }) => {
      await page.goto(url(paths.decision));
      expect(await verdict(page)).toBe('either');
      // Chromium's JS switch leaves the parser treating <noscript> as raw text, so read the note's source.
      expect(await page.locator('noscript').textContent()).toContain('Changing the answers needs JavaScript.');
      // The default weights and their sources are on the page too, one row per rule, anchored by rule id.
      await expect(page.locator('tr#team-python')).toHaveCount(1);
      // No button that would do nothing, and the fields show the build-time answers without pretending to work.
      await expect(page.locator('.dc button')).toHaveCount(0);
      await expect(page.getByRole('radio', { name: 'Both Python and JavaScript' })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'Both Python and JavaScript' })).toBeDisabled();
    });
  });
});

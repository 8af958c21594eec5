// Accessibility: axe (WCAG 2.0/2.1/2.2 A and AA) on every built page in light and dark and on the calculators'
// result and error states; no page-level horizontal scrolling at 320 px; keyboard-only runs of search and both
// calculators.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { htmlPages } from '../../scripts/lib/dist.ts';
import { useServer } from '../helpers/server.ts';
import { sharedBrowser } from '../helpers/shared-browser.ts';
import { hydrate } from '../helpers/watch.ts';
import { paths } from '../../src/lib/routes.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const site = useServer();
let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => browser.close());

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];
/** axe violations, one line per failing element: theme, rule, impact, element, and axe's first hint. */
function lines(violations: Violations, label: string): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `[${label}] ${v.id} (${v.impact ?? 'n/a'}) ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}

/**
 * Every WCAG A/AA rule in the light theme, then every one again in the dark theme (the issue asks for both themes
 * in full). The dark run reuses the axe that AxeBuilder injected, so the page gets axe once.
 */
async function axe(page: Page): Promise<string[]> {
  const light = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  // Guard against auditing the light theme twice: the dark theme must actually be on.
  expect(await background(), 'the dark theme changes the page background').not.toBe(lightBackground);
  const dark = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown }> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags } },
      ),
    TAGS,
  );
  return [...lines(light.violations, 'light'), ...lines(dark.violations as Violations, 'dark')];
}

/** Elements that stick out past the right edge of a 320 px viewport (outside any scroll container). */
async function overflow(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 320, height: 800 });
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const culprits = [...document.body.querySelectorAll('*')].filter((el) => {
      if (el.getBoundingClientRect().right <= root.clientWidth + 0.5) return false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return false;
      return true;
    });
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    return [
      `page is ${root.scrollWidth}px wide at 320px`,
      ...culprits
        .slice(0, 5)
        .map((el) => `  sticks out: ${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`),
    ];
  });
}

/** Loads a URL with no stored theme, runs axe in light and in dark, then checks the 320 px layout. */
async function audit(path: string, status = 200): Promise<string[]> {
  // axe needs a page of an explicit context.
  const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    const response = await page.goto(site.url(path));
    if (response?.status() !== status) return [`${path} answered ${response?.status() ?? 'nothing'}, not ${status}`];
    await hydrate(page);
    return [...(await axe(page)), ...(await overflow(page))];
  } finally {
    await context.close();
  }
}

describe('axe on every page, light and dark, and 320 px', () => {
  const pages = htmlPages().filter((p) => p.path !== '/404/');
  test('dist has pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  test.each(pages)('$path', async ({ path }) => {
    expect(await audit(path)).toEqual([]);
  });
  // 404.html is served for any unknown URL, so audit it where readers meet it.
  test('the 404 page, at an unknown URL', async () => {
    expect(await audit('/no-such-page/', 404)).toEqual([]);
  });
});

describe('calculator states', () => {
  test.each([
    ['cost result', `${paths.cost}?stack=node&junior=1&mid=2&senior=1&lead=0&hours=160&months=6`],
    ['cost error', `${paths.cost}?mid=-5`],
    ['decision result', paths.decision],
    ['decision error', `${paths.decision}?realtime=abc`],
  ])('%s: %s', async (state, url) => {
    expect(await audit(url)).toEqual([]);
    if (state.endsWith('error')) {
      const page = await browser.newPage();
      await page.goto(site.url(url));
      await hydrate(page);
      // The error state must be an actual, announced state: a marked field or an alert/summary the reader sees.
      const shown = await page.locator('[aria-invalid="true"], [role="alert"]').count();
      await page.close();
      expect(shown, `${url} shows no invalid field or alert`).toBeGreaterThan(0);
    }
  });
});

/** Presses Tab until `target` has focus (fails after `max` presses), then checks the focus is visible. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const visible = await target.evaluate((el) => {
        const s = getComputedStyle(el);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      });
      expect(visible, `focus on ${await target.evaluate((el) => el.outerHTML.slice(0, 80))} is visible`).toBe(true);
      return;
    }
  }
  throw new Error(`${max} presses of Tab never reached ${target.toString()}`);
}

/** A fresh page of its own context, loaded and hydrated, with the keyboard as the only input. */
async function keyboardPage(path: string): Promise<{ page: Page; done: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(site.url(path));
  expect(response?.status(), `${path} status`).toBe(200);
  await hydrate(page);
  return { page, done: () => context.close() };
}

describe('keyboard only', () => {
  test('the skip link moves focus to the main content', async () => {
    const { page, done } = await keyboardPage('/');
    await tabTo(page, page.getByRole('link', { name: 'Skip to content' }), 1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await done();
  });

  test('search: open from the header, type, arrow to a result, open it', async () => {
    const { page, done } = await keyboardPage('/');
    await tabTo(page, page.getByRole('banner').getByRole('link', { name: /search/i }));
    await page.keyboard.press('Enter');
    const box = page.getByRole('dialog').getByRole('searchbox', { name: 'Search the knowledge base' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type('cold start');
    const results = page.getByRole('dialog').getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => results.first().evaluate((el) => el === document.activeElement)).toBe(true);
    const href = (await results.first().getAttribute('href')) ?? '';
    await Promise.all([
      page.waitForURL((u) => u.href === new URL(href, page.url()).href),
      page.keyboard.press('Enter'),
    ]);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    if (id) expect(await page.locator(`[id="${id}"]`).count(), `target #${id} exists`).toBe(1);
    await done();
  });

  test('cost calculator: pick a stack, change a head count, reset', async () => {
    const { page, done } = await keyboardPage(paths.cost);
    const summary = page.getByRole('status').filter({ hasText: /developer/ });
    const initial = await summary.innerText();
    await tabTo(page, page.getByRole('radio', { checked: true }).first());
    await page.keyboard.press('ArrowRight');
    await tabTo(page, page.getByRole('textbox', { name: /^mid/i }));
    await page.keyboard.type('3');
    await expect.poll(() => summary.innerText()).not.toBe(initial);
    await tabTo(page, page.getByRole('button', { name: 'Reset' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => summary.innerText()).toBe(initial);
    await done();
  });

  test('decision calculator: answer a question, see the verdict change, get a message for bad input', async () => {
    const { page, done } = await keyboardPage(paths.decision);
    const main = page.getByRole('main');
    const verdict = main.getByRole('region', { name: /^verdict/i });
    const initial = await verdict.innerText();
    const first = main.getByRole('textbox').first();
    await tabTo(page, first);
    await page.keyboard.type('95');
    await page.keyboard.press('Tab');
    await expect.poll(() => verdict.innerText()).not.toBe(initial);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('abc');
    await page.keyboard.press('Tab');
    await expect.poll(() => first.getAttribute('aria-invalid')).toBe('true');
    expect(await verdict.innerText()).not.toMatch(/NaN/);
    await done();
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { useServer } from '../helpers/server.ts';

const site = useServer();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser.close());

describe('home page', () => {
  test('loads without console errors and toggles the theme, which persists', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url('/'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Django or Node.js?');

    const toggle = page.getByRole('button', { name: /dark theme/i });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    const bgBefore = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const bgAfter = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bgAfter).not.toBe(bgBefore);

    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(errors).toEqual([]);
    await page.close();
  });
});

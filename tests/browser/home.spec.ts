import { expect, test } from '@playwright/test';
import { url } from './support/site.ts';

test.describe('home page', () => {
  test('loads without console errors and toggles the theme, which persists', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url('/'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Django or Node.js?');

    // Three states in turn (system, light, dark); tests/browser/frame.spec.ts checks each one.
    const toggle = page.getByRole('button', { name: /^Theme: / });
    await expect(toggle).toHaveAccessibleName('Theme: System');
    const bgBefore = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bgAfter = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bgAfter).not.toBe(bgBefore);

    // Read at once after the reload, not retried: the stored theme is applied before the page shows.
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(errors).toEqual([]);
  });
});

import { expect, test } from '@playwright/test';
import { url } from './support/site.ts';

// Issue 14 (pages half): the answer first, and reading pages that never scroll sideways.

test.describe('home page, first screen at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the short answer and the link to the decision calculator are in view without scrolling', async ({ page }) => {
    await page.goto(url('/'));
    const decide = page.getByRole('link', { name: /decide for your project/i });
    await expect(decide).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('link', { name: /cost a team/i })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('heading', { name: /django when/i })).toBeInViewport();
    await expect(page.getByRole('heading', { name: /node\.js when/i })).toBeInViewport();
    await expect(decide).toHaveAttribute('href', /\/calculators\/decision\/$/);
  });
});

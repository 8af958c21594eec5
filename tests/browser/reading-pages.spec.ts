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

test.describe('/compare/ at 320 px', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test('nothing scrolls sideways, closed or with every position open', async ({ page }) => {
    await page.goto(url('/compare/'));
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await expect.poll(width).toBeLessThanOrEqual(320);
    const first = page.locator('details.pos > summary').first();
    await first.click();
    await expect(page.locator('details.pos[open] > a').first()).toBeVisible();
    // Every other disclosure opened at once (a click each would take long); the widest state is what counts.
    await page
      .locator('details.pos, details.dispute')
      .evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    await expect(page.locator('details.pos:not([open])')).toHaveCount(0);
    await expect.poll(width).toBeLessThanOrEqual(320);
  });
});

test.describe('/compare/ filters without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"only rows where sources split" and "hide rows with one source" hide the other rows', async ({ page }) => {
    await page.goto(url('/compare/'));
    const rows = page.locator('table.matrix tbody tr');
    const total = await rows.count();
    const split = page.locator('table.matrix tbody tr[data-kind="split"]');
    const splits = await split.count();
    expect(splits).toBeGreaterThan(0);
    expect(splits).toBeLessThan(total);
    await page.getByLabel('only rows where sources split').check();
    await expect(rows.filter({ visible: true })).toHaveCount(splits);
    await page.getByLabel('only rows where sources split').uncheck();
    await page.getByLabel('hide rows with one source').check();
    const single = await page.locator('table.matrix tbody tr:is([data-kind="single"], [data-kind="none"])').count();
    await expect(rows.filter({ visible: true })).toHaveCount(total - single);
  });
});

test.describe('/benchmarks/ charts', () => {
  for (const width of [320, 1280]) {
    test(`at ${width} px every chart spans the content width and nothing scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url('/benchmarks/'));
      const charts = page.locator('figure.chart');
      await expect(charts.first()).toBeVisible();
      const widths = await charts.evaluateAll((figs) =>
        figs.map((f) => {
          const column = f.closest('section')?.getBoundingClientRect().width ?? 0;
          const tracks = [...f.querySelectorAll('svg')].map((s) => s.getBoundingClientRect().width);
          return { column, figure: f.getBoundingClientRect().width, narrowest: Math.min(...tracks) };
        }),
      );
      expect(widths.length).toBeGreaterThan(0);
      for (const w of widths) {
        expect(w.figure).toBeGreaterThanOrEqual(w.column * 0.98);
        expect(w.narrowest).toBeGreaterThanOrEqual(w.column * 0.9);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
});

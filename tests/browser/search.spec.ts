// Search end to end: the dialog opens from the header and its shortcuts, lands on the record that answers,
// filters narrow, the target page highlights the terms and then cleans its address, a broken index says so,
// the /search/ page keeps a shareable address, and the whole run works with the keyboard alone.
import { expect, test, type Page } from '@playwright/test';
import { base, origin, url } from './support/site.ts';
import { axe } from './support/axe.ts';
import { watchPage } from './support/watch.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { paths, recordPath } from '../../src/lib/routes.ts';
import { withBase } from '../../src/lib/url.ts';

const kb = readKnowledgeBase();

/** Loads a site path, watching for errors, dialogs and CSP violations. */
async function open(page: Page, path: string): Promise<{ problems: () => Promise<string[]> }> {
  const { problems } = await watchPage(page);
  await page.goto(url(path));
  return { problems };
}

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const field = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search the knowledge base' });
const hits = (page: Page) => dialog(page).locator('a.search-hit-link');

/** Types a query in the open dialog and waits until its results (or its no-results message) are shown. */
async function search(page: Page, query: string): Promise<void> {
  await field(page).fill(query);
  await expect(dialog(page).locator('.search-status')).toContainText(`“${query}”`, { useInnerText: true });
}

test.describe('search dialog', () => {
  for (const [name, key] of [
    ['/', '/'],
    ['Control+K', 'Control+k'],
    ['Meta+K', 'Meta+k'],
  ] as const) {
    test(`${name} opens it with the field focused; Escape closes it`, async ({ page }) => {
      const { problems } = await open(page, '/');
      await page.keyboard.press(key);
      await expect.poll(() => dialog(page).evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      await expect(field(page)).toBeFocused();
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog(page).evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      expect(await problems()).toEqual([]);
    });
  }

  // Since synthesis v2 no disagreement sets the two sources' startup figures side by side, so the answer is the record
  // that states one source's figures for both stacks.
  test('"cold start" lands first on a record that states the cold-start figures for both stacks', async ({ page }) => {
    const { problems } = await open(page, '/');
    await page.keyboard.press('/');
    await search(page, 'cold start');
    const href = await hits(page).first().getAttribute('href');
    const target = new URL(href ?? '', origin);
    expect(target.hash, 'the first result links to an anchor').toMatch(/^#.+/);
    await page.goto(target.href);
    // The record's block: the region its heading labels (a disagreement callout), or the element itself.
    const text = await page.evaluate(
      (id) => {
        const el = document.getElementById(id);
        const block = document.querySelector(`[aria-labelledby="${CSS.escape(id)}"]`) ?? el;
        return (block as HTMLElement | null)?.innerText.replace(/\s+/g, ' ') ?? '';
      },
      decodeURIComponent(target.hash.slice(1)),
    );
    expect(text.toLowerCase()).toContain('cold start');
    expect(text).toMatch(/Django/);
    expect(text).toMatch(/Node\.js/);
    expect(text.match(/\d+\s?ms\b/g)?.length ?? 0, 'a figure for each stack').toBeGreaterThanOrEqual(2);
    expect(await problems()).toEqual([]);
  });

  for (const faq of kb.faqs.filter((f) => !f.reconstructed).slice(0, 4)) {
    test(`the question "${faq.question}" gives its FAQ first`, async ({ page }) => {
      await open(page, '/');
      await page.keyboard.press('/');
      await search(page, faq.question);
      const href = (await hits(page).first().getAttribute('href')) ?? '';
      const target = new URL(href, origin);
      expect(`${target.pathname}${target.hash}`).toBe(withBase(base, recordPath.faq(faq)));
      await expect(dialog(page).locator('.search-hit-type').first()).toHaveText('FAQ', { useInnerText: true });
    });
  }

  test('each result shows its title, a marked excerpt, its type, its source and its page', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('/');
    await search(page, 'cold start');
    const first = dialog(page).locator('.search-hit').first();
    expect(await first.locator('.search-hit-title').innerText()).not.toBe('');
    expect(await first.locator('.search-hit-excerpt mark, .search-hit-title mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.search-hit-type').innerText()).not.toBe('');
    expect(await first.locator('.search-hit-sources').innerText()).toMatch(/^Sources?: /);
    expect(await first.locator('.search-hit-page').innerText()).toMatch(/^On: /);
  });

  test('excerpts hold the record’s words only: no glued chips, badges or labels', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('/');
    for (const q of ['serverless', 'instagram', 'senior hourly rate', 'security']) {
      await search(page, q);
      for (const text of await dialog(page).locator('.search-hit-excerpt').allInnerTexts()) {
        expect(text, q).not.toMatch(/Favours|Source:|\p{Ll}\p{Lu}\p{Ll}{2,}\p{Lu}/u);
        expect(text, q).not.toMatch(/(?:Django|Node\.js)(?:Django|Node\.js)/);
      }
    }
  });

  test('a typo is corrected, said so, and the original can still be searched', async ({ page }) => {
    const { problems } = await open(page, '/');
    await page.keyboard.press('/');
    await field(page).fill('djnago async');
    const note = dialog(page).locator('.search-correction');
    await expect(note).toContainText('Showing results for django async', { useInnerText: true });
    const first = new URL((await hits(page).first().getAttribute('href')) ?? '', origin);
    expect(first.hash).toMatch(/async/);
    await note.getByRole('link', { name: 'djnago async' }).click();
    await expect(dialog(page).locator('.search-status')).toContainText('“djnago async”', { useInnerText: true });
    await expect(note).toBeHidden();
    expect(await problems()).toEqual([]);
  });

  test('five results first, more on demand, without repeats', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('/');
    await search(page, 'django');
    await expect(hits(page)).toHaveCount(5);
    await dialog(page).getByRole('button', { name: 'Show more results' }).click();
    await expect(hits(page)).toHaveCount(10);
    const urls = await hits(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    expect(new Set(urls).size).toBe(urls.length);
  });

  test('a filter narrows the results to its type', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('/');
    await search(page, 'django');
    const pagesIn = async () =>
      Number(
        /^([\d,]+) results? /.exec(await dialog(page).locator('.search-status').innerText())?.[1]?.replace(/,/g, ''),
      );
    const before = await pagesIn();
    await dialog(page).locator('summary', { hasText: 'Filters' }).click();
    await dialog(page).getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^FAQ/ }).check();
    await expect(dialog(page).locator('.search-status')).toContainText('with 1 filter', { useInnerText: true });
    const after = await pagesIn();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const types = await dialog(page).locator('.search-hit-type').allInnerTexts();
    expect(new Set(types)).toEqual(new Set(['FAQ']));
  });

  test('following a result highlights the terms, then cleans the address', async ({ page }) => {
    const { problems } = await open(page, '/');
    await page.keyboard.press('/');
    await search(page, 'cold start');
    const href = (await hits(page).first().getAttribute('href')) ?? '';
    expect(href).toContain('highlight=cold');
    await field(page).press('Enter');
    await page.waitForURL((u) => u.hash.length > 1);
    await expect(page.locator('main mark.search-highlight')).not.toHaveCount(0);
    await expect.poll(() => page.url()).not.toContain('highlight=');
    expect(new URL(page.url()).hash).toBe(new URL(href, origin).hash);
    expect((await page.locator('main mark.search-highlight').first().innerText()).toLowerCase()).toMatch(
      /^(cold|start)/,
    );
    expect(await problems()).toEqual([]);
  });

  test('when the index cannot be loaded, the dialog says so plainly', async ({ page }) => {
    // Every request for the index fails as an overloaded or half-deployed host would answer.
    await page.route(`${origin}${withBase(base, 'pagefind/')}**`, (route) => route.fulfill({ status: 503 }));
    await page.goto(url('/'));
    await page.keyboard.press('/');
    const alert = dialog(page).getByRole('alert');
    await expect(alert).toContainText('the search index could not be loaded', { useInnerText: true });
    await expect(alert.getByRole('link', { name: 'the FAQ' })).toHaveAttribute('href', withBase(base, paths.faq));
  });
});

test.describe('search failure paths and hostile input', () => {
  for (const term of ['real-time', 'node.js', '[x]', '🚀']) {
    test(`?highlight=${term} marks literally, cleans the address and raises no page error`, async ({ page }) => {
      const { problems } = await open(page, `${paths.faq}?highlight=${encodeURIComponent(term)}`);
      await expect.poll(() => page.url()).not.toContain('highlight=');
      if (term === 'real-time')
        await expect(page.locator('main mark.search-highlight').first()).toHaveText(/^real-time$/i);
      expect(await problems()).toEqual([]);
    });
  }

  for (const status of [404, 500]) {
    test(`index chunks answering ${String(status)} say search is not available, not "no results"`, async ({ page }) => {
      await page.route(/\/pagefind\/(index|fragment)\//, (route) => route.fulfill({ status }));
      await page.goto(url('/'));
      await page.keyboard.press('/');
      await field(page).fill('django');
      const alert = dialog(page).getByRole('alert');
      await expect(alert).toContainText('Search is not available', { useInnerText: true });
      await expect(alert.getByRole('link', { name: 'the topics' })).toHaveAttribute(
        'href',
        withBase(base, paths.topics),
      );
      await expect(dialog(page).locator('.search-status')).not.toContainText('No results', { useInnerText: true });
    });
  }

  test('aborted index requests also say search is not available', async ({ page }) => {
    await page.route(/\/pagefind\/index\//, (route) => route.abort());
    await page.goto(url('/'));
    await page.keyboard.press('/');
    await field(page).fill('django');
    await expect(dialog(page).getByRole('alert')).toContainText('Search is not available', { useInnerText: true });
  });

  test('an unknown filter value in a link is dropped with a note, and the search still finds results', async ({
    page,
  }) => {
    const { problems } = await open(page, `${paths.search}?q=django&type=Nonsense`);
    await expect(page.locator('.search-note')).toContainText('Type “Nonsense”', { useInnerText: true });
    await expect(page.locator('[data-search-results] a.search-hit-link').first()).toBeVisible();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=django');
    expect(await problems()).toEqual([]);
  });
});

test.describe('accessibility of the search UI', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme });
      test(`the open dialog with results and filters has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.goto(url('/'));
        await page.keyboard.press('/');
        await search(page, 'cold start');
        await dialog(page).locator('summary', { hasText: 'Filters' }).click();
        const { violations } = await axe(page).include('dialog.search-dialog').analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    });
  }

  test.describe('at 320 px', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test('the dialog fits a 320 px screen without sideways scrolling', async ({ page }) => {
      await page.goto(url('/'));
      await page.keyboard.press('/');
      await search(page, 'senior hourly rate');
      const overflow = await dialog(page).evaluate((d) => d.scrollWidth - d.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});

test.describe('keyboard only', () => {
  test('Tab to the search button, search, move with arrows, Escape returns focus, Enter opens', async ({ page }) => {
    const { problems } = await open(page, '/');
    const trigger = page.locator('[data-search-trigger]');
    for (let i = 0; i < 30 && !(await trigger.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await trigger.evaluate((el) => el === document.activeElement), 'the search button is reachable by Tab').toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('node');
    await expect(dialog(page).locator('.search-status')).toContainText('“node”', { useInnerText: true });
    expect(await hits(page).count()).toBeGreaterThan(1);
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(await hits(page).nth(0).getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(await hits(page).nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('INPUT');
    await page.keyboard.press('Escape');
    await expect(trigger, 'focus returns to the button').toBeFocused();
    await page.keyboard.press('Enter');
    await expect(field(page)).toBeFocused();
    await expect(field(page)).toHaveValue('node');
    await page.keyboard.press('ArrowDown');
    const target = (await hits(page).nth(0).getAttribute('href')) ?? '';
    const arrived = page.waitForEvent('framenavigated');
    await page.keyboard.press('Enter');
    await arrived;
    expect(new URL(page.url()).pathname).toBe(new URL(target, origin).pathname);
    expect(await problems()).toEqual([]);
  });
});

test.describe('the /search/ page', () => {
  test('runs the search in its address and keeps the address in step', async ({ page }) => {
    const { problems } = await open(page, `${paths.search}?q=cold+start&type=Benchmark`);
    const results = page.locator('[data-search-results] a.search-hit-link');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('.search-filters summary')).toContainText('(1 on)', { useInnerText: true });
    await page.locator('.search-filters summary').click();
    await expect(page.getByRole('checkbox', { name: /^Benchmark/ })).toBeChecked();
    await page.getByRole('searchbox').fill('senior hourly rate');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=senior+hourly+rate&type=Benchmark');
    expect(await problems()).toEqual([]);
  });

  test('the shortcut focuses the page’s own field instead of opening a dialog', async ({ page }) => {
    await open(page, `${paths.search}?q=django`);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.locator('#search-page-q')).toBeFocused();
    expect(await page.locator('dialog.search-dialog').count()).toBe(0);
  });
});

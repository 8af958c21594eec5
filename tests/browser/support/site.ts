// Where the build under test is served (playwright.config.ts starts the server and sets KB_TEST_ORIGIN), and the
// small helpers every browser test file shares.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { normalizeBase } from '../../../scripts/lib/server.ts';

/** The origin of the test server, e.g. http://127.0.0.1:41234. */
export const origin = process.env['KB_TEST_ORIGIN'] ?? 'http://127.0.0.1:4321';

/** The path the build is served under: "/" or, for the base build, "/kb/". */
export const base = normalizeBase(process.env['BASE_PATH'] ?? '/');

/** The full URL of a site path ("/faq/", "/calculators/cost/?mid=2"), under the base. */
export function url(path: string): string {
  return `${origin}${base}${path.replace(/^\//, '')}`;
}

/** Clicks the button named `name` and returns the file it downloads: its suggested name and its text. */
export async function downloadFrom(page: Page, name: string): Promise<{ file: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { file: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

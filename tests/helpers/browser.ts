import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Download } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/lib/chrome.ts';

export { chromeArgs, findChrome };

/**
 * Launches the system browser. Playwright gives every launch a fresh temporary profile directory
 * (the --user-data-dir the offline flags need), so no state leaks between runs.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
}

/**
 * The text of a finished download. `saveAs` works both for a local browser and for the shared one the tests
 * connect to remotely (where `download.path()` is unavailable).
 */
export async function downloadText(download: Download): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-download-'));
  try {
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Download } from 'playwright-core';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Finds a system Chromium or Chrome: CHROME_PATH first, then the usual paths, then PATH. Never downloads one. */
export function findChrome(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file exists there.`);
  }
  for (const path of candidates) if (existsSync(path)) return path;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(
    'No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) ' +
      'or point CHROME_PATH at a Chrome binary. The tests never download a browser.',
  );
}

/** Launch flags that work on a machine without internet access (no background networking, no GPU). */
export const chromeArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

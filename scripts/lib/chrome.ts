// The system Chromium or Chrome, for the browser tests (playwright.config.ts) and the benchmark. Nothing here
// downloads a browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Finds a system Chromium or Chrome: CHROME_PATH first, then the usual paths, then PATH. Throws saying how to get one. */
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

/**
 * Launch flags that work on a machine without internet access (no background networking, no GPU). Playwright adds
 * a fresh --user-data-dir to every launch; the benchmark passes its own.
 */
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

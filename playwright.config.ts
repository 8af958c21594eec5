// The browser layer: @playwright/test driving the system Chromium (never a downloaded one) against a build served
// by the project's own server (scripts/serve.ts), as `npm start` serves it. DIST_DIR picks the build (default dist)
// and BASE_PATH the path it is served under (default /), so the same tests run against the /kb/ build.
import { defineConfig } from '@playwright/test';
import { chromeArgs, findChrome } from './scripts/lib/chrome.ts';
import { normalizeBase } from './scripts/lib/server.ts';
import { freePort } from './scripts/lib/ports.ts';

// The config is loaded by the runner and again by every worker: the runner picks the port (a free one, so two
// checkouts can test side by side) and its workers inherit it through the environment.
process.env['KB_TEST_PORT'] ??= String(await freePort());
const origin = `http://127.0.0.1:${process.env['KB_TEST_PORT']}`;
process.env['KB_TEST_ORIGIN'] = origin;
const base = normalizeBase(process.env['BASE_PATH'] ?? '/');

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  // Every test may run on either worker, so the per-page sweeps (axe, CSP, no-JS) spread over both.
  fullyParallel: true,
  // Two cores: one Chromium per core.
  workers: 2,
  // A test that needs a second try is a failing test.
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  // Generous, for a loaded two-core machine; tests wait for conditions, never for fixed times.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    baseURL: `${origin}${base}`,
    launchOptions: { executablePath: findChrome(), args: chromeArgs },
    colorScheme: 'light',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `"${process.execPath}" scripts/serve.ts`,
    url: `${origin}${base}`,
    env: {
      DIST_DIR: process.env['DIST_DIR'] ?? 'dist',
      BASE_PATH: base,
      HOST: '127.0.0.1',
      PORT: process.env['KB_TEST_PORT'],
    },
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 30_000,
  },
});

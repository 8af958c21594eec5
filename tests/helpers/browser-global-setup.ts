// Vitest globalSetup for the browser project: launches one Chromium server that every test file connects to
// (tests/helpers/shared-browser.ts), instead of one browser per file.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromeArgs, findChrome } from './browser.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: findChrome(), args: chromeArgs, headless: true });
  project.provide('browserWSEndpoint', server.wsEndpoint());
  return () => server.close();
}

import { defineConfig } from 'vitest/config';

// Five layers, run in order by `npm test`: unit, content and scripts before the build, site and browser after it.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      // The command-line tools as processes (the static server), on fixtures of their own.
      { test: { name: 'scripts', include: ['tests/scripts/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores. Every file connects to the one the setup launches.
          fileParallelism: false,
          globalSetup: ['tests/helpers/browser-global-setup.ts'],
        },
      },
    ],
  },
});

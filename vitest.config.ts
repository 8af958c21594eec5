import { defineConfig } from 'vitest/config';

// The Vitest layers, run in order by `npm test`: unit, content and scripts before the build, site after it. The
// browser layer is @playwright/test (playwright.config.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      // The command-line tools as processes (the static server), on fixtures of their own.
      { test: { name: 'scripts', include: ['tests/scripts/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});

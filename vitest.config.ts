import { defineConfig } from 'vitest/config';

// The Vitest layers, run in order by `npm test`: unit, content and scripts before the build, site after it. The
// browser layer is @playwright/test (playwright.config.ts).
export default defineConfig({
  test: {
    projects: [
      // Generous timeouts: npm test runs these beside ESLint on a two-core machine, where the
      // property tests (1,000 runs each) can take several times their quiet duration.
      {
        test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts'], testTimeout: 30_000 },
      },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 30_000 } },
      // The command-line tools as processes (the static server), on fixtures of their own.
      { test: { name: 'scripts', include: ['tests/scripts/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 60_000,
          // The site tests only read dist/: sharing one module graph per worker lets them share its parsed pages
          // (scripts/lib/dist.ts) and the heavy imports (html-validate) instead of loading them per file.
          isolate: false,
        },
      },
    ],
  },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { pagefind } from './src/integrations/pagefind.ts';
import { cspFirst } from './src/integrations/csp-first.ts';
import { precompress } from './src/integrations/precompress.ts';
import { islandScripts } from './src/integrations/island-scripts.ts';
import { CSP_DIRECTIVES, sha256Source } from './src/lib/csp.ts';
import { THEME_INIT_SCRIPT } from './src/lib/theme-init.ts';
import { DEFAULT_SITE } from './src/lib/url.ts';

/** Public origin of the site, used for canonical URLs, the sitemap and OpenGraph. Override with SITE_URL. */
const site = process.env.SITE_URL ?? DEFAULT_SITE;
/** Path the site is served under. Override with BASE_PATH (for example "/kb/") to host in a sub-folder. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // One render-blocking stylesheet per page (the site-wide one, cached across pages); a page's own small CSS is
  // inlined (Astro hashes it into the page's CSP). 'auto' inlines stylesheets under vite.build.assetsInlineLimit.
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // precompress runs last: it compresses what the others wrote.
  integrations: [mdx(), preact(), islandScripts(), cspFirst(), pagefind(), precompress()],
  devToolbar: { enabled: false },
  prefetch: false,
  // Shiki's inline styles would break the strict CSP, and no page shows code.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [sha256Source(THEME_INIT_SCRIPT)],
      },
      // The calculators' stylesheets are linked where a calculator renders (src/components/CalculatorStyle.astro),
      // so they load under 'self'; Astro adds the hashes of the styles it inlines.
      styleDirective: { resources: ["'self'"] },
    },
  },
});

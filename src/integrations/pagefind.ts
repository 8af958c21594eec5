import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePageCount, writeBundle } from './pagefind-write.ts';

/** Marks a content page; pages without it (404, the search page) stay out of the index. */
const BODY = /\sdata-pagefind-body(?=[\s=>])/;

/** Built HTML files that carry data-pagefind-body, skipping Pagefind's own folder. */
async function contentPages(outDir: string): Promise<string[]> {
  const files = (await readdir(outDir, { recursive: true })).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  );
  const marked = await Promise.all(
    files.map(async (f) => (BODY.test(await readFile(join(outDir, f), 'utf8')) ? f : '')),
  );
  return marked.filter(Boolean);
}

/**
 * Indexes the built site with Pagefind's Node API once Astro has written dist/. Only content pages are indexed
 * (those with data-pagefind-body); chrome inside them is data-pagefind-ignore. Any indexing error, or an index
 * whose page count differs from the number of content pages, fails the build, so a site without working search
 * never ships.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const expected = await contentPages(outDir);
        if (!expected.length)
          throw new Error('Pagefind: no built page has data-pagefind-body, so search would be empty.');
        let indexed = 0;
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`);
          const bundle = await index.getFiles();
          if (bundle.errors.length) throw new Error(`Pagefind failed to build its index: ${bundle.errors.join('; ')}`);
          indexed = bundlePageCount(bundle.files);
          // addDirectory's page_count counts every HTML file it read, marked or not; the bundle counts what it holds.
          if (indexed !== expected.length) {
            throw new Error(
              `Pagefind indexed ${String(indexed)} pages but ${String(expected.length)} pages have data-pagefind-body. ` +
                'Check for duplicate URLs or pages Pagefind skipped.',
            );
          }
          await writeBundle(bundle.files, join(outDir, 'pagefind'));
        } finally {
          // Stop Pagefind's background service even when indexing failed, so the build exits.
          await close();
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`Pagefind indexed ${indexed} content pages in ${ms} ms`);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
        } finally {
          // Stop Pagefind's background service even when indexing failed, so the build exits.
          await close();
        }
        const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
        if (indexed !== expected.length) {
          throw new Error(
            `Pagefind indexed ${indexed} pages but ${expected.length} pages have data-pagefind-body. ` +
              'Check for duplicate URLs or pages Pagefind skipped (run with verbose logging).',
          );
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`Pagefind indexed ${indexed} content pages in ${ms} ms`);
      },
    },
  };
}

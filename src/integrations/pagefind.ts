import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written dist/.
 * Any indexing error fails the build, so a site without search never ships.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({});
        if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
        await close();
        const ms = Math.round(performance.now() - started);
        logger.info(`Pagefind indexed ${added.page_count} pages in ${ms} ms`);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Text files a static host compresses. Pagefind's index chunks, fragments and WebAssembly are not listed: Pagefind
 * gzips them itself, so compressing them again would only add bytes.
 */
const TEXT = /\.(?:html|css|js|mjs|json|txt|svg|xml|csv|webmanifest)$/;

/** Every text file under a folder, as absolute paths. */
async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && TEXT.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every text file of the build, as
 * static hosts precompress (Netlify, Cloudflare, nginx `gzip_static`/`brotli_static`), so `scripts/lib/server.ts`
 * sends what a reader's browser would receive and the benchmarks and byte tests measure that. It runs last, after
 * the search index is written.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'kb-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await textFiles(fileURLToPath(dir));
        for (const file of files) {
          const body = await readFile(file);
          await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
          await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
        }
        logger.info(`wrote brotli and gzip copies of ${String(files.length)} text files`);
      },
    },
  };
}

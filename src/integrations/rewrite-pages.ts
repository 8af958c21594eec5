import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Rewrites every HTML page of a build in place: `edit` gets a page's text and its path relative to `outDir`
 * ("faq/index.html") and returns the new text. The build steps that post-process pages (csp-first, island-scripts)
 * share it, so each reads and writes the pages the same way.
 */
export async function rewritePages(
  outDir: string,
  edit: (html: string, file: string) => string | Promise<string>,
): Promise<void> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  await Promise.all(
    files.map(async (f) => {
      const path = join(outDir, f);
      await writeFile(path, await edit(await readFile(path, 'utf8'), f));
    }),
  );
}

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site under test: dist/, or DIST_DIR when a helper builds elsewhere (e.g. a /kb/ base build). */
export const distDir = resolve(import.meta.dirname, '..', '..', process.env['DIST_DIR'] ?? 'dist');

/** Every file under a folder, relative paths with "/" separators. */
export function walk(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, root) : [relative(root, full).split('\\').join('/')];
  });
}

/** Built HTML pages (excluding Pagefind's own files), as site paths: "index.html" -> "/", "faq/index.html" -> "/faq/". */
export function htmlPages(dir = distDir): { file: string; path: string }[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => ({ file, path: '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '/') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

const parsed = new Map<string, HTMLElement>();

/**
 * Parses one built page, once per process: the site tests read every page in several files, and a build does not
 * change under them. Treat the result as read-only; it is shared.
 */
export function readPage(file: string, dir = distDir): HTMLElement {
  const key = join(dir, file);
  let page = parsed.get(key);
  if (!page) parsed.set(key, (page = parse(readFileSync(key, 'utf8'), { comment: false })));
  return page;
}

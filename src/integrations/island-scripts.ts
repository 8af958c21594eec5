import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewritePages } from './rewrite-pages.ts';

/** An inline classic script as Astro writes its island loader and client directives: no attributes at all. */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** A page's HTML with the inline scripts of its body moved to one file, and that file's name and code. */
export interface Externalized {
  html: string;
  /** Absent when the body has no inline script. */
  file?: { name: string; code: string };
}

/**
 * Moves the inline scripts of a page's <body> into one deferred script file, in their order, at the place of the
 * first. Astro inlines its island loader and each client directive (about 1.8 KB brotli) into every page with an
 * island; as a file it is fetched once and cached across pages. Deferred scripts run in order after parsing, when
 * every <astro-island> exists, so the loader defines the element, each island connects, and its directive (which ran
 * just before) decides when it hydrates: the same sequence as inline. The <head> (the theme script) is left alone.
 * `src` is the base-relative folder the file is served from, e.g. "/kb/_astro/".
 */
export function externalizeBodyScripts(html: string, src: string): Externalized {
  const bodyAt = html.search(/<body\b/i);
  if (bodyAt < 0) return { html };
  const head = html.slice(0, bodyAt);
  const body = html.slice(bodyAt);
  const scripts = [...body.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? '');
  if (!scripts.length) return { html };
  const code = scripts.map((s) => s.trim().replace(/;?$/, ';')).join('\n');
  const name = `inline.${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`;
  let first = true;
  const rewritten = body.replace(INLINE_SCRIPT, () => {
    if (!first) return '';
    first = false;
    return `<script src="${src}${name}" defer></script>`;
  });
  return { html: head + rewritten, file: { name, code } };
}

/** The build step: every page's body scripts to files in _astro/, before the CSP hashes are pruned. */
export function islandScripts(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb-island-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        await mkdir(join(outDir, '_astro'), { recursive: true });
        await rewritePages(outDir, async (html) => {
          const out = externalizeBodyScripts(html, `${base}_astro/`);
          if (out.file) await writeFile(join(outDir, '_astro', out.file.name), out.file.code);
          return out.html;
        });
      },
    },
  };
}

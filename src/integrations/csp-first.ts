import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { sha256Source } from '../lib/csp.ts';
import { rewritePages } from './rewrite-pages.ts';

const CHARSET = /<meta charset="utf-8">/i;
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;

/**
 * Moves the page's Content-Security-Policy <meta> to the top of <head>, right after the charset. Astro writes it
 * with the other head content it injects, after the page's own head elements (the theme script among them); a
 * policy only governs what comes after it, so nothing may precede it. A page without both tags fails the build.
 */
export function moveCspFirst(html: string, file: string): string {
  const csp = CSP_META.exec(html)?.[0];
  if (!csp || !CHARSET.test(html)) throw new Error(`${file}: no <meta charset> or no CSP <meta> to put after it.`);
  return html.replace(csp, '').replace(CHARSET, (charset) => charset + csp);
}

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH = / 'sha256-[A-Za-z0-9+/]+=*'/g;

/**
 * Keeps in the page's CSP only the hashes of the inline scripts and styles the page itself carries. Astro writes
 * the hashes of every page's inline code into every page (about 20, 0.9 KB that brotli cannot shrink); a hash for
 * code a page does not have allows nothing it needs. Scripts with a src are left out: they load under 'self'.
 */
export function pruneCspHashes(html: string): string {
  const used = new Set<string>();
  for (const [, tag = '', attrs = '', body = ''] of html.matchAll(INLINE))
    if (tag.toLowerCase() === 'style' || !/\bsrc=/i.test(attrs)) used.add(`'${sha256Source(body)}'`);
  return html.replace(CSP_META, (meta) => meta.replace(HASH, (hash) => (used.has(hash.trim()) ? hash : '')));
}

/** The build step: every HTML page in the output, before it is indexed. */
export function cspFirst(): AstroIntegration {
  return {
    name: 'kb-csp-first',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await rewritePages(fileURLToPath(dir), (html, f) => pruneCspHashes(moveCspFirst(html, f)));
      },
    },
  };
}

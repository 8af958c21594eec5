// The one list of HTTP headers the site is served with: public/_headers, the file Netlify and Cloudflare Pages read.
// scripts/lib/server.ts sends these rules; tests/site/headers.test.ts keeps the README's nginx snippet in step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Header name -> value, names spelled as in the file. */
export type Headers = Record<string, string>;

/** public/_headers of this repository. */
export const headersFile = join(import.meta.dirname, '..', '..', 'public', '_headers');

/**
 * Parses a Netlify/Cloudflare `_headers` file: a path line (`/*`, `/_astro/*`), then indented `Name: value` lines.
 * Comments and blank lines are skipped. Returns the headers per path pattern, in file order.
 */
export function parseHeadersFile(text: string): Record<string, Headers> {
  const rules: Record<string, Headers> = {};
  let current: Headers | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] ??= {};
      continue;
    }
    const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
    if (current && name) current[name.trim()] = value.trim();
  }
  return rules;
}

/** The rules of public/_headers. */
export function readHeaderRules(): Record<string, Headers> {
  return parseHeadersFile(readFileSync(headersFile, 'utf8'));
}

/**
 * The headers a host applying `_headers` sends for one site path (relative to the base, starting with "/"): every
 * matching rule, later ones adding to earlier ones. A pattern matches its exact path, or, ending in `*`, every path
 * that starts with what comes before the `*`.
 */
export function headersFor(rules: Record<string, Headers>, path: string): Headers {
  const headers: Headers = {};
  for (const [pattern, values] of Object.entries(rules)) {
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (matches) Object.assign(headers, values);
  }
  return headers;
}

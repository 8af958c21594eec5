// Hosting headers: public/_headers (Netlify, Cloudflare) is the one list; our own server (scripts/lib/server.ts,
// behind `npm start` and the browser tests) reads it, and tests/scripts/serve.test.ts checks what it sends. Here:
// the README's nginx snippet (kept verbatim in fixtures/nginx.conf) sends the same set, and the set includes
// every header-only protection of issue 8.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readHeaderRules } from '../../scripts/lib/headers.ts';
import { HEADER_ONLY } from '../../src/lib/csp.ts';

type Headers = Record<string, string>;

/** Parses the `add_header` lines of an nginx server block: server level, and per `location` prefix. */
function parseNginx(text: string): Record<string, Headers> {
  const blocks: Record<string, Headers> = {};
  const stack: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const open = /^(server|location\s+(\S+))\s*\{$/.exec(line);
    if (open) stack.push(open[2] ?? 'server');
    else if (line === '}') stack.pop();
    const add = /^add_header\s+(\S+)\s+"([^"]*)"(\s+always)?;$/.exec(line);
    if (add) (blocks[stack.at(-1) ?? 'http'] ??= {})[(add[1] ?? '').toLowerCase()] = add[2] ?? '';
  }
  return blocks;
}

const lower = (h: Record<string, string>): Headers =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
const headersFile = Object.fromEntries(Object.entries(readHeaderRules()).map(([path, h]) => [path, lower(h)]));
const nginx = parseNginx(readFileSync(join(import.meta.dirname, 'fixtures', 'nginx.conf'), 'utf8'));

describe('hosting headers', () => {
  test('_headers covers every page with the header-only protections of issue 8', () => {
    expect(headersFile['/*']).toMatchObject(lower(HEADER_ONLY));
  });

  test('the nginx snippet sends exactly the /* headers at server level', () => {
    expect(nginx['server']).toEqual(headersFile['/*']);
  });

  test('the nginx /_astro/ location repeats them (add_header does not inherit) and adds the long cache', () => {
    expect(headersFile['/_astro/*']?.['cache-control']).toMatch(/max-age=31536000/);
    expect(nginx['/_astro/']).toEqual({ ...headersFile['/*'], ...headersFile['/_astro/*'] });
  });

  test('the two files have the same rules and nothing else', () => {
    expect(Object.keys(headersFile).sort()).toEqual(['/*', '/_astro/*']);
    expect(Object.keys(nginx).sort()).toEqual(['/_astro/', 'server']);
  });
});

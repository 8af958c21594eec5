// Hosting headers: public/_headers (Netlify, Cloudflare), the README's nginx snippet (kept verbatim in
// fixtures/nginx.conf) and our own server (scripts/serve.mjs, used by `npm start` and the browser tests)
// all send the same header set, and it includes every header-only protection of issue 8.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { securityHeaders } from '../../scripts/serve.mjs';
import { HEADER_ONLY } from '../../src/lib/csp.ts';

const root = join(import.meta.dirname, '..', '..');
type Headers = Record<string, string>;

/** Parses Netlify/Cloudflare `_headers`: a path line, then indented `Name: value` lines. Names lower-cased. */
function parseHeadersFile(text: string): Record<string, Headers> {
  const rules: Record<string, Headers> = {};
  let current: Headers | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] ??= {};
      continue;
    }
    const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
    if (current && name) current[name.toLowerCase()] = value.trim();
  }
  return rules;
}

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
const headersFile = parseHeadersFile(readFileSync(join(root, 'public', '_headers'), 'utf8'));
const nginx = parseNginx(readFileSync(join(import.meta.dirname, 'fixtures', 'nginx.conf'), 'utf8'));

describe('hosting headers', () => {
  test('_headers covers every page with the header-only protections of issue 8', () => {
    expect(headersFile['/*']).toMatchObject(lower(HEADER_ONLY));
  });

  test('scripts/serve.mjs sends exactly the /* headers of _headers', () => {
    expect(lower(securityHeaders as Record<string, string>)).toEqual(headersFile['/*']);
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

// The Content-Security-Policy meta of every page: exactly the policy of issue 8, and a hash for every inline
// script and style on that page (recomputed here from the built HTML, not taken from Astro's word for it).
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { htmlPages, readPage } from '../../scripts/lib/dist.ts';

/** The policy without its hashes, as issue 8 states it. Order does not matter; every directive appears once. */
const expected: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};
const hashed = new Set(['script-src', 'style-src']);

/** Script types the browser runs (and CSP governs). Data blocks such as application/ld+json never run. */
const executable = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'importmap',
  'speculationrules',
]);

const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** Parses a policy into directive -> sources; a repeated directive is kept twice so the test can see it. */
function parsePolicy(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([name = '', ...sources]) => [name.toLowerCase(), sources]);
}

/** A short, findable description of an element: tag, id, classes and the start of its text. */
function describeEl(el: HTMLElement): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = el.classList.length ? `.${[...el.classList.values()].join('.')}` : '';
  return `<${el.tagName.toLowerCase()}${id}${cls}> "${el.text.trim().slice(0, 40)}"`;
}

const pages = htmlPages().map((p) => ({ ...p, doc: readPage(p.file) }));

describe.each(pages)('CSP of $path', ({ doc }) => {
  const metas = doc
    .querySelectorAll('meta[http-equiv]')
    .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  const directives = parsePolicy(metas[0]?.getAttribute('content') ?? '');
  const policy = new Map(directives);

  test('has exactly one CSP meta, in <head>', () => {
    expect(metas).toHaveLength(1);
    expect(metas[0]?.closest('head')).not.toBeNull();
  });

  test('carries exactly the directives of issue 8, each once, plus only hashes in script-src and style-src', () => {
    expect(directives.map(([name]) => name).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, sources] of directives) {
      const fixed = sources.filter((s) => !(hashed.has(name) && /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)));
      expect(fixed.sort(), name).toEqual([...(expected[name] ?? [])].sort());
    }
  });

  test('hashes every inline script and style', () => {
    const scriptSrc = new Set(policy.get('script-src'));
    const styleSrc = new Set(policy.get('style-src'));
    const missing = [
      ...doc
        .querySelectorAll('script:not([src])')
        .filter((s) => executable.has((s.getAttribute('type') ?? '').trim().toLowerCase()))
        .filter((s) => !scriptSrc.has(sha256(s.innerHTML)))
        .map((s) => `script-src lacks ${sha256(s.innerHTML)} for ${describeEl(s)}`),
      ...doc
        .querySelectorAll('style')
        .filter((s) => !styleSrc.has(sha256(s.innerHTML)))
        .map((s) => `style-src lacks ${sha256(s.innerHTML)} for ${describeEl(s)}`),
    ];
    expect(missing).toEqual([]);
  });

  test('has no inline style attributes, event handler attributes or javascript: URLs (the policy blocks them)', () => {
    const offenders = doc.querySelectorAll('*').flatMap((el) =>
      Object.entries(el.attributes)
        .filter(([name, value]) => name === 'style' || /^on/i.test(name) || /^\s*javascript:/i.test(value))
        .map(([name, value]) => `${describeEl(el)} ${name}="${value.slice(0, 60)}"`),
    );
    expect(offenders).toEqual([]);
  });
});

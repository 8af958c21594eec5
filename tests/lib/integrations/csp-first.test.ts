import { describe, expect, test } from 'vitest';
import { moveCspFirst, pruneCspHashes } from '../../../src/integrations/csp-first.ts';
import { sha256Source } from '../../../src/lib/csp.ts';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'none'">`;

describe('moveCspFirst', () => {
  test.each([
    [
      `<head><meta charset="utf-8"><title>t</title><script>x</script>${csp}<link rel="stylesheet" href="/a.css"></head>`,
    ],
    [`<head><meta charset="utf-8">${csp}<title>t</title></head>`],
  ])('puts the policy right after the charset: %s', (html) => {
    const out = moveCspFirst(html, 'a.html');
    expect(out.startsWith(`<head><meta charset="utf-8">${csp}<title>t</title>`)).toBe(true);
    expect(out.split('content-security-policy')).toHaveLength(2);
  });

  test('a page without a policy or a charset fails with its name', () => {
    expect(() =>
      moveCspFirst('<head><meta charset="utf-8"></head>', 'faq/index.html'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: faq/index.html: no <meta charset> or no CSP <meta> to put after it.]`,
    );
    expect(() => moveCspFirst(`<head>${csp}</head>`, 'x.html')).toThrow('x.html');
  });
});

describe('pruneCspHashes', () => {
  const a = `'${sha256Source('a()')}'`;
  const b = `'${sha256Source('b{}')}'`;
  const other = `'${sha256Source('elsewhere')}'`;
  const page = (body: string) =>
    `<head><meta http-equiv="content-security-policy" content="script-src 'self' ${a} ${other}; style-src 'self' ${b} ${other};">${body}</head>`;

  test.each([
    ['<script>a()</script><style>b{}</style>', `script-src 'self' ${a}; style-src 'self' ${b};`],
    ['<script type="module">a()</script>', `script-src 'self' ${a}; style-src 'self';`],
    ['<script src="/x.js">a()</script>', `script-src 'self'; style-src 'self';`],
    ['', `script-src 'self'; style-src 'self';`],
  ])('keeps only the hashes of the inline code on the page: %s', (body, policy) => {
    expect(pruneCspHashes(page(body))).toContain(`content="${policy}"`);
  });
});

import { describe, expect, test } from 'vitest';
import { checkHref, checkLinks, urlPathOf, type LinkProblemKind, type SiteLinks } from '../../src/lib/links.ts';

function site(base: string): SiteLinks {
  return {
    base,
    origin: 'https://example.org',
    pages: new Map([
      [base, { ids: ['main'], hrefs: [] }],
      [`${base}faq/`, { ids: ['main', 'q-1', 'über'], hrefs: [] }],
      [`${base}404.html`, { ids: ['main'], hrefs: [] }],
    ]),
    files: new Set([`${base}data/claims.json`, `${base}favicon.svg`]),
  };
}

describe('checkHref at the root base', () => {
  const root = site('/');
  test.each<[string, string, LinkProblemKind | undefined]>([
    ['/faq/', '/', undefined],
    ['/faq/#q-1', '/', undefined],
    ['#q-1', '/faq/', undefined],
    ['#main', '/', undefined],
    ['faq/', '/', undefined],
    ['../faq/#q-1', '/faq/', undefined],
    ['/faq/?q=x#q-1', '/', undefined],
    ['/faq/#%C3%BCber', '/', undefined],
    ['/data/claims.json', '/faq/', undefined],
    ['/favicon.svg', '/', undefined],
    ['/404.html', '/', undefined],
    ['https://example.org/faq/', '/', undefined],
    ['https://other.example/nowhere', '/', undefined],
    ['//cdn.example/x.js', '/', undefined],
    ['mailto:someone@example.org', '/', undefined],
    ['/nowhere/', '/', 'missing-page'],
    ['nowhere/', '/faq/', 'missing-page'],
    ['https://example.org/gone/', '/', 'missing-page'],
    ['/data/missing.json', '/', 'missing-page'],
    ['/faq/#q-2', '/', 'missing-fragment'],
    ['#nope', '/faq/', 'missing-fragment'],
    ['#', '/faq/', 'missing-fragment'],
    ['/faq', '/', 'non-canonical'],
    ['/faq#q-1', '/', 'non-canonical'],
    ['/faq/index.html', '/', 'non-canonical'],
    ['/index.html', '/faq/', 'non-canonical'],
  ])('%s on %s -> %s', (href, page, kind) => {
    expect(checkHref(root, page, href)?.kind).toBe(kind);
  });
});

describe('checkHref under /kb/', () => {
  const kb = site('/kb/');
  test.each<[string, string, LinkProblemKind | undefined]>([
    ['/kb/faq/#q-1', '/kb/', undefined],
    ['faq/', '/kb/', undefined],
    ['../', '/kb/faq/', undefined],
    ['https://example.org/kb/faq/', '/kb/', undefined],
    ['/kb/data/claims.json', '/kb/faq/', undefined],
    ['/faq/', '/kb/', 'outside-base'],
    ['/data/claims.json', '/kb/', 'outside-base'],
    ['/', '/kb/faq/', 'outside-base'],
    ['/kb', '/kb/faq/', 'non-canonical'],
    ['/kb/faq', '/kb/', 'non-canonical'],
    ['/kb/nowhere/', '/kb/', 'missing-page'],
  ])('%s on %s -> %s', (href, page, kind) => {
    expect(checkHref(kb, page, href)?.kind).toBe(kind);
  });
});

describe('messages say what to fix', () => {
  test.each([
    ['/faq', 'should point to the canonical form /faq/ (trailing slash, no index.html).'],
    ['/faq/#q-2', 'has no element with id "q-2".'],
    ['#', 'has an empty fragment; link to an id.'],
    ['/gone/', 'points to /gone/, which is not in the build.'],
  ])('%s', (href, text) => {
    expect(checkHref(site('/'), '/', href)?.message).toContain(text);
  });
});

describe('checkLinks', () => {
  test('lists every problem with its page, in order', () => {
    const s = site('/');
    const pages = new Map(s.pages);
    pages.set('/', { ids: ['main'], hrefs: ['/faq/', '/gone/', '#main'] });
    pages.set('/faq/', { ids: ['q-1'], hrefs: ['/faq'] });
    expect(checkLinks({ ...s, pages }).map((p) => [p.page, p.href, p.kind])).toEqual([
      ['/', '/gone/', 'missing-page'],
      ['/faq/', '/faq', 'non-canonical'],
    ]);
  });
});

describe('urlPathOf', () => {
  test.each([
    ['index.html', '/', '/'],
    ['faq/index.html', '/', '/faq/'],
    ['404.html', '/', '/404.html'],
    ['data/claims.json', '/', '/data/claims.json'],
    ['index.html', '/kb/', '/kb/'],
    ['sources/trio/index.html', '/kb', '/kb/sources/trio/'],
  ])('%s at base %s -> %s', (file, base, path) => {
    expect(urlPathOf(file, base)).toBe(path);
  });
});

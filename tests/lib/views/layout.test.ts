import { describe, expect, test } from 'vitest';
import { pageView } from '../../../src/lib/views/layout.ts';
import { contextOf, kbOf, source } from '../fixtures/kb.ts';

const ctx = contextOf(kbOf(), { '/faq/#old': '/faq/#new', '/faq/#gone': '/when-not/#x' });
const faq = pageView(ctx, {
  title: 'FAQ',
  description: 'Questions.',
  path: '/faq/',
  search: { type: 'FAQ', sources: ['alpha', 'unknown'], topics: ['speed'], sides: ['node'] },
  jsonLd: [{ name: '</script><b>' }],
});

describe('pageView', () => {
  test('titles the page, and the home page by the site alone', () => {
    expect(faq.fullTitle).toBe('FAQ · Django or Node.js?');
    expect(pageView(ctx, { title: 'Home', description: 'd', path: '/' }).fullTitle).toBe(
      'Django or Node.js? Five comparisons, sourced',
    );
  });

  test('links carry the base; the canonical URL is absolute', () => {
    expect(faq.canonical).toBe('https://example.org/kb/faq/');
    expect(faq.favicon).toBe('/kb/favicon.svg');
    expect(faq.header.home).toBe('/kb/');
    expect(faq.header.search).toBe('/kb/search/');
    expect(faq.footer).toMatchObject({ data: '/kb/data/', llms: '/kb/llms.txt', sitemap: '/kb/sitemap.xml' });
  });

  test('marks the current section in the header, sub-pages included', () => {
    expect(faq.header.nav.filter((n) => n.current).map((n) => n.label)).toEqual(['FAQ']);
    const topic = pageView(ctx, { title: 't', description: 'd', path: '/topics/speed/' });
    expect(topic.header.nav.filter((n) => n.current).map((n) => n.href)).toEqual(['/kb/topics/']);
  });

  test('search filters use display names; unknown ids stay as they are', () => {
    expect(faq.facets).toEqual({ type: 'FAQ', sources: ['Alpha', 'unknown'], topics: ['Speed'], sides: ['Node.js'] });
    expect(
      pageView(ctx, { title: 't', description: 'd', path: '/search/', search: { type: 'FAQ' }, noIndex: true }).facets,
    ).toBeUndefined();
  });

  test('JSON-LD cannot close its script element', () => {
    expect(faq.jsonLd).toEqual(['{"name":"\\u003c/script>\\u003cb>"}']);
  });

  test('only same-page anchor moves are handed to the page', () => {
    expect(faq.moved).toBe('{"old":"new"}');
    expect(pageView(ctx, { title: 't', description: 'd', path: '/compare/' }).moved).toBeUndefined();
  });

  test('the 404 page has no canonical URL', () => {
    expect(pageView(ctx, { title: 'x', description: 'd', path: '/404/', notFound: true }).canonical).toBeUndefined();
  });

  test('the footer names each source with its publisher when known', () => {
    const withOne = pageView(contextOf(kbOf({ sources: [source('gamma')] })), {
      title: 't',
      description: 'd',
      path: '/',
    });
    expect(withOne.footer.sources).toEqual([
      { href: '/kb/sources/gamma/', title: 'The gamma article', note: ' (newest year cited 2026)' },
    ]);
    expect(faq.footer.sources[0]?.note).toBe(' (Alpha Ltd, newest year cited 2026)');
  });
});

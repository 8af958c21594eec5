import { describe, expect, test } from 'vitest';
import { pageView } from '../../../src/lib/views/layout.ts';
import { contextOf, kbOf, source, topic } from '../fixtures/kb.ts';

const ctx = contextOf(kbOf(), { '/faq/#old': '/faq/#new', '/faq/#gone': '/when-not/#x' });
const faq = pageView(ctx, {
  title: 'FAQ',
  description: 'Questions.',
  path: '/faq/',
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

  test('the sidebar marks the page itself, and the overview link of its section on a sub-page', () => {
    const current = (v: typeof faq) =>
      v.sidebar.flatMap((g) =>
        g.links.filter((l) => l.current).map((l) => `${g.label}: ${l.label} (${l.current ?? ''})`),
      );
    expect(current(faq)).toEqual(['Overview: FAQ (page)']);
    const topic = pageView(ctx, { title: 't', description: 'd', path: '/topics/speed/' });
    expect(current(topic)).toEqual(['Overview: Topics (section)', 'Topics: Speed (page)']);
    expect(topic.sidebar.map((g) => g.label)).toEqual(['Overview', 'Topics', 'Sources', 'Tools']);
    expect(topic.sidebar[2]?.links[0]).toEqual({ href: '/kb/sources/alpha/', label: 'Alpha' });
    const cost = pageView(ctx, { title: 't', description: 'd', path: '/calculators/cost/' });
    expect(current(cost)).toEqual(['Tools: Team cost calculator (page)', 'Tools: All calculators (section)']);
    expect(current(pageView(ctx, { title: 'Home', description: 'd', path: '/' }))).toEqual([]);
  });

  test('topics and sources link to their neighbours in reading order; other pages have no pager', () => {
    const two = contextOf(kbOf({ sources: [source('alpha'), source('beta'), source('gamma')] }));
    const at = (path: string) => pageView(two, { title: 't', description: 'd', path }).pager;
    expect(at('/sources/beta/')).toEqual({
      prev: { href: '/kb/sources/alpha/', rel: 'Previous source', title: 'Alpha' },
      next: { href: '/kb/sources/gamma/', rel: 'Next source', title: 'Gamma' },
    });
    expect(at('/sources/alpha/')).toEqual({ next: { href: '/kb/sources/beta/', rel: 'Next source', title: 'Beta' } });
    expect(at('/sources/gamma/').next).toBeUndefined();
    expect(at('/faq/')).toEqual({});
    const reordered = contextOf(kbOf({ topics: [topic('late', 2), topic('early', 1)] }));
    expect(pageView(reordered, { title: 't', description: 'd', path: '/topics/late/' }).pager).toEqual({
      prev: { href: '/kb/topics/early/', rel: 'Previous topic', title: 'Early' },
    });
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

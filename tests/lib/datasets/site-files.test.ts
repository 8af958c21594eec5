import { describe, expect, test } from 'vitest';
import { llmsTxt, robotsTxt, sitemapXml } from '../../../src/lib/datasets/site-files.ts';
import type { SitePage } from '../../../src/lib/datasets/site-pages.ts';
import { siteUrlOf } from '../../../src/lib/datasets/site-url.ts';

const urlOf = siteUrlOf('https://example.org', '/kb/');
const pages: SitePage[] = [
  { path: '/', title: 'Home', summary: 'Start here.', group: 'Pages' },
  { path: '/sources/a&b/', title: 'A & B', summary: 'A source.', group: 'Sources' },
];

describe('siteUrlOf', () => {
  test.each([
    ['/', 'https://example.org/kb/'],
    ['/faq/#q-1', 'https://example.org/kb/faq/#q-1'],
    ['data/claims.json', 'https://example.org/kb/data/claims.json'],
  ])('%s -> %s', (path, expected) => {
    expect(urlOf(path)).toBe(expected);
  });

  test('falls back to the configured default origin', () => {
    expect(siteUrlOf(undefined, '/')('/faq/')).toBe('https://django-or-node.example/faq/');
  });
});

describe('sitemapXml', () => {
  test('absolute, escaped locations under the base', () => {
    expect(sitemapXml(pages, urlOf)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://example.org/kb/</loc></url>',
        '  <url><loc>https://example.org/kb/sources/a&amp;b/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});

describe('robotsTxt', () => {
  test('allows everything and names the sitemap', () => {
    expect(robotsTxt(urlOf)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/kb/sitemap.xml\n');
  });
});

describe('llmsTxt', () => {
  test('title, summary, notes, page groups that have pages, then datasets', () => {
    const text = llmsTxt(
      {
        siteName: 'Site',
        summary: 'What it is.',
        notes: ['Note one.'],
        pages,
        datasets: [
          {
            title: 'Claims',
            description: 'Statements.',
            count: 1,
            json: '/data/claims.json',
            csv: '/data/claims.csv',
            schema: '/data/schema/claims.json',
          },
        ],
      },
      urlOf,
    );
    expect(text).toBe(
      [
        '# Site',
        '',
        '> What it is.',
        '',
        '- Note one.',
        '',
        '## Pages',
        '',
        '- [Home](https://example.org/kb/): Start here.',
        '',
        '## Sources',
        '',
        '- [A & B](https://example.org/kb/sources/a&b/): A source.',
        '',
        '## Datasets',
        '',
        '- [Claims](https://example.org/kb/data/claims.json): Statements. 1 record. CSV: https://example.org/kb/data/claims.csv JSON Schema: https://example.org/kb/data/schema/claims.json',
        '',
      ].join('\n'),
    );
  });
});

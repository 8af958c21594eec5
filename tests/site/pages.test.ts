import { describe, expect, test } from 'vitest';
import { htmlPages, readPage } from '../../scripts/lib/dist.ts';

const pages = htmlPages();

describe('every built page', () => {
  test('dist has pages', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  test.each(pages)('$path parses and has the page shell', ({ file }) => {
    const doc = readPage(file);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('title')?.text.trim()).not.toBe('');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // The 404 page answers at any missing address, so it is the one page without a canonical URL.
    if (file === '404.html') expect(canonical).toBeUndefined();
    else expect(canonical).toMatch(/^https?:\/\/.+\/$/);
  });
});

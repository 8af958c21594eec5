import { describe, expect, test } from 'vitest';
import { htmlPages, readPage } from '../helpers/dist.ts';

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
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\/.+\/$/);
  });
});

import { expect, test } from 'vitest';
import { htmlPages, readPage } from '../../scripts/lib/dist.ts';

// /search/ is a tool, not content: its headings only group the no-JS fallback lists.
const pages = htmlPages().filter((p) => p.path !== '/search/');

test.each(pages)('$path: every heading has a stable id and a visible # link', ({ file }) => {
  const main = readPage(file).querySelector('main');
  const problems: string[] = [];
  for (const h of main?.querySelectorAll('h2, h3, h4, h5, h6') ?? []) {
    if (h.closest('astro-island')) continue;
    const text = h.text.trim().slice(0, 50);
    if (!h.id) problems.push(`no id: "${text}"`);
    else if (!main?.querySelector(`a.anchor-link[href="#${h.id}"]`)) problems.push(`no # link: #${h.id}`);
  }
  expect(problems).toEqual([]);
});

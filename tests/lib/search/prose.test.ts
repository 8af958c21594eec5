import { describe, expect, test } from 'vitest';
import { proseSections } from '../../../src/lib/search/prose.ts';

const page = { path: '/sources/alpha/', page: 'Alpha walkthrough', sources: ['Alpha'] };
const html = `<main>
  <section class="source-meta"><h2 id="about">About</h2><p>Not prose.</p></section>
  <section class="source-section">
    <div class="heading-row"><h2 id="intro">Introduction</h2><span class="anchor-tools"><a>#</a></span></div>
    <p class="section-summary"><span class="label">In the source</span> Frames the
      comparison.</p>
    <div class="prose"><p>Our own words
      about it.</p></div>
    <ul class="claims"><li id="c1"><p class="claim-text">A claim, indexed on its own.</p></li></ul>
  </section>
  <section class="source-section"><h2 id="empty">Empty</h2></section>
  <section class="source-section"><p>No heading</p></section>
</main>`;

describe('proseSections', () => {
  test('one entry per titled section: summary and prose only, labels, tools and records left out', () => {
    expect(proseSections(html, page)).toEqual([
      {
        url: '/sources/alpha/#intro',
        title: 'Introduction',
        text: 'Frames the comparison. Our own words about it.',
        page: 'Alpha walkthrough',
        sources: ['Alpha'],
      },
    ]);
  });
  test('paragraphs and items built without white space between them do not glue their words', () => {
    const built = `<section class="source-section"><h2 id="s">S</h2><div class="prose"><p>Its own data.</p><p>Only <a href="/x/">this</a> one.</p><ul><li>One</li><li>two</li></ul></div></section>`;
    expect(proseSections(built, page)[0]?.text).toBe('Its own data. Only this one. One two');
  });
  test('a page without sections gives none', () => {
    expect(proseSections('<main><p>x</p></main>', page)).toEqual([]);
  });
});

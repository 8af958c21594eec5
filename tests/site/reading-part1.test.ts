// Reading pages, part 1: every record of a source appears on its walkthrough under its id, in the source's section
// order; every dimension is a row of /compare/; every reviewed disagreement is listed on the home page; Article JSON-LD parses.
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readPage } from '../../scripts/lib/dist.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { synthesize } from '../../src/lib/synthesis/index.ts';
import { rowAnchor } from '../../src/lib/routes.ts';

const kb = readKnowledgeBase();
const { disagreements } = synthesize(kb);
const pages = new Map<string, HTMLElement>();
const page = (file: string) => {
  let doc = pages.get(file);
  if (!doc) pages.set(file, (doc = readPage(file)));
  return doc;
};
const sourcePage = (id: string) => page(`sources/${id}/index.html`);
const ids = (doc: HTMLElement) => doc.querySelectorAll('[id]').map((e) => e.id);

/** Every record whose canonical home is its source's walkthrough, as [kind, source, anchor]. */
const records: [string, string, string][] = [
  ...kb.claims.map((r) => ['claim', r.source, r.id] as [string, string, string]),
  ...kb.tables.flatMap((t) => [
    ['table', t.source, t.id] as [string, string, string],
    ...t.rows.map((row) => ['table row', t.source, rowAnchor(t.id, row.id)] as [string, string, string]),
  ]),
  ...kb.guidance.map((r) => ['guidance', r.source, r.id] as [string, string, string]),
  ...kb.prosCons.map((r) => ['pro or con', r.source, r.id] as [string, string, string]),
  ...kb.adopters.map((r) => ['adopter', r.source, r.id] as [string, string, string]),
  ...kb.history.map((r) => ['history fact', r.source, r.id] as [string, string, string]),
  ...kb.hiringModels.map((r) => ['hiring model', r.source, r.id] as [string, string, string]),
  ...kb.rateCards.map((r) => ['rate card', r.source, r.id] as [string, string, string]),
];

describe('source walkthroughs', () => {
  test.each(records)('%s %s#%s is on its walkthrough under its id', (_kind, source, anchor) => {
    expect(
      sourcePage(source).getElementById(anchor),
      `no element with id "${anchor}" on /sources/${source}/`,
    ).not.toBeNull();
  });

  test.each(kb.sources.map((s) => [s.id, s] as const))(
    '%s follows the source: sections in order, no duplicate ids',
    (_id, source) => {
      const doc = sourcePage(source.id);
      const sectionIds = new Set(source.sections.map((s) => s.id));
      const h2 = doc
        .querySelectorAll('h2[id]')
        .map((h) => h.id)
        .filter((id) => sectionIds.has(id));
      expect(h2).toEqual(source.sections.map((s) => s.id));
      const all = ids(doc);
      expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    },
  );

  test.each(kb.sources.map((s) => [s.id, s] as const))(
    '%s states its verdict, age and what was left out, with a table of contents',
    (_id, source) => {
      const doc = sourcePage(source.id);
      const text = doc.querySelector('main')?.text ?? '';
      expect(text).toContain(source.verdict);
      expect(text).toContain(String(source.newestYearCited));
      for (const item of source.omitted) expect(text).toContain(item);
      const toc = doc.querySelector('nav.toc');
      expect(toc).not.toBeNull();
      expect(toc?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(
        expect.arrayContaining(source.sections.map((s) => `#${s.id}`)),
      );
    },
  );

  test.each(kb.sources.map((s) => [s.id, s] as const))(
    '%s has Article JSON-LD citing the source and og:type article',
    (_id, source) => {
      const doc = sourcePage(source.id);
      const blocks = doc
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.text) as Record<string, unknown>);
      const article = blocks.find((b) => b['@type'] === 'Article');
      expect(article).toBeDefined();
      expect(article?.['headline']).toEqual(expect.any(String));
      expect(article?.['about']).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'Django' }),
          expect.objectContaining({ name: 'Node.js' }),
        ]),
      );
      const citation = article?.['citation'] as { name: string; publisher?: { name: string } };
      expect(citation.name).toBe(source.title);
      expect(citation.publisher?.name).toBe(source.publisher);
      expect(article).not.toHaveProperty('dateModified');
      expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    },
  );

  test('the sources index lists every source with kind, publisher, age and leaning', () => {
    const doc = page('sources/index.html');
    for (const s of kb.sources) {
      const row = doc.getElementById(s.id)?.closest('tr');
      expect(row, s.id).not.toBeNull();
      expect(row?.text).toContain(String(s.newestYearCited));
      if (s.publisher) expect(row?.text).toContain(s.publisher);
      expect(row?.querySelector(`a[href$="/sources/${s.id}/"]`)).not.toBeNull();
    }
  });

  test('the Witarist walkthrough embeds the cost calculator in its rate-card section', () => {
    const doc = sourcePage('witarist-2026');
    const html = doc.querySelector('main')?.innerHTML ?? '';
    const at = (needle: string) => html.indexOf(needle);
    expect(at('class="cost-calculator"')).toBeGreaterThan(at('id="rate-card"'));
    expect(at('class="cost-calculator"')).toBeLessThan(at('id="hiring-models"'));
  });
});

describe('/compare/', () => {
  const doc = page('compare/index.html');
  const rows = doc.querySelectorAll('table.matrix tbody tr');

  test.each(kb.dimensions.map((d) => [d.id, d] as const))(
    'row %s is present, with a cell per source and a consensus',
    (id) => {
      const heading = doc.getElementById(id);
      expect(heading).not.toBeNull();
      const row = heading?.closest('tr');
      expect(row?.querySelectorAll('td')).toHaveLength(kb.sources.length + 1);
      expect(row?.querySelector('.consensus')).not.toBeNull();
    },
  );

  test('every claim with a verdict is linked from its cell; plain facts only where a source has nothing else', () => {
    const hrefs = new Set(doc.querySelectorAll('table.matrix a').map((a) => a.getAttribute('href') ?? ''));
    const linked = (c: (typeof kb.claims)[number]) =>
      [...hrefs].some((h) => h.endsWith(`/sources/${c.source}/#${c.id}`));
    const counted = (c: (typeof kb.claims)[number]) =>
      kb.claims.some((x) => x.source === c.source && x.dimension === c.dimension && x.favours !== 'none');
    expect(kb.claims.filter((c) => c.favours !== 'none' && !linked(c)).map((c) => c.id)).toEqual([]);
    expect(kb.claims.filter((c) => c.favours === 'none' && !counted(c) && !linked(c)).map((c) => c.id)).toEqual([]);
  });

  test('rows with a reviewed disagreement link to its callout', () => {
    for (const c of disagreements) {
      const row = doc.getElementById(c.dimension)?.closest('tr');
      expect(row?.querySelector(`a[href$="/topics/${c.topics[0] ?? ''}/#${c.id}"]`), c.id).not.toBeNull();
    }
  });

  test('the matrix is a region labelled by its caption, one row per dimension marked with its consensus kind', () => {
    const region = doc.querySelector('table.matrix')?.closest('section');
    expect(region?.getAttribute('aria-labelledby')).toBe('matrix-caption');
    expect(rows.length).toBe(kb.dimensions.length);
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(synthesize(kb).consensus.map((c) => c.kind));
  });

  test('the decision calculator is a link, not an embedded island', () => {
    expect(doc.querySelector('astro-island')).toBeNull();
    const card = doc.querySelector('#decision-calculator')?.closest('section');
    expect(card?.querySelector('a[href$="/calculators/decision/"]')).not.toBeNull();
  });
});

describe('home page', () => {
  const doc = page('index.html');
  test.each(disagreements.map((c) => [c.id, c] as const))(
    'lists disagreement %s with a link to its callout',
    (_id, c) => {
      expect(doc.querySelector(`a[href$="/topics/${c.topics[0] ?? ''}/#${c.id}"]`)).not.toBeNull();
    },
  );

  test('offers the ways in', () => {
    const hrefs = doc.querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
    for (const path of ['compare/', 'topics/', 'faq/', 'when-not/', 'calculators/', 'sources/', 'data/']) {
      expect(
        hrefs.some((h) => h.endsWith(`/${path}`)),
        path,
      ).toBe(true);
    }
  });
});

// Every FAQ, when-not item, benchmark, topic and reviewed candidate appears on its page under its id; the FAQ page's JSON-LD
// holds one Question per FAQ; the benchmark charts are static SVGs with text alternatives. Runs against the build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { distDir, readPage } from '../../scripts/lib/dist.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { synthesize } from '../../src/lib/synthesis/index.ts';
import { groupBenchmarks, hasFigures } from '../../src/lib/benchmark-groups.ts';

const kb = readKnowledgeBase();
const shown = synthesize(kb).candidates.filter((c) => c.status !== 'consistent');
const file = (path: string) => join(path.replace(/^\//, ''), 'index.html');
const cache = new Map<string, HTMLElement>();
const page = (path: string) => {
  let doc = cache.get(path);
  if (!doc) cache.set(path, (doc = readPage(file(path))));
  return doc;
};
const byId = (doc: HTMLElement, id: string) => doc.querySelector(`[id="${id}"]`);

describe('the reading pages exist', () => {
  test.each(['/topics/', ...kb.topics.map((t) => `/topics/${t.id}/`), '/benchmarks/', '/faq/', '/when-not/'])(
    '%s',
    (path) => {
      expect(existsSync(join(distDir, file(path))), `${path} is missing from ${distDir}: build first`).toBe(true);
      const doc = page(path);
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      // The strict CSP allows no inline styles.
      expect(doc.querySelectorAll('[style]').map((e) => e.tagName)).toEqual([]);
    },
  );
});

describe('/faq/', () => {
  test.each(kb.faqs.map((f) => [f.id, f] as const))(
    '%s is a heading in the summary of its own <details>',
    (id, faq) => {
      const heading = byId(page('/faq/'), id);
      expect(heading?.tagName).toMatch(/^H[2-4]$/);
      expect(heading?.parentNode?.tagName).toBe('SUMMARY');
      expect(heading?.text.trim()).toBe(faq.question);
      const details = heading?.parentNode?.parentNode;
      expect(details?.tagName).toBe('DETAILS');
      expect(details?.querySelector('summary')?.text.includes('Reconstructed question')).toBe(faq.reconstructed);
      expect(details?.text).toContain(faq.answer.slice(0, 60));
    },
  );

  test('FAQPage JSON-LD parses and has one Question per FAQ', () => {
    const blocks = page('/faq/')
      .querySelectorAll('script[type="application/ld+json"]')
      .map(
        (s) =>
          JSON.parse(s.textContent) as {
            '@type'?: string;
            mainEntity?: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
          },
      );
    const faqPage = blocks.find((b) => b['@type'] === 'FAQPage');
    expect(faqPage).toBeDefined();
    const questions = faqPage?.mainEntity ?? [];
    expect(questions).toHaveLength(kb.faqs.length);
    expect(questions.map((q) => q.name).sort()).toEqual(kb.faqs.map((f) => f.question).sort());
    for (const q of questions) {
      expect(q['@type']).toBe('Question');
      expect(q.acceptedAnswer['@type']).toBe('Answer');
      expect(kb.faqs.find((f) => f.question === q.name)?.answer).toBe(q.acceptedAnswer.text);
    }
  });
});

describe('/when-not/', () => {
  test.each(kb.whenNot.map((w) => [w.id, w] as const))('%s is a heading with its title', (id, item) => {
    const heading = byId(page('/when-not/'), id);
    expect(heading?.tagName).toMatch(/^H[2-4]$/);
    expect(heading?.text.trim()).toBe(item.title);
  });
});

describe('/benchmarks/', () => {
  const groups = groupBenchmarks(
    kb.benchmarks,
    kb.claims,
    kb.metrics,
    kb.sources.map((s) => s.id),
  );

  test.each(kb.benchmarks.map((b) => [b.id, b] as const))('%s is a heading with its setup nearby', (id, b) => {
    const heading = byId(page('/benchmarks/'), id);
    expect(heading?.tagName).toMatch(/^H[2-4]$/);
    expect(heading?.closest('article')?.text).toContain(b.setup);
  });

  test('one static chart per metric with figures: an HTML caption, SVG marks hidden from screen readers, a data table after it', () => {
    const doc = page('/benchmarks/');
    const charts = doc.querySelectorAll('figure.chart');
    expect(charts).toHaveLength(groups.filter(hasFigures).length);
    for (const chart of charts) {
      const caption = byId(doc, chart.getAttribute('aria-labelledby') ?? '');
      expect(caption?.tagName).toBe('FIGCAPTION');
      expect(caption?.text.trim()).not.toBe('');
      const svgs = chart.querySelectorAll('svg');
      expect(svgs.length).toBeGreaterThan(0);
      for (const svg of svgs) expect(svg.getAttribute('aria-hidden')).toBe('true');
      // Marks are positioned in percentages (no viewBox), so the chart stretches and its text never scales.
      expect(chart.querySelectorAll('svg[viewBox]')).toHaveLength(0);
      expect(chart.querySelectorAll('rect, circle').length).toBeGreaterThan(0);
      expect(chart.nextElementSibling?.querySelector('table')).not.toBeNull();
    }
  });

  test('every figure of every benchmark is labelled in its chart, in HTML', () => {
    const text = page('/benchmarks/')
      .querySelectorAll('figure.chart .row-label')
      .map((d) => d.text)
      .join(' ');
    for (const g of groups) for (const i of g.items) for (const f of i.figures) expect(text).toContain(f.subject);
  });

  test('charts across setups or orders of magnitude are dot panels, each with its own axis', () => {
    const doc = page('/benchmarks/');
    for (const g of groups.filter((x) => hasFigures(x) && x.setupsDiffer)) {
      const chart = byId(doc, `metric-${g.metric.id}`)?.closest('section')?.querySelector('figure.chart');
      expect(chart?.classList.contains('chart-dots'), g.metric.id).toBe(true);
      expect(chart?.querySelectorAll('.chart-panel svg.axis').length, g.metric.id).toBe(
        chart?.querySelectorAll('.chart-panel').length,
      );
    }
  });

  test('metrics whose setups differ carry a warning', () => {
    for (const g of groups) {
      const section = byId(page('/benchmarks/'), `metric-${g.metric.id}`)?.closest('section');
      expect(section, g.metric.id).toBeDefined();
      expect(section?.querySelector('.setup-warning') !== null, g.metric.id).toBe(g.setupsDiffer);
    }
  });
});

describe('/topics/', () => {
  test.each(kb.topics.map((t) => [t.id, t] as const))('%s is listed on the index and has its guide', (id, topic) => {
    expect(byId(page('/topics/'), id)?.text).toContain(topic.title);
    const doc = page(`/topics/${id}/`);
    expect(doc.querySelector('h1')?.text.trim()).toBe(topic.title);
    for (const c of kb.claims.filter((x) => x.topics.includes(id)))
      expect(byId(doc, c.id), `${c.id} on /topics/${id}/`).not.toBeNull();
    // Every section opens with the synthesis in one line and the compact table, before the collapsed claim cards.
    for (const section of doc.querySelectorAll('section.dimension')) {
      const html = section.innerHTML;
      expect(html.indexOf('class="section-lead')).toBeGreaterThan(-1);
      expect(html.indexOf('class="guide-table')).toBeGreaterThan(html.indexOf('class="section-lead'));
      expect(html.indexOf('class="section-claims')).toBeGreaterThan(html.indexOf('class="guide-table'));
    }
    expect(doc.querySelectorAll('section.dimension').length).toBeGreaterThan(0);
  });

  test.each(shown.map((c) => [c.id, c] as const))(
    'candidate %s has its callout or note on its primary topic page, both-sided, with its review',
    (id, candidate) => {
      const heading = byId(page(`/topics/${candidate.topics[0] ?? ''}/`), id);
      expect(heading?.tagName).toMatch(/^H[2-4]$/);
      const callout = heading?.closest('.conflict-callout');
      expect(callout?.getAttribute('data-status')).toBe(candidate.status);
      for (const side of candidate.sides) {
        const claim = side.records.find((r) => kb.claims.some((c) => c.id === r));
        if (claim) expect(callout?.querySelector(`a[href$="#${claim}"]`), `${id}: link to ${claim}`).not.toBeNull();
        expect(callout?.querySelector(`[data-source="${side.source}"]`), `${id}: side ${side.source}`).not.toBeNull();
      }
      expect(callout?.text).toContain(candidate.note.slice(0, 40));
    },
  );

  test('the rate card and hiring models sit next to the cost calculator in their topic', () => {
    const card = kb.rateCards[0];
    expect(card).toBeDefined();
    const pages = kb.topics.map((t) => page(`/topics/${t.id}/`)).filter((doc) => byId(doc, card?.table ?? '') !== null);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.querySelector('.cost-calculator')).not.toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { faqPageView } from '../../../src/lib/views/faq.ts';
import { whenNotPageView } from '../../../src/lib/views/when-not.ts';
import { sourcesIndexView } from '../../../src/lib/views/sources.ts';
import { searchPageView } from '../../../src/lib/views/search.ts';
import { calculatorsIndexView, decisionPageView, notFoundView } from '../../../src/lib/views/calculators.ts';
import { claim, contextOf, faq, kbOf, whenNot } from '../fixtures/kb.ts';

const kb = kbOf({
  claims: [claim('c1', 'alpha', 'node')],
  faqs: [
    faq('f1', 'beta', { topics: ['people', 'speed'], claims: ['c1', 'missing'] }),
    faq('f2', 'alpha', { reconstructed: true }),
  ],
  whenNot: [
    whenNot('w-b', 'beta', { avoid: 'node' }),
    whenNot('w-a', 'alpha', { avoid: 'node', claims: ['c1'] }),
    whenNot('m1', 'beta', { kind: 'myth', topics: ['people'] }),
  ],
});
const ctx = contextOf(kb);

describe('faqPageView', () => {
  const view = faqPageView(ctx);

  test('groups questions by their first topic, in topic order', () => {
    expect(view.groups.map((g) => [g.anchor, g.faqs.map((f) => f.id)])).toEqual([
      ['topic-speed', ['f2']],
      ['topic-people', ['f1']],
    ]);
    expect(view.toc).toEqual([
      { id: 'topic-speed', label: 'Speed (1)' },
      { id: 'topic-people', label: 'People (1)' },
    ]);
    expect([view.count, view.sourceCount, view.reconstructed]).toEqual([2, 2, 1]);
  });

  test('each item links its source section, topics and the claims that exist', () => {
    const f1 = view.groups[1]?.faqs[0];
    expect(f1?.badge.href).toBe('/kb/sources/beta/#intro');
    expect(f1?.topics.map((t) => t.text)).toEqual(['People', 'Speed']);
    expect(f1?.claims).toEqual([
      { href: '/kb/sources/alpha/#c1', text: expect.stringContaining('Claim c1') as string },
    ]);
  });

  test('the FAQPage JSON-LD links every question absolutely', () => {
    expect(view.jsonLd['mainEntity']).toEqual([
      expect.objectContaining({ name: 'Question f2?', url: 'https://example.org/kb/faq/#f2' }),
      expect.objectContaining({ name: 'Question f1?', url: 'https://example.org/kb/faq/#f1' }),
    ]);
  });
});

test('whenNotPageView: advice against each stack in source order, then myths; empty groups left out', () => {
  const view = whenNotPageView(ctx);
  expect(view.groups.map((g) => [g.id, g.items.map((i) => i.id)])).toEqual([
    ['avoid-node', ['w-a', 'w-b']],
    ['myths', ['m1']],
  ]);
  expect(view.names).toBe('Alpha and Beta');
  expect(view.groups[0]?.items[0]?.claims.map((c) => c.href)).toEqual(['/kb/sources/alpha/#c1']);
});

test('sourcesIndexView: each source with its counts and labels', () => {
  expect(sourcesIndexView(ctx).sources[0]).toEqual({
    id: 'alpha',
    href: '/kb/sources/alpha/',
    short: 'Alpha',
    title: 'The alpha article',
    anchorLabel: 'Alpha in the overview',
    kind: 'Independent guide',
    publisher: 'Alpha Ltd',
    newest: 2026,
    leaning: { value: 'tie', label: 'Even-handed' },
    claims: 1,
    verdict: 'The verdict of alpha.',
  });
});

test('searchPageView: the questions by topic and every topic to browse', () => {
  const view = searchPageView(ctx);
  expect(view.action).toBe('/kb/search/');
  expect(view.questions.map((q) => [q.id, q.faqs.map((f) => [f.href, f.source])])).toEqual([
    ['questions-speed', [['/kb/faq/#f2', 'Alpha']]],
    ['questions-people', [['/kb/faq/#f1', 'Beta']]],
  ]);
  expect(view.topics[1]).toEqual({ href: '/kb/topics/people/', text: 'People', summary: 'All about people.' });
});

test('calculators and 404: links under the base', () => {
  expect(calculatorsIndexView(ctx).map((c) => c.href)).toEqual(['/kb/calculators/cost/', '/kb/calculators/decision/']);
  const nf = notFoundView(ctx);
  expect(nf.searchAction).toBe('/kb/search/');
  expect(nf.ways.at(-1)).toEqual({ href: '/kb/', text: 'Home page' });
});

test('decisionPageView: filed under the sources and topics of every record the rules cite', () => {
  const rules = contextOf(
    kbOf({
      claims: [claim('c1', 'beta', 'node', { topics: ['people'] })],
      decisionRules: [
        {
          id: 'r1',
          question: 'admin',
          answers: ['yes'],
          weights: { django: 2, node: 0 },
          cites: { claims: ['c1'], rows: [], whenNot: [], guidance: [] },
          dissent: { claims: [], rows: [], whenNot: [], guidance: [] },
          reason: 'Because.',
        },
      ],
    }),
  );
  const view = decisionPageView(rules);
  expect([view.whenNotHref, view.compareHref, view.costHref]).toEqual([
    '/kb/when-not/',
    '/kb/compare/',
    '/kb/calculators/cost/',
  ]);
});

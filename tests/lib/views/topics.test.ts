import { describe, expect, test } from 'vitest';
import { topicPageView, topicsIndexView } from '../../../src/lib/views/topics.ts';
import { calloutView } from '../../../src/lib/views/conflicts.ts';
import { claimView } from '../../../src/lib/views/claims.ts';
import { claim, contextOf, faq, figure, kbOf, rateCard, source, table, whenNot } from '../fixtures/kb.ts';

// alpha says Django, beta says Node.js on "perf" (opposite positions, reviewed as a disagreement); both give req/s
// figures far apart with no setup stated (reviewed as not comparable).
const kb = kbOf({
  sources: [
    source('alpha'),
    source('beta', { file: '001_0000000000000000.txt' }),
    source('gamma', { file: '002_0000000000000000.txt' }),
  ],
  claims: [
    claim('a1', 'alpha', 'django', { figures: [figure('node', 100)] }),
    claim('a2', 'alpha', 'django'),
    claim('b1', 'beta', 'node', { figures: [figure('node', 1000)] }),
    claim('b2', 'beta', 'node'),
    claim('t1', 'alpha', 'tie', { dimension: 'team', topics: ['people', 'speed'] }),
  ],
  faqs: [faq('f1', 'beta', { topics: ['speed'], claims: ['b1'] })],
  whenNot: [whenNot('w1', 'alpha', { topics: ['people'] })],
  reviews: [
    { candidate: 'position-perf', status: 'disagreement', reason: 'judgement', note: 'Opposite picks.' },
    { candidate: 'figure-rps-setups', status: 'not-comparable', reason: 'setup', note: 'Different runs.' },
  ],
});
const ctx = contextOf(kb);

describe('topicPageView', () => {
  const view = topicPageView(ctx, 'speed');

  test('one section per dimension, each source in source order with its claims', () => {
    expect(view.dimensions.map((d) => d.anchor)).toEqual(['dimension-perf', 'dimension-team']);
    const [perf] = view.dimensions;
    expect(perf?.sources.map((s) => [s.headingId, s.href, s.claims.map((c) => c.id)])).toEqual([
      ['dimension-perf-alpha', '/kb/sources/alpha/', ['a1', 'a2']],
      ['dimension-perf-beta', '/kb/sources/beta/', ['b1', 'b2']],
    ]);
    expect(perf?.silent).toBe('Gamma');
    expect(perf?.columns).toBe(2);
    expect(perf?.matrix).toEqual({ href: '/kb/compare/#perf', text: 'Dimension perf in the comparison matrix' });
  });

  test('claim cards leave their "Used in" line to the source page (the page lists its own FAQs)', () => {
    const b1 = view.dimensions[0]?.sources[1]?.claims.find((c) => c.id === 'b1');
    expect(b1?.usedIn).toEqual([]);
    expect(claimView(ctx, kb.claims[2] ?? claim('x', 'beta', 'node')).usedIn).not.toEqual([]);
  });

  test('a section opens with the consensus of the synthesis, the key figure and one row per source', () => {
    const lead = view.dimensions[0]?.lead;
    expect(lead?.consensus).toEqual({ kind: 'split', label: 'Split: Django 1, Node.js 1' });
    expect(lead?.keyFigure).toEqual({
      value: '100 req/s',
      subject: expect.any(String) as string,
      source: 'Alpha',
      href: '#a1',
    });
    expect(lead?.rows.map((r) => [r.source.short, r.position, r.lineHref, r.figure?.value])).toEqual([
      ['Alpha', 'django', '#a1', '100 req/s'],
      ['Beta', 'node', '#b1', '1,000 req/s'],
    ]);
    expect(view.dimensions[1]?.lead.rows.map((r) => r.position)).toEqual(['both']);
  });

  test('claim cards drop the chips that repeat the page topic, the source column and the section', () => {
    const card = view.dimensions[1]?.sources[0]?.claims[0];
    expect(card?.topics).toEqual([{ href: '/kb/topics/people/', text: 'People' }]);
    expect(card?.source).toBeUndefined();
    expect(card?.dimension).toBeUndefined();
  });

  test("sections follow relevance: the topic's own dimensions first, then by claim count", () => {
    const people = topicPageView(ctx, 'people');
    expect(people.dimensions.map((d) => d.anchor)).toEqual(['dimension-team']);
    const moved = topicPageView(
      contextOf(
        kbOf({ ...kb, dimensions: kb.dimensions.map((d) => ({ ...d, topic: d.id === 'team' ? 'speed' : 'people' })) }),
      ),
      'speed',
    );
    expect(moved.dimensions.map((d) => d.anchor)).toEqual(['dimension-team', 'dimension-perf']);
  });

  test('counts claims and sources, names the disagreements and lists them in the table of contents', () => {
    expect(view.claimCount).toBe(5);
    expect(view.sourcesText).toBe('2 of the 3');
    expect(view.disagreementText).toBe('one place');
    expect(view.toc[0]).toEqual({
      id: 'dimension-perf',
      label: 'Dimension perf: Split: Django 1, Node.js 1 (1 disagreement)',
    });
    expect(view.toc.at(-1)).toEqual({ id: 'related', label: 'Related questions and guidance' });
    expect(view.dimensions[0]?.callouts.map((c) => [c.id, c.status])).toEqual([
      ['figure-rps-setups', 'not-comparable'],
      ['position-perf', 'disagreement'],
    ]);
  });

  test('related: the topic’s FAQs and when-not items, and the other topics', () => {
    expect(view.related.faqs).toEqual([
      {
        href: '/kb/faq/#f1',
        text: 'Question f1?',
        badge: { href: '/kb/sources/beta/', short: 'Beta', title: 'The beta article' },
      },
    ]);
    expect(view.related.whenNot).toEqual([]);
    expect(view.related.others).toEqual([{ href: '/kb/topics/people/', text: 'People' }]);
    expect(topicPageView(ctx, 'people').related.elsewhere).toEqual([]);
  });

  test('embeds the cost calculator only where a rate card’s table belongs to the topic', () => {
    expect(view.costCalculator).toBeUndefined();
    const withCard = kbOf({
      claims: [claim('r1', 'alpha', 'django')],
      tables: [
        table('rates', 'alpha', { rows: [{ id: 'mid', cells: { aspect: 'Mid', django: '$20' }, claims: ['r1'] }] }),
      ],
      rateCards: [rateCard('card', 'alpha')],
    });
    const v = topicPageView(contextOf(withCard), 'speed');
    expect(v.costCalculator?.id).toBe('card');
    expect(v.tables.map((t) => t.id)).toEqual(['rates']);
    expect(v.toc.map((t) => t.id)).toEqual(['dimension-perf', 'cost-calculator', 'rates', 'related']);
  });

  test('an unknown topic fails the build with its id', () => {
    expect(() => topicPageView(ctx, 'nope')).toThrow('unknown topic "nope"');
  });
});

describe('calloutView', () => {
  const [figures, positions] = ctx.synthesis.candidates;
  if (!figures || !positions) throw new Error('fixture');

  test('both sides, each with its reading and its claims, linked in place when on the page', () => {
    const view = calloutView(ctx, positions, new Set(['a1']));
    expect([view.lead, view.status, view.reason, view.note]).toEqual([
      'Sources disagree',
      'disagreement',
      'Likely reason: a difference of judgement',
      'Opposite picks.',
    ]);
    expect(view.sides.map((s) => [s.badge.short, s.reading, s.records.map((r) => r.href)])).toEqual([
      ['Alpha', 'Django (from 2 claims)', ['#a1', '/kb/sources/alpha/#a2']],
      ['Beta', 'Node.js (from 2 claims)', ['/kb/sources/beta/#b1', '/kb/sources/beta/#b2']],
    ]);
  });

  test('a not-comparable candidate reads as a note, with the figures as stated', () => {
    const view = calloutView(ctx, figures);
    expect(view.lead).toBe('Not comparable');
    expect(view.sides.map((s) => s.reading)).toEqual([
      'Node.js 100 req/s (setup: not stated)',
      'Node.js 1,000 req/s (setup: not stated)',
    ]);
  });
});

test('topicsIndexView: a card per topic in order, with its counts', () => {
  const { cards } = topicsIndexView(ctx);
  expect(cards.map((c) => [c.href, c.stats])).toEqual([
    ['/kb/topics/speed/', '5 claims from 2 sources, 1 disagreement'],
    ['/kb/topics/people/', '1 claim from 1 source'],
  ]);
});

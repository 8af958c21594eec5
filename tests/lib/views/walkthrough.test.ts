import { describe, expect, test } from 'vitest';
import { walkthroughView } from '../../../src/lib/views/walkthrough.ts';
import { sectionRecordsView } from '../../../src/lib/views/section-records.ts';
import { refView } from '../../../src/lib/views/refs.ts';
import {
  adopter,
  benchmark,
  claim,
  contextOf,
  faq,
  figure,
  guidance,
  hiringModel,
  history,
  kbOf,
  proCon,
  rateCard,
  source,
  table,
  whenNot,
} from '../fixtures/kb.ts';

const sections = [
  { id: 'intro', title: 'Introduction', summary: 'Sets the scene.' },
  { id: 'speed', title: 'Speed', summary: 'Who is faster.' },
];
const kb = kbOf({
  sources: [
    source('alpha', {
      sections,
      omitted: ['A pitch', 'A newsletter box'],
      publisher: 'Alpha Ltd',
      newestYearCited: 2021,
    }),
    source('beta', { file: '001_0000000000000000.txt' }),
  ],
  claims: [
    claim('a1', 'alpha', 'django', { locator: 'speed', figures: [figure('node', 100)] }),
    claim('b1', 'beta', 'node', { figures: [figure('node', 1000)] }),
  ],
  tables: [table('t1', 'alpha', { locator: 'speed' })],
  guidance: [
    guidance('g1', 'alpha', {
      figures: [figure('node', 10_000, { atLeast: true, unit: 'connections', qualifier: 'per server' })],
    }),
  ],
  prosCons: [proCon('p1', 'alpha'), proCon('p2', 'alpha', { side: 'node', kind: 'con' })],
  adopters: [
    adopter('ad1', 'alpha', {
      usage: 'its admin',
      scale: figure('django', 2, { unit: 'users', qualifier: 'monthly' }),
    }),
  ],
  history: [history('h1', 'alpha', { year: 2005 }), history('h2', 'alpha')],
  hiringModels: [
    hiringModel('m1', 'alpha'),
    hiringModel('m2', 'alpha', { costBasis: { kind: 'team', teamSize: 3 }, monthlyCost: { low: 9000, high: 9000 } }),
  ],
  rateCards: [rateCard('card', 'alpha')],
  whenNot: [whenNot('w1', 'alpha', { kind: 'myth' })],
  faqs: [faq('f1', 'alpha', { reconstructed: true })],
  reviews: [
    { candidate: 'position-perf', status: 'disagreement', note: 'Opposite picks.' },
    { candidate: 'figure-rps-setups', status: 'not-comparable', note: 'Different runs.' },
  ],
  benchmarks: [benchmark('bm', 'alpha', { claim: 'a1' })],
});
const ctx = contextOf(kb);
const view = walkthroughView(ctx, 'alpha');

describe('walkthroughView', () => {
  test('the page: title, canonical URL, JSON-LD naming the publisher, search filters', () => {
    expect(view.page.fullTitle).toBe('Alpha: source walkthrough · Django or Node.js?');
    expect(view.page.canonical).toBe('https://example.org/kb/sources/alpha/');
    expect(view.page.ogType).toBe('article');
    expect(JSON.parse(view.page.jsonLd[0] ?? '{}')).toMatchObject({
      url: 'https://example.org/kb/sources/alpha/',
      citation: { name: 'The alpha article', publisher: { name: 'Alpha Ltd' } },
    });
  });

  test('about the source: its age against the newest source, what was left out, how many claims', () => {
    expect(view.meta).toMatchObject({
      kind: 'Independent guide',
      publisher: 'Alpha Ltd',
      age: '2021, 5 years behind the newest source',
      omitted: '2 passages',
      claimCount: 1,
      leaning: { value: 'tie', label: 'Even-handed' },
    });
    expect(view.toc.map((t) => t.id)).toEqual(['about-source', 'intro', 'speed', 'left-out', 'contested']);
    expect(view.others).toEqual([{ href: '/kb/sources/beta/', text: 'Beta', title: 'The beta article' }]);
  });

  test('sections hold their own tables and claims (without the source badge)', () => {
    const speed = view.section('speed');
    expect(speed.tables.map((t) => t.id)).toEqual(['t1']);
    expect(speed.claims.map((c) => [c.id, c.source])).toEqual([['a1', undefined]]);
    expect(view.section('intro').claims).toEqual([]);
    expect(() => view.section('outro')).toThrow('"outro" is not a section of alpha; its sections are intro, speed');
  });

  test('its reviewed disagreements, then the not-comparable ones, with what it says and its claims linked here', () => {
    expect(view.conflicts.map(({ text: _text, ...c }) => c)).toEqual([
      {
        href: '/kb/topics/speed/#position-perf',
        id: 'position-perf',
        status: 'disagreement',
        company: 'against Beta',
        here: 'Django (from 1 claim)',
        hereHref: '#a1',
      },
      {
        href: '/kb/topics/speed/#figure-rps-setups',
        id: 'figure-rps-setups',
        status: 'not-comparable',
        company: 'beside Beta',
        here: 'Node.js 100 req/s (setup: not stated)',
        hereHref: '#a1',
      },
    ]);
  });
});

describe('sectionRecordsView', () => {
  const r = sectionRecordsView(ctx, 'alpha', 'intro');

  test('guidance, pros and cons, users and history, each under ids derived from the section', () => {
    expect(r.guidance[0]).toMatchObject({
      kind: 'Choose when',
      figures: [{ value: '10,000+ connections', label: 'per server' }],
    });
    expect(r.prosCons.map((g) => [g.headingId, g.heading, g.items.map((i) => i.id)])).toEqual([
      ['intro-node-cons', 'Node.js: drawbacks', ['p2']],
      ['intro-django-pros', 'Django: advantages', ['p1']],
    ]);
    expect(r.adopters).toEqual([
      {
        headingId: 'intro-users-django',
        heading: 'Named as Django users',
        items: [
          {
            id: 'ad1',
            anchorLabel: 'Company ad1 as a Django user',
            company: 'Company ad1',
            usage: 'its admin',
            scale: '2 users, monthly',
          },
        ],
      },
    ]);
    expect(r.history.map((h) => h.year)).toEqual(['2005', 'Undated']);
  });

  test('hiring models and the rate card in words, money with separators', () => {
    expect(r.hiringModels.map((m) => [m.timeToHire, m.monthlyCost, m.risk])).toEqual([
      ['1–2 weeks', '$3,000–$5,000 per developer', 'Low: Little risk'],
      ['1–2 weeks', '$9,000 for a team of 3', 'Low: Little risk'],
    ]);
    expect(r.rateCards[0]).toEqual({
      id: 'card',
      title: 'Rate card card',
      premium: '5–10%',
      saving: '60–70%',
      example:
        '2 Mid Django developers: $6,400–$9,600 a month in India against $22,400–$32,000 in the US, an annual saving of $150,000–$270,000 (all as stated).',
    });
  });

  test('links to the section’s records on other pages, with notes for myths and reconstructed questions', () => {
    expect(r.related).toEqual([
      {
        label: 'On the when-not page',
        links: [{ prefix: '', href: '/kb/when-not/#w1', text: 'When not w1', note: 'a myth the source rejects' }],
      },
      {
        label: 'In the FAQ',
        links: [{ prefix: 'Q: ', href: '/kb/faq/#f1', text: 'Question f1?', note: 'question reconstructed by us' }],
      },
      { label: 'On the benchmarks page', links: [{ prefix: '', href: '/kb/benchmarks/#bm', text: 'Benchmark bm' }] },
    ]);
  });
});

describe('refView', () => {
  test.each([
    [{ source: 'beta' }, '/kb/sources/beta/', 'Beta'],
    [{ claim: 'a1' }, '/kb/sources/alpha/#a1', 'Alpha'],
    [{ row: 't1/speed' }, '/kb/sources/alpha/#t1-speed', 'Table t1'],
    [{ dimension: 'perf' }, '/kb/compare/#perf', 'Dimension perf'],
    [{ topic: 'people' }, '/kb/topics/people/', 'People'],
    [{ page: 'cost', anchor: 'card-check' }, '/kb/calculators/cost/#card-check', 'cost calculator'],
  ] as const)('%j', (target, href, name) => {
    expect(refView(ctx, target, 'x.mdx')).toEqual({ href, name });
  });

  test.each([
    [{ claim: 'nope' }, 'Ref in x.mdx: claim "nope" does not exist; check the id against content/.'],
    [{ row: 't1/nope' }, 'Ref in x.mdx: row "nope" of table "t1" does not exist; check the id against content/.'],
    [{}, 'Ref in x.mdx: give one of source, claim, row, dimension, topic or page.'],
  ])('%j fails the build', (target, message) => {
    expect(() => refView(ctx, target, 'x.mdx')).toThrow(message);
  });
});

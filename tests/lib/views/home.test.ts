import { expect, test } from 'vitest';
import { homeView } from '../../../src/lib/views/home.ts';
import { claim, contextOf, guidance, kbOf, source, whenNot } from '../fixtures/kb.ts';

const kb = kbOf({
  sources: [
    source('alpha', { newestYearCited: 2019 }),
    source('beta', { kind: 'hosting-blog', file: '001_0000000000000000.txt' }),
  ],
  claims: [
    claim('a1', 'alpha', 'django'),
    claim('b1', 'beta', 'node'),
    claim('a2', 'alpha', 'node', { dimension: 'team', topics: ['people'] }),
    claim('b2', 'beta', 'node', { dimension: 'team', topics: ['people'] }),
  ],
  whenNot: [whenNot('w1', 'alpha'), whenNot('w2', 'alpha', { kind: 'myth' })],
  reviews: [{ candidate: 'position-perf', status: 'disagreement', reason: 'judgement', note: 'Opposite picks.' }],
  guidance: [
    guidance('g-a1', 'alpha', { recommends: 'node' }),
    guidance('g-a2', 'alpha', { recommends: 'node' }),
    guidance('g-b1', 'beta', { recommends: 'node' }),
  ],
  answers: [
    { id: 'ans-node', side: 'node', when: 'the team is small', guidance: ['g-a2', 'g-b1', 'g-a1'], claims: [] },
  ],
});
const view = homeView(contextOf(kb));

test('counts, the sources as a sentence and the span of their years', () => {
  expect([view.claimCount, view.sourceCount, view.oldest, view.newest]).toEqual([4, 2, 2019, 2026]);
  expect(view.sources).toEqual([
    { href: '/kb/sources/alpha/', text: 'Alpha', note: 'independent guide' },
    { href: '/kb/sources/beta/', text: 'Beta', note: 'hosting-provider blog' },
  ]);
});

test('the short answer: only sides with lines, one evidence link per source, to its first cited item', () => {
  expect(view.answer).toEqual([
    {
      side: 'node',
      lead: 'Node.js when',
      lines: [
        {
          id: 'ans-node',
          when: 'the team is small',
          evidence: [
            { href: '/kb/sources/alpha/#g-a2', text: 'Alpha' },
            { href: '/kb/sources/beta/#g-b1', text: 'Beta' },
          ],
        },
      ],
    },
  ]);
});

test('the scoreboard: agreement with its count, splits with their reading, single-source rows counted', () => {
  expect(view.scoreboard).toEqual({
    agree: [
      {
        href: '/kb/compare/#team',
        title: 'Dimension team',
        position: 'node',
        count: '2 of 2',
        label: 'All 2 sources: Node.js',
      },
    ],
    split: [
      {
        href: '/kb/compare/#perf',
        title: 'Dimension perf',
        count: 'Django 1, Node.js 1',
        label: 'Split: Django 1, Node.js 1',
      },
    ],
    single: 0,
    compareHref: '/kb/compare/',
  });
});

test('the two calculators come first among the ways in', () => {
  expect(view.calculators.map((c) => [c.id, c.href])).toEqual([
    ['way-decision', '/kb/calculators/decision/'],
    ['way-cost', '/kb/calculators/cost/'],
  ]);
});

test('the reviewed disagreements, opposite positions first, with what each source holds', () => {
  expect(view.conflictCount).toBe(1);
  expect(view.conflictGroups.map((g) => g.label)).toEqual(['Opposite positions']);
  expect(view.conflictGroups[0]?.items.map(({ text: _text, ...item }) => item)).toEqual([
    {
      href: '/kb/topics/speed/#position-perf',
      intraSource: false,
      who: 'Alpha: Django (from 1 claim); Beta: Node.js (from 1 claim)',
      topic: 'Speed',
    },
  ]);
});

test('ways in carry the counts of the data', () => {
  expect(view.ways.find((w) => w.id === 'way-when-not')).toEqual({
    id: 'way-when-not',
    href: '/kb/when-not/',
    title: 'When not to use them',
    text: '1 reason to skip one stack or the other, and 1 myth a source rejects.',
  });
  expect(view.ref({ claim: 'b1' })).toEqual({ href: '/kb/sources/beta/#b1', name: 'Beta' });
});

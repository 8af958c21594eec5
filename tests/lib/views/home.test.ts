import { expect, test } from 'vitest';
import { homeView } from '../../../src/lib/views/home.ts';
import { claim, contextOf, kbOf, source, whenNot } from '../fixtures/kb.ts';

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
});
const view = homeView(contextOf(kb));

test('counts, the sources as a sentence and the span of their years', () => {
  expect([view.claimCount, view.sourceCount, view.oldest, view.newest]).toEqual([4, 2, 2019, 2026]);
  expect(view.sources).toEqual([
    { href: '/kb/sources/alpha/', text: 'Alpha', note: 'independent guide' },
    { href: '/kb/sources/beta/', text: 'Beta', note: 'hosting-provider blog' },
  ]);
});

test('the dimensions two or more sources agree on, by side', () => {
  expect(view.agreedDjango).toEqual([]);
  expect(view.agreedNode).toEqual([{ href: '/kb/compare/#team', text: 'Dimension team' }]);
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

import { describe, expect, test } from 'vitest';
import { anchorKey, buildAnchorMap } from '../../../src/lib/search/anchors.ts';
import { synthesize } from '../../../src/lib/synthesis/index.ts';
import { claim, faq, figure, kbOf, table } from '../fixtures/kb.ts';

describe('anchorKey', () => {
  test.each<[string, string, string | undefined]>([
    ['/faq/#q-1', '/', '/faq/#q-1'],
    ['/kb/faq/?highlight=x#q-1', '/kb/', '/faq/#q-1'],
    ['/kb/faq/#q-1', '/kb', '/faq/#q-1'],
    ['https://site.example/kb/topics/performance/#conflict-x', '/kb/', '/topics/performance/#conflict-x'],
    ['/faq/', '/', undefined],
    ['/faq/#%C3%BCber', '/', '/faq/#über'],
    ['/faq/#%E0%A4%A', '/', '/faq/#%E0%A4%A'],
  ])('%s under %s', (url, base, key) => {
    expect(anchorKey(url, base)).toBe(key);
  });
});

describe('buildAnchorMap', () => {
  const kb = kbOf({
    claims: [
      claim('a1', 'alpha', 'django', { figures: [figure('node', 100)] }),
      claim('b1', 'beta', 'node', { figures: [figure('node', 1000)] }),
    ],
    faqs: [faq('f1', 'beta')],
    tables: [table('t1', 'alpha')],
    reviews: [
      { candidate: 'position-perf', status: 'disagreement', note: 'Opposite picks.' },
      { candidate: 'figure-rps-setups', status: 'not-comparable', reason: 'setup', note: 'Different runs.' },
    ],
  });
  const map = buildAnchorMap(kb, synthesize(kb).candidates);

  test('FAQs, table rows and matrix rows are listed with their type and sources', () => {
    expect(map['/faq/#f1']).toEqual({ type: 'FAQ', sources: ['Beta'] });
    expect(map['/sources/alpha/#t1-speed']).toEqual({ type: 'Source walkthrough', sources: ['Alpha'] });
    expect(map['/compare/#perf']).toEqual({ type: 'Comparison', sources: ['Alpha', 'Beta'] });
  });

  test('a disagreement callout or a not-comparable note keeps its page type and names every source on a side', () => {
    expect(map['/topics/speed/#position-perf']).toEqual({ sources: ['Alpha', 'Beta'] });
    expect(map['/topics/speed/#figure-rps-setups']).toEqual({ sources: ['Alpha', 'Beta'] });
  });
});

import { describe, expect, test } from 'vitest';
import { anchorKey, buildAnchorMap } from '../../../src/lib/search/anchors.ts';
import { synthesise } from '../../../src/lib/synthesis.ts';
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
  });
  const map = buildAnchorMap(kb, synthesise(kb).conflicts);

  test('FAQs, table rows and matrix rows are listed with their type and sources', () => {
    expect(map['/faq/#f1']).toEqual({ type: 'FAQ', sources: ['Beta'] });
    expect(map['/sources/alpha/#t1-speed']).toEqual({ type: 'Source walkthrough', sources: ['Alpha'] });
    expect(map['/compare/#perf']).toEqual({ type: 'Comparison', sources: ['Alpha', 'Beta'] });
  });

  test('a disagreement callout keeps its page type and names every source that takes a side', () => {
    expect(map['/topics/speed/#conflict-perf']).toEqual({ sources: ['Alpha', 'Beta'] });
    expect(map['/topics/speed/#conflict-rps-node']).toEqual({ sources: ['Alpha', 'Beta'] });
  });
});

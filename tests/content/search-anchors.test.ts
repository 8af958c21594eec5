import { describe, expect, test } from 'vitest';
import { buildAnchorMap } from '../../src/lib/search/anchors.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { synthesize } from '../../src/lib/synthesis/index.ts';

describe('buildAnchorMap from the knowledge base', () => {
  const kb = readKnowledgeBase();
  const { candidates } = synthesize(kb);
  const map = buildAnchorMap(kb, candidates);
  const short = new Map(kb.sources.map((s) => [s.id, s.short]));

  test('every FAQ is listed at its canonical anchor with its source', () => {
    for (const f of kb.faqs) expect(map[`/faq/#${f.id}`]).toEqual({ type: 'FAQ', sources: [short.get(f.source)] });
  });

  test('every table row is listed on its source page', () => {
    for (const t of kb.tables)
      for (const r of t.rows)
        expect(map[`/sources/${t.source}/#${t.id}-${r.id}`]?.sources).toEqual([short.get(t.source)]);
  });

  test('every disagreement callout and not-comparable note names the sources on its sides', () => {
    const shown = candidates.filter((c) => c.status !== 'consistent');
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) {
      const names = [...new Set(c.sides.map((s) => short.get(s.source)))];
      expect(map[`/topics/${c.topics[0] ?? ''}/#${c.id}`]?.sources).toEqual(names);
    }
  });

  test('keys are base-relative paths with an anchor', () => {
    for (const key of Object.keys(map)) expect(key).toMatch(/^\/[a-z0-9/-]*\/#[a-z0-9-]+$/);
  });
});

import { describe, expect, test } from 'vitest';
import { buildAnchorMap } from '../../src/lib/search/anchors.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { synthesise } from '../../src/lib/synthesis.ts';

describe('buildAnchorMap from the knowledge base', () => {
  const kb = readKnowledgeBase();
  const map = buildAnchorMap(kb, synthesise(kb).conflicts);
  const short = new Map(kb.sources.map((s) => [s.id, s.short]));

  test('every FAQ is listed at its canonical anchor with its source', () => {
    for (const f of kb.faqs) expect(map[`/faq/#${f.id}`]).toEqual({ type: 'FAQ', sources: [short.get(f.source)] });
  });

  test('every table row is listed on its source page', () => {
    for (const t of kb.tables)
      for (const r of t.rows)
        expect(map[`/sources/${t.source}/#${t.id}-${r.id}`]?.sources).toEqual([short.get(t.source)]);
  });

  test('every disagreement callout names the sources on its sides', () => {
    const conflicts = new Map(synthesise(kb).conflicts.map((c) => [c.id, c]));
    const keys = Object.keys(map).filter((k) => k.includes('#conflict-'));
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      const c = conflicts.get(k.split('#')[1] ?? '');
      expect(c, k).toBeDefined();
      const names = [...new Set(c?.sides.map((s) => short.get(s.source)))];
      expect(names.length, k).toBeGreaterThanOrEqual(1);
      expect(map[k]?.sources, k).toEqual(expect.arrayContaining(names));
    }
  });

  test('keys are base-relative paths with an anchor', () => {
    for (const key of Object.keys(map)) expect(key).toMatch(/^\/[a-z0-9/-]*\/#[a-z0-9-]+$/);
  });
});

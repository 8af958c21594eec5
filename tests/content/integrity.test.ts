// Cross-record rules on the real data: references resolve, figures carry their metric's unit, topics are covered.
import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { checkIntegrity } from '../../src/lib/content/integrity.ts';
import { IdSchema } from '../../src/schemas/index.ts';

const kb = readKnowledgeBase();

describe('integrity', () => {
  test('every reference resolves and every check passes', () => {
    expect(checkIntegrity(kb)).toEqual([]);
  });

  test('every figure of every claim has a unit, equal to its metric unit', () => {
    const units = new Map(kb.metrics.map((m) => [m.id, m.unit]));
    const wrong = kb.claims.flatMap((c) =>
      c.figures.filter((f) => !f.unit || f.unit !== units.get(f.metric)).map((f) => `${c.id}: ${f.metric} in "${f.unit}"`),
    );
    expect(wrong).toEqual([]);
  });

  test('every claim has at least one topic and every topic has claims', () => {
    expect(kb.claims.filter((c) => c.topics.length === 0).map((c) => c.id)).toEqual([]);
    const used = new Set(kb.claims.flatMap((c) => c.topics));
    expect(kb.topics.map((t) => t.id).filter((t) => !used.has(t))).toEqual([]);
  });

  test('every id is a slug, and so is every section, column and row id', () => {
    const ids = [
      // Reviews have no id of their own: they name a computed candidate.
      ...Object.entries(kb)
        .filter(([kind]) => kind !== 'reviews')
        .flatMap(([, records]) => (records as readonly { id: string }[]).map((r) => r.id)),
      ...kb.sources.flatMap((s) => s.sections.map((x) => x.id)),
      ...kb.tables.flatMap((t) => [...t.columns.map((c) => c.id), ...t.rows.map((r) => r.id)]),
    ];
    expect(ids.filter((id) => !IdSchema.safeParse(id).success)).toEqual([]);
  });

  test('claim paraphrases are unique (no record entered twice)', () => {
    const seen = new Map<string, string>();
    const twice = kb.claims.filter((c) => seen.has(c.text) || !seen.set(c.text, c.id)).map((c) => c.id);
    expect(twice).toEqual([]);
  });
});

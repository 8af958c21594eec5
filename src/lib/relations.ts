import type { KnowledgeBase } from './content/read.ts';

/** Where a claim is used elsewhere, so pages can link related items both ways. */
export interface ClaimRelations {
  faqs: string[];
  whenNot: string[];
  benchmarks: string[];
  /** Table rows as [tableId, rowId]. */
  rows: [string, string][];
}

/** Reverse index from claim id to the FAQs, when-not items, benchmarks and table rows that cite it. */
export function claimRelations(
  kb: Pick<KnowledgeBase, 'faqs' | 'whenNot' | 'benchmarks' | 'tables'>,
): Map<string, ClaimRelations> {
  const map = new Map<string, ClaimRelations>();
  const get = (id: string) => {
    let r = map.get(id);
    if (!r) map.set(id, (r = { faqs: [], whenNot: [], benchmarks: [], rows: [] }));
    return r;
  };
  for (const f of kb.faqs) for (const c of f.claims) get(c).faqs.push(f.id);
  for (const w of kb.whenNot) for (const c of w.claims) get(c).whenNot.push(w.id);
  for (const b of kb.benchmarks) get(b.claim).benchmarks.push(b.id);
  for (const t of kb.tables) for (const row of t.rows) for (const c of row.claims) get(c).rows.push([t.id, row.id]);
  return map;
}

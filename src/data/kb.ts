import { getCollection } from 'astro:content';
import { readKind, type KnowledgeBase } from '../lib/content/read.ts';
import { kinds, type KindName } from '../schemas/index.ts';
import { checkIntegrity } from '../lib/content/integrity.ts';
import { claimRelations, type ClaimRelations } from '../lib/relations.ts';
import { buildLookup, type Lookup } from '../lib/lookup.ts';

let cached: Promise<KnowledgeBase> | undefined;

/**
 * The validated knowledge base from Astro's content collections, in the same shape the tests read.
 * Cross-record problems (a dangling reference, a duplicate id) fail the build here.
 */
export function getKb(): Promise<KnowledgeBase> {
  cached ??= (async () => {
    const kb: Partial<Record<KindName, unknown[]>> = {};
    for (const kind of Object.keys(kinds) as KindName[]) {
      const entries = await getCollection(kind);
      // The store does not keep file order; restore it so lists read in the sources' own order.
      const order = new Map(readKind(kind).map((r, i) => [r.id, i]));
      kb[kind] = entries.map((e) => e.data).sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
    }
    const full = kb as KnowledgeBase;
    // Sources in the order of their files (000 … 004), everything else in file order.
    full.sources.sort((a, b) => a.file.localeCompare(b.file));
    const errors = checkIntegrity(full);
    if (errors.length) throw new Error(`Content integrity:\n${errors.map((e) => `- ${e}`).join('\n')}`);
    return full;
  })();
  return cached;
}

let relations: Promise<Map<string, ClaimRelations>> | undefined;

/** Claim id -> the FAQs, when-not items, benchmarks and table rows that cite it (computed once per build). */
export function getClaimRelations(): Promise<Map<string, ClaimRelations>> {
  relations ??= getKb().then(claimRelations);
  return relations;
}

let lookup: Promise<Lookup> | undefined;

/** Id lookups (topic titles, claims by id) over the knowledge base, built once per build. */
export function getLookup(): Promise<Lookup> {
  lookup ??= getKb().then(buildLookup);
  return lookup;
}

import { kb } from './kb.ts';
import { buildLookup, type Lookup } from '../lib/lookup.ts';
import { claimRelations, type ClaimRelations } from '../lib/relations.ts';

/** Id lookups (topic titles, claims by id) over the knowledge base, built once per build. */
export const lookup: Lookup = buildLookup(kb);

/** Claim id -> the FAQs, when-not items, benchmarks and table rows that cite it, built once per build. */
export const relations: Map<string, ClaimRelations> = claimRelations(kb);

import { getCollection } from 'astro:content';
import type { KnowledgeBase } from '../lib/content/read.ts';
import { kinds, type KindName } from '../schemas/index.ts';
import { checkIntegrity } from '../lib/content/integrity.ts';

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
      kb[kind] = entries.map((e) => e.data);
    }
    const full = kb as KnowledgeBase;
    const errors = checkIntegrity(full);
    if (errors.length) throw new Error(`Content integrity:\n${errors.map((e) => `- ${e}`).join('\n')}`);
    return full;
  })();
  return cached;
}

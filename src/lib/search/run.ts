import { mergeResults, planQuery, type QueryPlan } from './query.ts';
import type { PfFilterCounts, PfResponse, PfResult } from './types.ts';

/** A query run through its plan: the merged results, the filter counts and the plan (with any correction). */
export interface PlannedResults {
  plan: QueryPlan;
  results: PfResult[];
  counts: PfFilterCounts;
}

/** Sorts after every word that starts with what precedes it (the last code point; Pagefind compares UTF-8 bytes). */
const AFTER_EVERY_EXTENSION = '\u{10FFFF}';

/**
 * What to preload so that each word's prefix extensions are loaded too ("join" also matches "joins", "20" matches
 * "2026"). Pagefind fetches the index chunk a word sorts into; in a small-chunk index its extensions can sit in the
 * next chunk, and a search would then miss them. The word followed by the highest code point sorts into the chunk
 * where its extensions end, so preloading it loads that chunk as well (usually the same one: nothing extra).
 */
export function extensionEnds(plan: QueryPlan): string {
  const words = new Set(plan.searches.flatMap((s) => s.query.split(' ')).filter(Boolean));
  return [...words].map((w) => w + AFTER_EVERY_EXTENSION).join(' ');
}

/** Pagefind's search with the filters applied, and its preload (fetches the chunks of a term, searches nothing). */
export interface Searcher {
  search: (terms: string) => Promise<PfResponse>;
  preload: (terms: string) => Promise<unknown>;
}

/**
 * Runs a reader's query the one way the site does, in the browser and in the evaluation test: words the index
 * vocabulary does not have are corrected first (unless `exact`), then the chunks where the words' extensions end are
 * loaded, then the plan's searches run and merge. Pagefind's own fuzzy matching finds something for most typos, so
 * "found nothing" cannot tell a typo: the vocabulary can.
 */
export async function runPlanned(
  query: string,
  pf: Searcher,
  vocabulary: () => Promise<readonly string[]>,
  exact = false,
): Promise<PlannedResults> {
  const plan = exact ? planQuery(query, [], { exact }) : planQuery(query, await vocabulary());
  await pf.preload(extensionEnds(plan));
  const responses = await Promise.all(plan.searches.map((s) => pf.search(s.query)));
  const results = mergeResults(
    responses.map((r, i) => ({ results: r.results, weight: plan.searches[i]?.weight ?? 0 })),
  );
  return { plan, results, counts: responses[0]?.filters ?? {} };
}

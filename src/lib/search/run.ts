import { mergeResults, planQuery, type QueryPlan } from './query.ts';
import type { PfFilterCounts, PfResponse, PfResult } from './types.ts';

/** A query run through its plan: the merged results, the filter counts and the plan (with any correction). */
export interface PlannedResults {
  plan: QueryPlan;
  results: PfResult[];
  counts: PfFilterCounts;
}

/**
 * Runs a reader's query the one way the site does, in the browser and in the evaluation test: words the index
 * vocabulary does not have are corrected first (unless `exact`), then the plan's searches run and merge. Pagefind's
 * own fuzzy matching finds something for most typos, so "found nothing" cannot tell a typo: the vocabulary can.
 * `search` is Pagefind's search with the filters applied.
 */
export async function runPlanned(
  query: string,
  search: (terms: string) => Promise<PfResponse>,
  vocabulary: () => Promise<readonly string[]>,
  exact = false,
): Promise<PlannedResults> {
  const plan = exact ? planQuery(query, [], { exact }) : planQuery(query, await vocabulary());
  const responses = await Promise.all(plan.searches.map((s) => search(s.query)));
  const results = mergeResults(
    responses.map((r, i) => ({ results: r.results, weight: plan.searches[i]?.weight ?? 0 })),
  );
  return { plan, results, counts: responses[0]?.filters ?? {} };
}

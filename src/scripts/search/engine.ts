// Loads Pagefind and what a query needs of the index vocabulary, and turns a query plus filters into results, a few at a time.
// Only ever imported behind a dynamic import: nothing here runs before a reader asks for search.
import { base, href } from '../../data/href.ts';
import type { PagefindModule, PfFilterCounts, PfResult } from '../../lib/search/types.ts';
import { termsToHighlight, withHighlight } from '../../lib/search/highlight.ts';
import { rankLoaded, toHit, withoutRepeats, type SearchHit } from '../../lib/search/results.ts';
import { pagefindFilters, type FilterState } from '../../lib/search/filters.ts';
import type { QueryPlan } from '../../lib/search/query.ts';
import { runPlanned } from '../../lib/search/run.ts';
import { PAGE_SIZE, VOCABULARY_PARTS, VOCABULARY_PATH, pagefindOptions } from '../../lib/search/options.ts';
import { correctableWords, isSettled, vocabularyPart } from '../../lib/search/typo.ts';
import { indexFailures, watchIndexFetches } from './fetch-watch.ts';

interface Engine {
  pf: PagefindModule;
}

let loading: Promise<Engine> | undefined;
let vocabulary: Promise<string[]> | undefined;
const parts = new Map<string, Promise<string[]>>();

async function start(): Promise<Engine> {
  watchIndexFetches(new URL(href('pagefind/'), location.href).href);
  const pf = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as PagefindModule;
  await pf.options({
    ...pagefindOptions,
    baseUrl: base,
    // On the main thread, so failed index requests can be seen (fetch-watch.ts) and no worker script is fetched.
    noWorker: true,
  });
  await pf.init();
  return { pf };
}

/** A word list (one a line); empty when it cannot be fetched: search still works, it only stops correcting typos. */
function fetchWords(path: string): Promise<string[]> {
  return fetch(href(path))
    .then(async (r) => (r.ok ? (await r.text()).split('\n').filter(Boolean) : []))
    .catch(() => []);
}

/**
 * The vocabulary a query needs for typo correction: none when each word it could correct is known or starts a known
 * word, which the small part of the vocabulary for its first two letters tells; the whole list only otherwise.
 */
async function vocabularyFor(query: string): Promise<readonly string[]> {
  const words = correctableWords(query);
  const lists = await Promise.all(
    words.map((w) => {
      const part = vocabularyPart(w);
      let list = parts.get(part);
      if (!list) parts.set(part, (list = fetchWords(`${VOCABULARY_PARTS}${part}.txt`)));
      return list;
    }),
  );
  if (words.every((w, i) => isSettled(w, lists[i] ?? []))) return [];
  vocabulary ??= fetchWords(VOCABULARY_PATH);
  return vocabulary;
}

/** Loads the search engine once; a failed load is forgotten so a later attempt can retry. */
export function loadEngine(): Promise<Engine> {
  loading ??= start().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Matching records. */
  total: number;
  /** Matching records per filter value, for the filter checkboxes. */
  counts: PfFilterCounts;
  /** The corrected query when a word was corrected. */
  corrected?: string;
  /** Loads the next results; resolves to [] when all are shown. */
  more: () => Promise<SearchHit[]>;
}

/** Every filter value in the index with its record count. */
export async function allFilters(): Promise<PfFilterCounts> {
  const { pf } = await loadEngine();
  return pf.filters();
}

/**
 * Loads results [from, from + PAGE_SIZE) and orders them by type and title (rankLoaded); throws when a fragment or
 * chunk could not be loaded.
 */
async function load(results: readonly PfResult[], from: number, plan: QueryPlan, typed: string, failedBefore: number) {
  const terms = termsToHighlight(typed);
  const batch = await Promise.all(
    results.slice(from, from + PAGE_SIZE).map(async (r) => ({ score: r.score, hit: toHit(await r.data()) })),
  );
  if (indexFailures() > failedBefore) throw new Error('Part of the search index could not be loaded.');
  return rankLoaded(batch, plan.words, typed).map((hit) => ({ ...hit, url: withHighlight(hit.url, terms) }));
}

/** Runs one search (corrected unless `exact`); throws when the index cannot be read. */
export async function runSearch(query: string, filters: FilterState, exact = false): Promise<SearchOutcome> {
  // Fetched while the engine loads; an exact search (the reader declined a correction) needs no vocabulary.
  const words = exact ? Promise.resolve([]) : vocabularyFor(query);
  const { pf } = await loadEngine();
  const failedBefore = indexFailures();
  const options = { filters: pagefindFilters(filters) };
  const searcher = { search: (q: string) => pf.search(q, options), preload: (q: string) => pf.preload(q) };
  const { plan, results, counts } = await runPlanned(query, searcher, () => words, exact);
  const shown = new Set<string>();
  let next = 0;
  const page = async () => {
    const hits = withoutRepeats(await load(results, next, plan, plan.corrected ?? query, failedBefore), shown);
    next += PAGE_SIZE;
    for (const h of hits) shown.add(h.url.replace(/[?&]highlight=[^&#]*/g, ''));
    return hits;
  };
  const hits = await page();
  if (indexFailures() > failedBefore) throw new Error('Part of the search index could not be loaded.');
  return {
    hits,
    total: results.length,
    counts,
    ...(plan.corrected ? { corrected: plan.corrected } : {}),
    more: () => (next < results.length ? page() : Promise.resolve([])),
  };
}

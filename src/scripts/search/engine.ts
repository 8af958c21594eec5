// Loads Pagefind and the anchor map, and turns a query plus filters into ranked section results.
// Only ever imported behind a dynamic import: nothing here runs before a reader asks for search.
import { base, href } from '../../data/href.ts';
import type { PagefindModule, PfFilterCounts } from '../../lib/search/types.ts';
import { termsToHighlight, withHighlight } from '../../lib/search/highlight.ts';
import { rankSections, type SearchHit } from '../../lib/search/results.ts';
import { anchorKey, type AnchorMap } from '../../lib/search/anchors.ts';
import { pagefindFilters, type FilterState } from '../../lib/search/filters.ts';
import { indexFailures, watchIndexFetches } from './fetch-watch.ts';
/** Pages whose sections are loaded and re-ranked; Pagefind has already put the best pages first. */
const PAGES = 12;

interface Engine {
  pf: PagefindModule;
  anchors: AnchorMap;
}

let loading: Promise<Engine> | undefined;

async function start(): Promise<Engine> {
  watchIndexFetches(new URL(href('pagefind/'), location.href).href);
  const pf = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as PagefindModule;
  await pf.options({
    baseUrl: base,
    // On the main thread, so failed index requests can be seen (fetch-watch.ts) and no worker script is fetched.
    noWorker: true,
    excerptLength: 26,
    // Pages differ a lot in length (one FAQ page, short topic pages); soften the bias towards short pages.
    ranking: { pageLength: 0.5, termFrequency: 0.8 },
  });
  await pf.init();
  // The anchor map only improves labels; search works without it.
  const anchors = await fetch(href('search-anchors.json'))
    .then((r) => (r.ok ? (r.json() as Promise<AnchorMap>) : {}))
    .catch(() => ({}));
  return { pf, anchors };
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
  /** Matching pages. */
  pages: number;
  /** Matching pages per filter value, for the filter checkboxes. */
  counts: PfFilterCounts;
}

/** Every filter value in the index with its page count (shown before anything is typed). */
export async function allFilters(): Promise<PfFilterCounts> {
  const { pf } = await loadEngine();
  return pf.filters();
}

/** Runs one search; throws when the index cannot be read. */
export async function runSearch(query: string, filters: FilterState): Promise<SearchOutcome> {
  const { pf, anchors } = await loadEngine();
  const failedBefore = indexFailures();
  const response = await pf.search(query, { filters: pagefindFilters(filters) });
  const top = response.results.slice(0, PAGES);
  const pages = await Promise.all(top.map(async (r) => ({ score: r.score, data: await r.data() })));
  if (indexFailures() > failedBefore) throw new Error('Part of the search index could not be loaded.');
  const hits = rankSections(pages, {
    query,
    anchorInfo: (url) => {
      const key = anchorKey(url, base);
      return key ? anchors[key] : undefined;
    },
  });
  const terms = termsToHighlight(query);
  return {
    hits: hits.map((h) => ({ ...h, url: withHighlight(h.url, terms) })),
    pages: response.results.length,
    counts: response.filters,
  };
}

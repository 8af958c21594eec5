// The parts of Pagefind 1.5's search API the site uses (pagefind.js is loaded at runtime, so no package types).

/** A matched word with Pagefind's weight (from heading level or data-pagefind-weight) and score. */
export interface PfWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A section of a page between two headings with ids; the first may be the page before any heading. */
export interface PfSubResult {
  title: string;
  /** Page URL plus `#id`, with the highlight parameters Pagefind adds. */
  url: string;
  /** Text with the matched terms in <mark>; everything else HTML-escaped. */
  excerpt: string;
  weighted_locations: PfWordLocation[];
  anchor?: { element: string; id: string; text?: string };
}

/** The loaded data of one matching page. */
export interface PfFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PfSubResult[];
}

export interface PfResult {
  id: string;
  score: number;
  data: () => Promise<PfFragment>;
}

export type PfFilterCounts = Record<string, Record<string, number>>;

export interface PfResponse {
  results: PfResult[];
  unfilteredResultCount: number;
  filters: PfFilterCounts;
  totalFilters: PfFilterCounts;
}

/** The module pagefind.js exports. */
export interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object }) => Promise<PfResponse>;
  /** Fetches the index chunks a search for `term` would need, and searches nothing. */
  preload: (term: string, options?: { filters?: object }) => Promise<void>;
  debouncedSearch: (term: string, options?: { filters?: object }, ms?: number) => Promise<PfResponse | null>;
  filters: () => Promise<PfFilterCounts>;
}

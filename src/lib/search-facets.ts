/** The kinds of page a search result can be, shown on results and offered as the "type" filter. */
export const searchTypes = [
  'FAQ',
  'Comparison',
  'Guidance',
  'Benchmark',
  'Calculator',
  'Source walkthrough',
  'Open data',
] as const;
export type SearchType = (typeof searchTypes)[number];

/** What a page covers, for search filters. Ids, turned into display names when rendered. */
export interface SearchFacets {
  type: SearchType;
  /** Source ids the page draws on. */
  sources?: readonly string[];
  /** Topic ids the page covers. */
  topics?: readonly string[];
  /** Sides the page is about. */
  sides?: readonly ('django' | 'node')[];
}

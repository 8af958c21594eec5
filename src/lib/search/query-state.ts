import { emptyFilters, filterKeys, type FilterState } from './filters.ts';

/** What the full search page shows: the query and the selected filters. Its address is shareable. */
export interface SearchState {
  q: string;
  filters: FilterState;
  /** Search the words as typed, without typo correction (the "search instead for" link). */
  exact?: boolean;
}

/** Longest query kept from an address; longer text is cut, never rejected. */
export const MAX_QUERY = 200;
const MAX_VALUE = 100;
const MAX_VALUES = 20;

/**
 * Reads `?q=...&type=FAQ&source=...` into a search state. Unknown parameters are ignored, values are trimmed,
 * de-duplicated and capped, so a hand-edited or hostile address still gives a sane state.
 */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of filterKeys) {
    const values = params
      .getAll(key)
      .map((v) => v.trim())
      .filter((v) => v.length > 0 && v.length <= MAX_VALUE);
    filters[key] = [...new Set(values)].slice(0, MAX_VALUES);
  }
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  return { q, filters, ...(params.get('exact') === '1' ? { exact: true } : {}) };
}

/** The state as a query string ("?q=cold+start&type=FAQ"), or "" when empty; the inverse of parseSearchState. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const key of filterKeys) for (const v of state.filters[key]) params.append(key, v);
  if (state.exact && q) params.set('exact', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

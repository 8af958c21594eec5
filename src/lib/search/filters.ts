import { recordTypes } from './record-types.ts';

/** The filters every search entry carries (see src/integrations/pagefind.ts), in display order. */
export const filterKeys = ['type', 'source', 'topic', 'side'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** Heading of each filter group. */
export const filterLabels: Record<FilterKey, string> = { type: 'Type', source: 'Source', topic: 'Topic', side: 'Side' };

/** Selected values per filter: values of one filter widen the results (any), filters narrow each other (all). */
export type FilterState = Record<FilterKey, readonly string[]>;

/** No filter selected. */
export function emptyFilters(): FilterState {
  return { type: [], source: [], topic: [], side: [] };
}

/** A copy of the state with one value switched on or off. */
export function toggleFilter(state: FilterState, key: FilterKey, value: string, on: boolean): FilterState {
  const rest = state[key].filter((v) => v !== value);
  return { ...state, [key]: on ? [...rest, value] : rest };
}

/** How many values are selected across all filters. */
export function activeFilterCount(state: FilterState): number {
  return filterKeys.reduce((n, k) => n + state[k].length, 0);
}

/** The state as Pagefind's `filters` search option: `{ type: { any: [...] } }` for each filter in use. */
export function pagefindFilters(state: FilterState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) if (state[key].length) out[key] = { any: [...state[key]] };
  return out;
}

/** One checkbox of a filter group. */
export interface FilterOption {
  value: string;
  /** Matching pages for the current query (or in the whole index without a query). */
  count: number;
  checked: boolean;
}

/** Fixed display order where one exists; other filters sort by name. */
const fixedOrder: Partial<Record<FilterKey, readonly string[]>> = { type: recordTypes, side: ['Django', 'Node.js'] };

/**
 * The options of one filter group: every value Pagefind knows, plus selected values it no longer counts
 * (shown with 0 so they can still be cleared), in a stable order.
 */
export function filterOptions(
  key: FilterKey,
  counts: Readonly<Record<string, number>> | undefined,
  selected: readonly string[],
): FilterOption[] {
  const values = new Set([...Object.keys(counts ?? {}), ...selected]);
  const order = fixedOrder[key] ?? [];
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return [...values]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'))
    .map((value) => ({ value, count: counts?.[value] ?? 0, checked: selected.includes(value) }));
}

/** A filter value a link asked for that the index does not have. */
export interface DroppedFilter {
  key: FilterKey;
  value: string;
}

/**
 * The selected values the index knows, and the ones it does not (from an old or hand-edited link). An unknown
 * value would otherwise match nothing and silently empty every search.
 */
export function knownFilters(
  state: FilterState,
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>,
): { state: FilterState; dropped: DroppedFilter[] } {
  const next = emptyFilters();
  const dropped: DroppedFilter[] = [];
  for (const key of filterKeys) {
    const known = counts[key] ?? {};
    next[key] = state[key].filter((value) => {
      const ok = Object.hasOwn(known, value);
      if (!ok) dropped.push({ key, value });
      return ok;
    });
  }
  return { state: next, dropped };
}

/** The note shown when a link's filter values were dropped: which ones, in one sentence. */
export function droppedNote(dropped: readonly DroppedFilter[]): string {
  if (!dropped.length) return '';
  const list = dropped.map((d) => `${filterLabels[d.key]} “${d.value}”`).join(', ');
  return `The link asked for ${dropped.length > 1 ? 'filters' : 'a filter'} this search does not have, so ${dropped.length > 1 ? 'they were' : 'it was'} left out: ${list}.`;
}

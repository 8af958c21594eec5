import { describe, expect, test } from 'vitest';
import { emptyFilters, type FilterState } from '../../../src/lib/search/filters.ts';
import {
  MAX_QUERY,
  parseSearchState,
  searchStateQuery,
  type SearchState,
} from '../../../src/lib/search/query-state.ts';

const s = (q: string, filters: Partial<FilterState> = {}): SearchState => ({
  q,
  filters: { ...emptyFilters(), ...filters },
});

describe('parseSearchState', () => {
  test.each<[string, SearchState]>([
    ['', s('')],
    ['?q=cold+start', s('cold start')],
    ['?q=%20%20cold%20%20%20start%20', s('cold start')],
    ['?q=x&type=FAQ&type=Benchmark&side=Django', s('x', { type: ['FAQ', 'Benchmark'], side: ['Django'] })],
    ['?type=FAQ&type=FAQ&type=&type=%20', s('', { type: ['FAQ'] })],
    ['?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', s('<script>alert(1)</script>')],
    ['?unknown=1&topic=Security', s('', { topic: ['Security'] })],
    [`?q=${'a'.repeat(300)}`, s('a'.repeat(MAX_QUERY))],
    [`?source=${'b'.repeat(101)}`, s('')],
    ['?q=djnago&exact=1', { ...s('djnago'), exact: true }],
    ['?q=djnago&exact=yes', s('djnago')],
  ])('%s', (search, state) => {
    expect(parseSearchState(search)).toEqual(state);
  });
});

describe('searchStateQuery', () => {
  test.each<[SearchState, string]>([
    [s(''), ''],
    [s('  '), ''],
    [s('cold start'), '?q=cold+start'],
    [{ ...s('djnago'), exact: true }, '?q=djnago&exact=1'],
    [s('x', { type: ['FAQ'], source: ['Witarist 2026'] }), '?q=x&type=FAQ&source=Witarist+2026'],
    [s('', { side: ['Node.js'] }), '?side=Node.js'],
    [s('a&b=c#d'), '?q=a%26b%3Dc%23d'],
  ])('%j', (state, query) => {
    expect(searchStateQuery(state)).toBe(query);
  });

  test.each(['?q=cold+start&type=FAQ', '?q=x&source=Trio&source=Witarist+2026&side=Django', '?topic=Cost+and+hiring'])(
    'round-trips %s',
    (query) => {
      expect(searchStateQuery(parseSearchState(query))).toBe(query);
    },
  );
});

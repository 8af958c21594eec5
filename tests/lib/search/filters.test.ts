import { describe, expect, test } from 'vitest';
import {
  activeFilterCount,
  droppedNote,
  knownFilters,
  emptyFilters,
  filterOptions,
  pagefindFilters,
  toggleFilter,
  type FilterKey,
  type FilterOption,
  type FilterState,
} from '../../../src/lib/search/filters.ts';

const state = (partial: Partial<FilterState>): FilterState => ({ ...emptyFilters(), ...partial });

describe('toggleFilter', () => {
  test.each<[FilterState, FilterKey, string, boolean, FilterState]>([
    [state({}), 'type', 'FAQ', true, state({ type: ['FAQ'] })],
    [state({ type: ['FAQ'] }), 'type', 'Benchmark', true, state({ type: ['FAQ', 'Benchmark'] })],
    [state({ type: ['FAQ'] }), 'type', 'FAQ', true, state({ type: ['FAQ'] })],
    [state({ type: ['FAQ', 'Benchmark'] }), 'type', 'FAQ', false, state({ type: ['Benchmark'] })],
    [state({ side: ['Django'] }), 'source', 'Trio', true, state({ side: ['Django'], source: ['Trio'] })],
    [state({}), 'topic', 'Security', false, state({})],
  ])('%j %s %s %s', (before, key, value, on, after) => {
    expect(toggleFilter(before, key, value, on)).toEqual(after);
  });

  test('never changes its input', () => {
    const before = state({ type: ['FAQ'] });
    toggleFilter(before, 'type', 'Benchmark', true);
    expect(before).toEqual(state({ type: ['FAQ'] }));
  });
});

describe('pagefindFilters and activeFilterCount', () => {
  test.each<[FilterState, Record<string, { any: string[] }>, number]>([
    [state({}), {}, 0],
    [state({ type: ['FAQ'] }), { type: { any: ['FAQ'] } }, 1],
    [
      state({ type: ['FAQ', 'Benchmark'], side: ['Node.js'] }),
      { type: { any: ['FAQ', 'Benchmark'] }, side: { any: ['Node.js'] } },
      3,
    ],
  ])('%j', (s, filters, count) => {
    expect(pagefindFilters(s)).toEqual(filters);
    expect(activeFilterCount(s)).toBe(count);
  });
});

describe('filterOptions', () => {
  test.each<[FilterKey, Record<string, number> | undefined, string[], FilterOption[]]>([
    [
      'type',
      { Claim: 3, FAQ: 1, Myth: 2 },
      [],
      [
        { value: 'FAQ', count: 1, checked: false },
        { value: 'Claim', count: 3, checked: false },
        { value: 'Myth', count: 2, checked: false },
      ],
    ],
    [
      'side',
      { 'Node.js': 4, Django: 5 },
      ['Django'],
      [
        { value: 'Django', count: 5, checked: true },
        { value: 'Node.js', count: 4, checked: false },
      ],
    ],
    [
      'source',
      { Trio: 2, 'Backend guide': 1 },
      ['Witarist 2026'],
      [
        { value: 'Backend guide', count: 1, checked: false },
        { value: 'Trio', count: 2, checked: false },
        { value: 'Witarist 2026', count: 0, checked: true },
      ],
    ],
    ['topic', undefined, [], []],
    [
      'type',
      { Odd: 1, FAQ: 2 },
      [],
      [
        { value: 'FAQ', count: 2, checked: false },
        { value: 'Odd', count: 1, checked: false },
      ],
    ],
  ])('%s %j %j', (key, counts, selected, options) => {
    expect(filterOptions(key, counts, selected)).toEqual(options);
  });
});

describe('knownFilters and droppedNote', () => {
  const counts = { type: { FAQ: 3, Claim: 9 }, source: { Trio: 4 } };
  test('keeps known values and reports the rest', () => {
    const state = { ...emptyFilters(), type: ['FAQ', 'Bogus'], source: ['Trio'], side: ['Rust'] };
    const { state: next, dropped } = knownFilters(state, counts);
    expect(next).toEqual({ type: ['FAQ'], source: ['Trio'], topic: [], side: [] });
    expect(dropped).toEqual([
      { key: 'type', value: 'Bogus' },
      { key: 'side', value: 'Rust' },
    ]);
    expect(droppedNote(dropped)).toMatchInlineSnapshot(
      `"The link asked for filters this search does not have, so they were left out: Type “Bogus”, Side “Rust”."`,
    );
  });
  test.each([['constructor'], ['__proto__'], ['toString']])('%s is not a known value', (value) => {
    expect(knownFilters({ ...emptyFilters(), type: [value] }, counts).dropped).toEqual([{ key: 'type', value }]);
  });
  test('nothing dropped, no note', () => {
    expect(droppedNote(knownFilters(emptyFilters(), counts).dropped)).toBe('');
  });
});

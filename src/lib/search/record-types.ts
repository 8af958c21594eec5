// Apart from records.ts so the search dialog's bundle can read the list without the record builders.

/** What a search result is, shown on each result and offered as the "type" filter, in display order. */
export const recordTypes = [
  'FAQ',
  'Claim',
  'Table row',
  'Benchmark',
  'When not',
  'Myth',
  'Guidance',
  'Pro',
  'Con',
  'Adopter',
  'History',
  'Disagreement',
  'Not comparable',
  'Topic',
  'Walkthrough section',
] as const;
export type RecordType = (typeof recordTypes)[number];

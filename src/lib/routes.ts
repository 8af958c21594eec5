/**
 * The site's URLs. They are part of the interface: readers share them, so change none without an alias.
 * Paths are base-relative and end in "/" (the canonical form); anchors come from record ids.
 */
export const paths = {
  home: '/',
  sources: '/sources/',
  source: (id: string) => `/sources/${id}/`,
  topics: '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  compare: '/compare/',
  benchmarks: '/benchmarks/',
  faq: '/faq/',
  whenNot: '/when-not/',
  calculators: '/calculators/',
  cost: '/calculators/cost/',
  decision: '/calculators/decision/',
  /** The decision calculator's questions, rules and sources as JSON, fetched by its island. */
  decisionModel: '/calculators/decision/model.json',
  search: '/search/',
  data: '/data/',
} as const;

/** Anchor id of a table row: the table id and the row id, so rows of different tables never clash. */
export const rowAnchor = (tableId: string, rowId: string) => `${tableId}-${rowId}`;

interface Sourced {
  id: string;
  source: string;
}

/** Where each kind of record lives (its canonical page and anchor), base-relative. */
export const recordPath = {
  claim: (c: Sourced) => `${paths.source(c.source)}#${c.id}`,
  table: (t: Sourced) => `${paths.source(t.source)}#${t.id}`,
  row: (t: Sourced, rowId: string) => `${paths.source(t.source)}#${rowAnchor(t.id, rowId)}`,
  faq: (f: { id: string }) => `${paths.faq}#${f.id}`,
  whenNot: (w: { id: string }) => `${paths.whenNot}#${w.id}`,
  benchmark: (b: { id: string }) => `${paths.benchmarks}#${b.id}`,
  sourced: (r: Sourced) => `${paths.source(r.source)}#${r.id}`,
  conflict: (c: { id: string; topic: string }) => `${paths.topic(c.topic)}#${c.id}`,
  /**
   * A reviewed candidate: a disagreement's callout or a not-comparable note sits on the topic page of its dimension
   * (its first topic); a consistent one is not shown on its own, so it points at its dimension's matrix row.
   */
  candidate: (c: { id: string; topics: readonly string[]; status: string; dimension: string }) =>
    c.status === 'consistent' ? `${paths.compare}#${c.dimension}` : `${paths.topic(c.topics[0] ?? '')}#${c.id}`,
  dimension: (d: { id: string }) => `${paths.compare}#${d.id}`,
  /** A dimension's section in its topic guide (the table of positions and every claim, by source). */
  topicSection: (d: { id: string; topic: string }) => `${paths.topic(d.topic)}#${dimensionAnchor(d.id)}`,
} as const;

/** The id of a dimension's section on a topic page. */
export function dimensionAnchor(dimension: string): string {
  return `dimension-${dimension}`;
}

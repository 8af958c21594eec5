import type { Claim, Dimension, Favours, Figure, Metric, Source, Topic } from '../../schemas/index.ts';

/** One statement on one side of a disagreement: which source said it, in which claim, and what it said. */
export interface ConflictSide {
  /** Source id. */
  source: string;
  /** Claim id (the claim that states the verdict or carries the figure). */
  claim: string;
  /** For a verdict conflict: the side the claim favours. */
  favours?: Favours;
  /** For a figure conflict: the figure as stated, or as derived (see `derived`). */
  figure?: Figure;
  /** How a derived figure was computed, e.g. "23,000,000+ ÷ 5,000,000+ = 4.6"; absent for stated figures. */
  derived?: string;
}

/** A disagreement between sources (or within one), computed from the claims. Never written by hand. */
export interface Conflict {
  /** Stable slug, e.g. "conflict-performance" (verdict) or "conflict-json-throughput-node" (figure). */
  id: string;
  /** `verdict`: sources favour opposite stacks on one dimension; `figure`: numbers for one metric differ. */
  kind: 'verdict' | 'figure';
  /** Short heading in our words. */
  title: string;
  /** Primary topic id: the topic page where the callout lives. */
  topic: string;
  /** Every topic the sides' claims belong to, in topic order (the primary topic included). */
  topics: string[];
  /** Dimension id: the verdict's dimension, or the dimension most of the figures' claims speak to. */
  dimension?: string;
  /** Metric id (figure conflicts only). */
  metric?: string;
  /** Which stack the figures describe (figure conflicts only). */
  side?: 'django' | 'node' | 'both';
  /** Two or more sides, grouped (by favoured stack, then source) so readers see who said what. */
  sides: ConflictSide[];
  /** Likely reasons where the data shows them (setup, date, scope, bounds, a source contradicting itself). */
  reasons: string[];
  /** True when every side comes from one source: the source disagrees with itself. */
  intraSource: boolean;
}

/** What conflict detection reads: claims, plus sources (years, names), metrics, dimensions and topics. */
export interface ConflictInput {
  claims: readonly Claim[];
  sources: readonly Pick<Source, 'id' | 'short' | 'newestYearCited'>[];
  metrics: readonly Metric[];
  dimensions: readonly Pick<Dimension, 'id' | 'title' | 'topic' | 'order'>[];
  topics: readonly Pick<Topic, 'id' | 'order'>[];
}

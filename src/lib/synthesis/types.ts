import type { Position } from '../../schemas/index.ts';

/**
 * The shapes of synthesis v2 (issue 13). One module (src/lib/synthesis/) computes them once per build
 * (src/data/synthesis.ts); every page, the matrix, the home page, search entries and /data/ read them and never
 * recompute. Agreed here first so that the views can be written against them while the computation lands.
 */

/** One source's position on one dimension. */
export interface SourcePosition {
  /** Source id. */
  source: string;
  /** Dimension id. */
  dimension: string;
  /** The position: the source's stated verdict where it declares one, else derived from its claims. */
  position: Position;
  /** Id of the stated verdict (content/verdicts) the position comes from; absent when derived from claims. */
  stated?: string;
  /** Ids of the source's claims on this dimension that the position rests on, in file order. */
  claims: string[];
}

/**
 * How the sources that speak to one dimension read together.
 * - `agree`: every source with a position holds the same one (`position`), and there are at least two;
 * - `majority`: at least two thirds of them hold `position`, the rest differ without opposing it head-on;
 * - `split`: no such majority, or sources hold opposite positions (django against node);
 * - `single`: only one source speaks to it (`position` is that source's);
 * - `none`: no source does.
 */
export interface DimensionConsensus {
  dimension: string;
  kind: 'agree' | 'majority' | 'split' | 'single' | 'none';
  /** The shared position, for agree, majority and single. */
  position?: Position;
  /** The positions of the sources that speak to it, in source order. */
  positions: SourcePosition[];
  /** The reading in words, the same on every page, e.g. "All 3 sources: both fit", "Split: Django 1, Node.js 2". */
  label: string;
}

/** A candidate as the computation proposes it, before its review is joined. */
export type Candidate = Omit<ReviewedCandidate, 'status' | 'reason' | 'note'>;

/** How a reviewed candidate was classified (content/reviews). */
export type CandidateStatus = 'disagreement' | 'not-comparable' | 'consistent';

/** The likely reason sources differ, as the review records it. */
export type DifferenceReason = 'setup' | 'date' | 'scope' | 'interest' | 'wording' | 'judgement';

/**
 * A candidate disagreement proposed by the computation (opposite positions on a dimension, absolute figures of one
 * metric and setup that cannot both hold, ratios across setups, opposite or far-apart assertions), joined with its
 * review. Only `disagreement` is shown as one; `not-comparable` is shown as a note where the figures appear.
 */
export interface ReviewedCandidate {
  /** Stable id, e.g. "position-performance", "figure-json-throughput-techempower-r23", "assertion-developer-pay". */
  id: string;
  /** What kind of comparison proposed it. */
  basis: 'position' | 'figure' | 'ratio' | 'assertion';
  /** A heading in our words, e.g. "Developer pay: the sources point opposite ways". */
  title: string;
  /** The metric compared (figure and ratio candidates): where a not-comparable note belongs on /benchmarks/. */
  metric?: string;
  /** The property compared (assertion candidates). */
  property?: string;
  /**
   * Set when the computation allows only `not-comparable` (figures of one metric from different or unstated setups):
   * why, in words. A review calling it anything else fails the build with this reason.
   */
  onlyNotComparable?: string;
  /** Dimension the candidate is filed under (its row on /compare/). */
  dimension: string;
  /** Topic pages it appears on. */
  topics: string[];
  /** The two (or more) sides, each with its source and the records it rests on. */
  sides: {
    source: string;
    records: string[];
    reading: string;
    /**
     * What the side holds in a form comparable across sides (a position; a direction said of Node.js; ratings), so a
     * page can say who stands with whom. Absent for figures and ratios, which are compared by value.
     */
    holds?: string;
  }[];
  status: CandidateStatus;
  reason?: DifferenceReason;
  /** The review's explanation in our words. */
  note: string;
}

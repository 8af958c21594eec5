// Runtime shapes of the decision calculator. Kept free of Zod so the island bundle stays small:
// the Astro wrapper validates the data at build time and hands the island this plain model.
import type { DecisionQuestion } from '../../schemas/decision-rule.ts';
import type { DecisionCopy } from './copy.ts';

export type { DecisionQuestion };

/** The two stacks. */
export type Side = 'django' | 'node';

/** The calculator's answer: one side, both in a split system, or either (no meaningful lead). */
export type Verdict = Side | 'both' | 'either';

/** The reader's answers keyed by question id: option values for choices, whole numbers for numbers. */
export type Answers = Record<string, string | number>;

/** Evidence weights of one rule. */
export interface Weights {
  /** Points for Django, 0 or more. */
  django: number;
  /** Points for Node.js, 0 or more. */
  node: number;
}

/** A cited record, resolved to a link. */
export interface Ref {
  /** Which kind of record. */
  kind: 'claim' | 'row' | 'whenNot' | 'guidance';
  /** Record id; for rows "<table>/<row>". */
  id: string;
  /** Link text in our words (a title, a row header or a shortened claim). */
  label: string;
  /** Link to the record's anchor, base included. */
  href: string;
  /** Short name of the source, for the badge. */
  source: string;
}

/** A rule as the island sees it: citations are indexes into `DecisionModel.refs`. */
export interface ModelRule {
  /** Stable rule id. */
  id: string;
  /** Question id. */
  question: string;
  /** Choice answers it applies to. */
  answers?: string[];
  /** Inclusive range for number questions; `max` omitted means no upper bound. */
  range?: { min: number; max?: number };
  /** Default weights, from content/decision-rules. */
  weights: Weights;
  /** Side whose part of a split system this evidence belongs to. */
  split?: Side;
  /** The side a triggered when-not item rules out, and that item's ref index. */
  dealBreaker?: { rulesOut: Side; ref: number };
  /** What the rule covers, in words, e.g. "The team's language: Python". */
  label: string;
  /** One-line reason in our words. */
  reason: string;
  /** Ref indexes of the supporting records. */
  cites: number[];
  /** Ref indexes of records that disagree. */
  dissent: number[];
}

/** Everything the island needs, built at build time from the knowledge base. */
export interface DecisionModel {
  questions: DecisionQuestion[];
  rules: ModelRule[];
  refs: Ref[];
  /** Ref indexes of the sources' split-architecture advice, shown with "both" and "either". */
  polyglot: number[];
  /** Fixed wording of the island (see copy.ts). */
  copy: DecisionCopy;
}

/** Per-rule weight overrides chosen in the advanced section, keyed by rule id. */
export type WeightOverrides = Record<string, Weights>;

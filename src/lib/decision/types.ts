// Runtime shapes of the decision calculator. Kept free of Zod so the island bundle stays small:
// the Astro wrapper validates the data at build time and hands the island this plain model.
import type { DecisionCopy } from './copy.ts';

/** One option of a choice question: the query-string value and its label. */
export interface DecisionOption {
  /** Value in the query string, e.g. "js". Fixed: shared links depend on it. */
  value: string;
  /** Label shown in the form. */
  label: string;
}

/** Fields every question has. */
interface QuestionBase {
  /** Query-string name, fixed by the interface (issue 6); changing one breaks every shared link. */
  id: string;
  /** Form label, a short phrase in our words. */
  label: string;
  /** One line of help under the label. */
  hint: string;
}

/** A question answered by picking one option. */
export interface DecisionChoiceQuestion extends QuestionBase {
  /** Discriminator. */
  kind: 'choice';
  /** Allowed answers in display order. */
  options: readonly DecisionOption[];
  /** Answer used when the reader gives none, and for the result rendered at build time. */
  default: string;
}

/** A question answered with a whole number. */
export interface DecisionNumberQuestion extends QuestionBase {
  /** Discriminator. */
  kind: 'number';
  /** Smallest allowed whole number, inclusive. */
  min: number;
  /** Largest allowed whole number, inclusive. */
  max: number;
  /** Value used when the reader gives none, and for the result rendered at build time. */
  default: number;
  /** Unit shown after the field, e.g. "%". */
  unit: string;
}

/** One question of the decision calculator. */
export type DecisionQuestion = DecisionChoiceQuestion | DecisionNumberQuestion;

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

/** A record saying the side a warning is against still works: its ref, the source's few words and ours. */
export interface Workable {
  /** Ref index of the claim or row. */
  ref: number;
  /** The source's own words, a short quote. */
  words: string;
  /** What it says, in our words. */
  says: string;
}

/** A when-not item triggered by an answer. With no `workable` record it is a hard exclusion. */
export interface ModelWarning {
  /** The side the when-not item advises against. */
  against: Side;
  /** Ref index of the when-not item (its `source` names who advises against the side). */
  ref: number;
  /** Sources saying the side still works here; empty means no source does, so the side is ruled out. */
  workable: Workable[];
  /** The warning in one line, worked out at build time (warnings.ts). */
  headline: string;
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
  /** A when-not item this answer triggers: see ModelWarning. */
  warning?: ModelWarning;
  /** What the rule covers, in words, e.g. "The team's language: Python". */
  label: string;
  /** One-line reason in our words. */
  reason: string;
  /** Ref indexes of the supporting records. */
  cites: number[];
  /** Ref indexes of records that disagree. */
  dissent: number[];
  /** The sources' own guidance this answer matches: source index (DecisionModel.sources), record ref and side. */
  reads: { source: number; ref: number; side: Side }[];
}

/** A source with decision guidance of its own, for "what each source would say". */
export interface SourceGuidance {
  /** Source id. */
  id: string;
  /** Short name, e.g. "Witarist 2026". */
  name: string;
  /** The newest year the source cites, so the reader can judge its age. */
  year: number;
  /** Which of its parts is its guidance, e.g. "its decision matrix". */
  what: string;
  /** Ref index of its own advice for when its guidance splits evenly, if it gives one. */
  polyglot?: number;
}

/** Everything the island needs, built at build time from the knowledge base. */
export interface DecisionModel {
  questions: DecisionQuestion[];
  rules: ModelRule[];
  refs: Ref[];
  /** Ref indexes of the sources' split-architecture advice, shown with "both" and "either". */
  polyglot: number[];
  /** The sources with decision guidance of their own, in display order. */
  sources: SourceGuidance[];
  /** Fixed wording of the island (see copy.ts). */
  copy: DecisionCopy;
}

/** Per-rule weight overrides chosen in the advanced section, keyed by rule id. */
export type WeightOverrides = Record<string, Weights>;

import { joinWords } from '../text.ts';
import { SIDE, answerLabel, questionLabel } from './labels.ts';
import type { DecisionModel, ModelRule, ModelWarning, Ref, Side } from './types.ts';

/** One source saying the warned-against side still works here. */
export interface WorkableView {
  /** Short name of the source, e.g. "Backend guide". */
  source: string;
  /** The source's own few words. */
  words: string;
  /** What it says, in our words. */
  says: string;
  /** The record it is taken from, linked. */
  ref: Ref;
}

/** A triggered warning as the page shows it. */
export interface WarningView {
  rule: string;
  against: Side;
  /** True when no source says the side still works: the side is ruled out. */
  hard: boolean;
  /** One line: who advises against which side and, for a hard exclusion, that nobody disagrees. */
  headline: string;
  /** The answer that triggered it, e.g. "A regulated domain: Yes". */
  because: string;
  /** The when-not item, linked; its `source` advises against the side. */
  item: Ref;
  /** Who says the side still works, in the order of the data. */
  workable: WorkableView[];
}

/** "Witarist 2026 itself and the Backend guide say": the warning's own source is named as "itself". */
function sayers(by: string, workable: readonly WorkableView[]): string {
  const names = [...new Set(workable.map((x) => (x.source === by ? `${by} itself` : x.source)))];
  return `${joinWords(names)} ${names.length === 1 ? 'says' : 'say'}`;
}

const missing: Ref = { kind: 'whenNot', id: '', label: '', href: '', source: '' };

/**
 * The headline of a warning, worked out at build time (model.ts) so its wording stays out of the island: "Witarist
 * 2026 advises against Node.js here, but the Backend guide says it still works", or "Rules out Django: …" when no
 * source says the side still works.
 */
export function warningHeadline(model: Pick<DecisionModel, 'refs'>, w: Omit<ModelWarning, 'headline'>): string {
  const by = model.refs[w.ref]?.source ?? '';
  const workable = w.workable.flatMap((x) => {
    const ref = model.refs[x.ref];
    return ref ? [{ source: ref.source, words: x.words, says: x.says, ref }] : [];
  });
  const side = SIDE[w.against];
  return workable.length === 0
    ? `Rules out ${side}: ${by} advises against it here, and no source says it still works.`
    : `${by} advises against ${side} here, but ${sayers(by, workable)} it still works.`;
}

/** A triggered warning with its records resolved. Pure: the island, the exports and the tests share it. */
export function warningView(
  model: Pick<DecisionModel, 'questions' | 'refs'>,
  rule: ModelRule,
  answer: string | number,
): WarningView {
  const w = rule.warning;
  const against = w?.against ?? 'django';
  const item = (w && model.refs[w.ref]) ?? missing;
  const workable = (w?.workable ?? []).flatMap((x) => {
    const ref = model.refs[x.ref];
    return ref ? [{ source: ref.source, words: x.words, says: x.says, ref }] : [];
  });
  return {
    rule: rule.id,
    against,
    hard: workable.length === 0,
    headline: w?.headline ?? '',
    because: `${questionLabel(model, rule.question)}: ${answerLabel(model, rule.question, answer)}`,
    item,
    workable,
  };
}

/** Every triggered warning of an outcome, hard exclusions first. */
export function warningViews(
  model: Pick<DecisionModel, 'questions' | 'refs'>,
  outcome: { warnings: ModelRule[]; contributions: { question: string; answer: string | number }[] },
): WarningView[] {
  const answerOf = (q: string) => outcome.contributions.find((c) => c.question === q)?.answer ?? '';
  return outcome.warnings
    .map((r) => warningView(model, r, answerOf(r.question)))
    .sort((a, b) => Number(b.hard) - Number(a.hard));
}

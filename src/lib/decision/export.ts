import { toCsv as writeCsv } from '../csv.ts';
import type { Flip } from './flip.ts';
import type { Outcome } from './verdict.ts';
import type { Answers, DecisionModel, ModelWarning, WeightOverrides } from './types.ts';

/** Everything an export holds. `pageUrl` turns site links into absolute URLs. */
export interface ExportInput {
  model: DecisionModel;
  answers: Answers;
  overrides: WeightOverrides;
  outcome: Outcome;
  flips: Flip[];
  pageUrl: string;
}

const abs = (href: string, pageUrl: string) => new URL(href, pageUrl).href;

/** The records behind the triggered rules (supporting and dissenting), deduplicated, in first-use order. */
export function usedRefs(model: DecisionModel, outcome: Outcome): number[] {
  const ids = outcome.contributions.flatMap((c) =>
    c.rules.flatMap((r) => [...r.cites, ...r.dissent, ...(r.warning?.workable ?? []).map((x) => x.ref)]),
  );
  if (outcome.verdict === 'both' || outcome.verdict === 'either') ids.push(...model.polyglot);
  return [...new Set(ids)];
}

/** "rules out node" for a hard exclusion, else "against node; still works per Witarist 2026, Backend guide". */
function warningCell(model: DecisionModel, w: ModelWarning): string {
  if (w.workable.length === 0) return `rules out ${w.against}`;
  const who = [...new Set(w.workable.map((x) => model.refs[x.ref]?.source ?? ''))];
  return `against ${w.against}; still works per ${who.join(', ')}`;
}

/** The result as CSV: a header row, one row per question, then a total row with the verdict. */
export function toCsv({ model, answers, overrides, outcome, pageUrl }: ExportInput): string {
  const header = ['question', 'answer', 'django_points', 'node_points', 'rule', 'reason', 'warning', 'sources'];
  const rows = outcome.contributions.map((c) => {
    const q = model.questions.find((x) => x.id === c.question);
    return [
      q?.label ?? c.question,
      String(answers[c.question] ?? c.answer),
      c.django,
      c.node,
      c.rules.map((r) => r.id).join(' '),
      c.rules.map((r) => r.reason).join(' '),
      c.rules
        .map((r) => (r.warning ? warningCell(model, r.warning) : ''))
        .join(' ')
        .trim(),
      c.rules.flatMap((r) => r.cites.map((i) => abs(model.refs[i]?.href ?? '', pageUrl))).join(' '),
    ];
  });
  const custom = Object.keys(overrides).length ? 'custom weights' : 'default weights';
  return writeCsv(header, [
    ...rows,
    ['total', `verdict: ${outcome.verdict}`, outcome.django, outcome.node, '', custom, '', pageUrl],
  ]);
}

/** The result as pretty JSON: answers, verdict, scores, contributions, warnings, flips, rules and sources used. */
export function toJson({ model, answers, overrides, outcome, flips, pageUrl }: ExportInput): string {
  const ref = (i: number) => {
    const r = model.refs[i];
    return r ? { kind: r.kind, id: r.id, label: r.label, source: r.source, url: abs(r.href, pageUrl) } : null;
  };
  const rules = outcome.contributions.flatMap((c) => c.rules);
  return JSON.stringify(
    {
      url: pageUrl,
      answers,
      verdict: outcome.verdict,
      scores: { django: outcome.django, node: outcome.node, lead: outcome.lead },
      contributions: outcome.contributions.map((c) => ({
        question: c.question,
        answer: c.answer,
        django: c.django,
        node: c.node,
        rules: c.rules.map((r) => r.id),
      })),
      warnings: outcome.warnings.map((r) => ({
        rule: r.id,
        against: r.warning?.against,
        rulesOut: r.warning?.workable.length === 0,
        whenNot: ref(r.warning?.ref ?? -1),
        stillWorks: (r.warning?.workable ?? []).map((x) => ({ words: x.words, says: x.says, record: ref(x.ref) })),
      })),
      smallestFlips: flips,
      rules: rules.map((r) => ({
        id: r.id,
        question: r.question,
        weights: overrides[r.id] ?? r.weights,
        defaultWeights: r.weights,
        reason: r.reason,
        cites: r.cites.map((i) => model.refs[i]?.id),
        dissent: r.dissent.map((i) => model.refs[i]?.id),
      })),
      sources: usedRefs(model, outcome).map(ref),
    },
    null,
    2,
  );
}

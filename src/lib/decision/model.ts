import type { DecisionCitations } from '../../schemas/decision-rule.ts';
import { DECISION_QUESTIONS } from './questions.ts';
import type { KnowledgeBase } from '../content/read.ts';
import { recordPath } from '../routes.ts';
import { withBase } from '../url.ts';
import { excerpt } from '../text.ts';
import type { DecisionModel, ModelRule, Ref } from './types.ts';
import { decisionCopy } from './copy.ts';
import { ruleLabel } from './labels.ts';
import { guidanceSources, readingsOf } from './source-guidance.ts';
import { warningHeadline } from './warnings.ts';

type Kb = Pick<KnowledgeBase, 'decisionRules' | 'claims' | 'tables' | 'whenNot' | 'guidance' | 'sources'>;

/** Shortens a claim to a link label at a word boundary; the label, "…" included, fits in `max` characters. */
export function shorten(text: string, max = 64): string {
  return text.length <= max ? text : excerpt(text, max - 1);
}

/**
 * Builds the plain model the island needs: questions, rules and every cited record resolved to a label and
 * a base-prefixed link. Citations become indexes into one shared `refs` list, which keeps the page small.
 * Throws if a citation does not resolve (run checkDecisionRules first for friendly messages).
 */
export function buildDecisionModel(kb: Kb, base: string): DecisionModel {
  const refs: Ref[] = [];
  const index = new Map<string, number>();
  const sourceName = (id: string) => kb.sources.find((s) => s.id === id)?.short ?? id;
  const add = (key: string, make: () => Ref | undefined): number => {
    const known = index.get(key);
    if (known !== undefined) return known;
    const ref = make();
    if (!ref) throw new Error(`Decision model: ${key} does not exist`);
    refs.push(ref);
    index.set(key, refs.length - 1);
    return refs.length - 1;
  };
  const claim = (id: string) =>
    add(`claim:${id}`, () => {
      const c = kb.claims.find((x) => x.id === id);
      return (
        c && {
          kind: 'claim',
          id,
          label: shorten(c.text),
          href: withBase(base, recordPath.claim(c)),
          source: sourceName(c.source),
        }
      );
    });
  const row = (table: string, rowId: string) =>
    add(`row:${table}/${rowId}`, () => {
      const t = kb.tables.find((x) => x.id === table);
      const r = t?.rows.find((x) => x.id === rowId);
      const first = t && r ? r.cells[t.columns[0]?.id ?? ''] : undefined;
      if (!t || first === undefined) return undefined;
      return {
        kind: 'row',
        id: `${table}/${rowId}`,
        label: `Table row “${first}”`,
        href: withBase(base, recordPath.row(t, rowId)),
        source: sourceName(t.source),
      };
    });
  const whenNot = (id: string) =>
    add(`whenNot:${id}`, () => {
      const w = kb.whenNot.find((x) => x.id === id);
      if (!w) return undefined;
      const label =
        w.kind === 'myth' ? w.title : `When not to use ${w.avoid === 'django' ? 'Django' : 'Node.js'}: ${w.title}`;
      return { kind: 'whenNot', id, label, href: withBase(base, recordPath.whenNot(w)), source: sourceName(w.source) };
    });
  const guidance = (id: string) =>
    add(`guidance:${id}`, () => {
      const g = kb.guidance.find((x) => x.id === id);
      return (
        g && {
          kind: 'guidance',
          id,
          label: g.title,
          href: withBase(base, recordPath.sourced(g)),
          source: sourceName(g.source),
        }
      );
    });
  // A claim that a cited row already carries is reached through that row, so it is not listed twice.
  const carried = (c: DecisionCitations) =>
    new Set(
      c.rows.flatMap((r) => kb.tables.find((t) => t.id === r.table)?.rows.find((x) => x.id === r.row)?.claims ?? []),
    );
  const cite = (c: DecisionCitations) => [
    ...c.rows.map((r) => row(r.table, r.row)),
    ...c.whenNot.map(whenNot),
    ...c.guidance.map(guidance),
    ...c.claims.filter((id) => !carried(c).has(id)).map(claim),
  ];
  const rules = kb.decisionRules.map((r): ModelRule => {
    const out: ModelRule = {
      id: r.id,
      question: r.question,
      weights: { ...r.weights },
      label: ruleLabel({ questions: [...DECISION_QUESTIONS] }, r),
      reason: r.reason,
      cites: cite(r.cites),
      dissent: cite(r.dissent),
      reads: readingsOf(r, kb).map((x) => ({
        source: x.source,
        ref: x.kind === 'row' ? row(x.table ?? '', x.id) : guidance(x.id),
        side: x.side,
      })),
    };
    if (r.answers) out.answers = [...r.answers];
    if (r.range) out.range = r.range.max === undefined ? { min: r.range.min } : { min: r.range.min, max: r.range.max };
    if (r.split) out.split = r.split;
    if (r.warning) {
      const workable = r.warning.workable.map((x) => ({
        ref: x.claim !== undefined ? claim(x.claim) : row(x.row?.table ?? '', x.row?.row ?? ''),
        words: x.words,
        says: x.says,
      }));
      const w = { against: r.warning.against, ref: whenNot(r.warning.whenNot), workable };
      out.warning = { ...w, headline: warningHeadline({ refs }, w) };
    }
    return out;
  });
  const polyglot = kb.guidance.filter((g) => g.kind === 'polyglot').map((g) => guidance(g.id));
  const sources = guidanceSources(kb, guidance);
  return { questions: DECISION_QUESTIONS.map((q) => ({ ...q })), rules, refs, polyglot, sources, copy: decisionCopy() };
}

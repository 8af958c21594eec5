import type { DecisionCitations, DecisionRule, DecisionWorkable } from '../../schemas/decision-rule.ts';
import { DECISION_QUESTIONS } from './questions.ts';
import type { DecisionQuestion } from './types.ts';
import type { KnowledgeBase } from '../content/read.ts';

/** The parts of the knowledge base the rules point into. */
export type DecisionKb = Pick<KnowledgeBase, 'decisionRules' | 'claims' | 'tables' | 'whenNot' | 'guidance'>;

/** Every dangling reference in one citation list, as messages starting with the rule id. */
function danglingRefs(id: string, list: DecisionCitations, kb: DecisionKb, what: string): string[] {
  const errors: string[] = [];
  const has = (records: readonly { id: string }[], x: string) => records.some((r) => r.id === x);
  for (const c of list.claims) if (!has(kb.claims, c)) errors.push(`${id}: ${what} claim "${c}" does not exist`);
  for (const w of list.whenNot)
    if (!has(kb.whenNot, w)) errors.push(`${id}: ${what} when-not item "${w}" does not exist`);
  for (const g of list.guidance) if (!has(kb.guidance, g)) errors.push(`${id}: ${what} guidance "${g}" does not exist`);
  for (const { table, row } of list.rows) {
    const t = kb.tables.find((x) => x.id === table);
    if (!t) errors.push(`${id}: ${what} table "${table}" does not exist`);
    else if (!t.rows.some((r) => r.id === row))
      errors.push(`${id}: ${what} row "${row}" is not a row of table "${table}"`);
  }
  return errors;
}

/** Spaces and dash-like characters folded, so a quote matches a cell whatever hyphen or space the source printed. */
export const foldQuote = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** One "still works" record of a warning: a claim or a row (not both) that exists; a row's cells hold the quote. */
function checkWorkable(at: string, x: DecisionWorkable, kb: DecisionKb): string[] {
  if ((x.claim === undefined) === (x.row === undefined)) return [`${at}: give either a claim or a row`];
  if (x.claim !== undefined)
    return kb.claims.some((c) => c.id === x.claim) ? [] : [`${at}: claim "${x.claim}" does not exist`];
  const { table, row } = x.row ?? { table: '', row: '' };
  const r = kb.tables.find((t) => t.id === table)?.rows.find((y) => y.id === row);
  if (!r) return [`${at}: row "${row}" of table "${table}" does not exist`];
  const cells = Object.values(r.cells).map(foldQuote);
  return cells.some((c) => c.includes(foldQuote(x.words)))
    ? []
    : [`${at}: "${x.words}" is not in any cell of ${table}/${row}; quote the cell's own words`];
}

/** Checks one rule's citations, warning and split against the knowledge base. */
function checkRule(rule: DecisionRule, kb: DecisionKb): string[] {
  const errors = [
    ...danglingRefs(rule.id, rule.cites, kb, 'cites'),
    ...danglingRefs(rule.id, rule.dissent, kb, 'dissent:'),
  ];
  if (rule.cites.claims.length + rule.cites.rows.length === 0)
    errors.push(`${rule.id}: cite at least one claim or table row`);
  const w = rule.warning;
  if (w) {
    const item = kb.whenNot.find((x) => x.id === w.whenNot);
    if (!rule.cites.whenNot.includes(w.whenNot))
      errors.push(`${rule.id}: warning "${w.whenNot}" must also be listed in cites.whenNot`);
    if (!item) errors.push(`${rule.id}: warning when-not item "${w.whenNot}" does not exist`);
    else if (item.kind !== 'avoid-when')
      errors.push(`${rule.id}: warning "${w.whenNot}" is a myth, not an avoid-when item`);
    else if (item.avoid !== w.against)
      errors.push(`${rule.id}: warning is against ${w.against}, but "${w.whenNot}" warns against ${item.avoid}`);
    w.workable.forEach((x, i) => errors.push(...checkWorkable(`${rule.id}: workable #${String(i + 1)}`, x, kb)));
  }
  for (const x of rule.reads ?? []) {
    const at = `${rule.id}: reads ${x.table}/${x.row}`;
    const row = kb.tables.find((t) => t.id === x.table)?.rows.find((r) => r.id === x.row);
    if (!rule.cites.rows.some((r) => r.table === x.table && r.row === x.row))
      errors.push(`${at} must also be listed in cites.rows`);
    else if (row?.favours !== 'depends')
      errors.push(
        `${at}: only a row that favours "depends" needs a reading; this one favours ${row?.favours ?? 'no side'}`,
      );
  }
  for (const g of rule.conditional ?? [])
    if (!rule.cites.guidance.includes(g))
      errors.push(`${rule.id}: conditional "${g}" must also be listed in cites.guidance`);
  if (rule.split) {
    const otherSide = rule.split === 'django' ? 'node' : 'django';
    if (rule.weights[rule.split] <= rule.weights[otherSide])
      errors.push(`${rule.id}: split evidence for ${rule.split} must weigh more for ${rule.split}`);
  }
  return errors;
}

/** The rule's answers or range fit its question: answers of a choice question, a range of a number question within bounds. */
function shape(rule: DecisionRule, questions: readonly DecisionQuestion[]): string[] {
  const q = questions.find((x) => x.id === rule.question);
  if (!q) return [];
  const at = (text: string) => `${rule.id}: ${text}`;
  if (q.kind === 'choice') {
    const allowed: readonly string[] = q.options.map((o) => o.value);
    return [
      ...(rule.answers ? [] : [at(`question "${q.id}" is a choice: list the answers it applies to`)]),
      ...(rule.range ? [at(`question "${q.id}" is a choice: use answers, not range`)] : []),
      ...(rule.answers ?? [])
        .filter((a) => !allowed.includes(a))
        .map((a) => at(`"${a}" is not an answer of "${q.id}" (${allowed.join(', ')})`)),
    ];
  }
  const r = rule.range;
  const outside = r && (r.min > q.max || (r.max !== undefined && (r.max < r.min || r.max > q.max)));
  return [
    ...(r ? [] : [at(`question "${q.id}" is a number: give a range {min, max}`)]),
    ...(rule.answers ? [at(`question "${q.id}" is a number: use range, not answers`)] : []),
    ...(outside ? [at(`range must lie within ${q.min}–${q.max} with min at most max`)] : []),
  ];
}

/** Each answer (each option, each whole number in range) is covered by exactly one rule, so every answer has a reason. */
function coverage(q: DecisionQuestion, rules: readonly DecisionRule[]): string[] {
  const mine = rules.filter((r) => r.question === q.id);
  if (q.kind === 'choice') {
    return q.options.flatMap((o) => {
      const hits = mine.filter((r) => r.answers?.includes(o.value));
      if (hits.length === 1) return [];
      if (hits.length === 0) return [`${q.id}: answer "${o.value}" has no rule`];
      return [`${hits.map((r) => r.id).join(', ')}: more than one rule for answer "${o.value}" of ${q.id}`];
    });
  }
  const sorted = [...mine].sort((a, b) => (a.range?.min ?? 0) - (b.range?.min ?? 0));
  const errors: string[] = [];
  let next = q.min;
  for (const r of sorted) {
    const min = r.range?.min ?? 0;
    const max = r.range?.max ?? q.max;
    if (min > next) errors.push(`${r.id}: no rule covers ${q.id} ${next}–${min - 1}`);
    if (min < next) errors.push(`${r.id}: range overlaps the previous rule of ${q.id} (from ${min})`);
    next = max + 1;
  }
  if (next <= q.max) errors.push(`${q.id}: no rule covers ${next}–${q.max}`);
  return errors;
}

/**
 * Cross-field and cross-record checks of the decision rules, run with the other integrity checks: answers or a
 * range that fit the question, unique ids, existing citations, warnings that match their when-not item and whose "still works" records resolve, split
 * evidence that favours its side, and exactly one rule per answer. Each error starts with
 * the rule id (or the question id when an answer has no rule). Returns [] when all is well.
 */
export function checkDecisionRules(
  kb: DecisionKb,
  questions: readonly DecisionQuestion[] = DECISION_QUESTIONS,
): string[] {
  const seen = new Set<string>();
  const dupes = kb.decisionRules
    .filter((r) => seen.size === seen.add(r.id).size)
    .map((r) => `${r.id}: rule id used twice`);
  return [
    ...dupes,
    ...kb.decisionRules.flatMap((r) => [...shape(r, questions), ...checkRule(r, kb)]),
    ...questions.flatMap((q) => coverage(q, kb.decisionRules)),
  ];
}

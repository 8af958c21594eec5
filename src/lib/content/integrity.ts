import type { KnowledgeBase } from './read.ts';
import { checkDecisionRules } from '../decision/integrity.ts';
import type { Figure } from '../../schemas/index.ts';
import { figureSetups, statedVerdicts, assertions } from './integrity-synthesis.ts';
import { answerEvidence } from './integrity-answers.ts';
import { synthesize } from '../synthesis/index.ts';

/** Ids that occur more than once in a list of records. */
export function duplicateIds(records: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const { id } of records) (seen.has(id) ? dupes : seen).add(id);
  return [...dupes];
}

type Check = (kb: KnowledgeBase) => string[];

const idSet = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));

/** Every id is unique within its kind (reviews have none: a second review of one candidate is a synthesis problem). */
const uniqueIds: Check = (kb) =>
  Object.entries(kb)
    .filter(([kind]) => kind !== 'reviews')
    .flatMap(([kind, records]) =>
    duplicateIds(records as { id: string }[]).map((id) => `${id}: id used twice among ${kind}`),
  );

/** Every sourced record names an existing source and one of its sections. */
const sourcesAndLocators: Check = (kb) => {
  const sections = new Map(kb.sources.map((s) => [s.id, new Set(s.sections.map((x) => x.id))]));
  const sourced = [
    ...kb.claims, ...kb.tables, ...kb.rateCards, ...kb.hiringModels, ...kb.benchmarks, ...kb.adopters,
    ...kb.whenNot, ...kb.guidance, ...kb.prosCons, ...kb.faqs, ...kb.history,
  ];
  return sourced.flatMap((r) => {
    const known = sections.get(r.source);
    if (!known) return [`${r.id}: source "${r.source}" does not exist`];
    return known.has(r.locator) ? [] : [`${r.id}: locator "${r.locator}" is not a section of source "${r.source}"`];
  });
};

/** Topic, dimension and claim references resolve. */
const references: Check = (kb) => {
  const topics = idSet(kb.topics);
  const dimensions = idSet(kb.dimensions);
  const claims = idSet(kb.claims);
  const errors: string[] = [];
  const needTopics = (id: string, list: readonly string[]) =>
    list.filter((t) => !topics.has(t)).forEach((t) => errors.push(`${id}: topic "${t}" does not exist`));
  const needClaims = (id: string, list: readonly string[]) =>
    list.filter((c) => !claims.has(c)).forEach((c) => errors.push(`${id}: claim "${c}" does not exist`));
  for (const c of kb.claims) {
    needTopics(c.id, c.topics);
    if (!dimensions.has(c.dimension)) errors.push(`${c.id}: dimension "${c.dimension}" does not exist`);
  }
  for (const d of kb.dimensions) needTopics(d.id, [d.topic]);
  for (const r of [...kb.whenNot, ...kb.guidance, ...kb.prosCons, ...kb.faqs]) needTopics(r.id, r.topics);
  for (const r of [...kb.whenNot, ...kb.faqs]) needClaims(r.id, r.claims);
  for (const b of kb.benchmarks) needClaims(b.id, [b.claim]);
  for (const t of kb.tables) for (const row of t.rows) needClaims(`${t.id}/${row.id}`, row.claims);
  for (const rc of kb.rateCards) {
    if (!kb.tables.some((t) => t.id === rc.table)) errors.push(`${rc.id}: table "${rc.table}" does not exist`);
  }
  return errors;
};

/** Every figure names a metric and uses that metric's unit. */
const figureUnits: Check = (kb) => {
  const metrics = new Map(kb.metrics.map((m) => [m.id, m]));
  const owners: [string, Figure][] = [
    ...kb.claims.flatMap((c) => c.figures.map((f, i): [string, Figure] => [`${c.id} figures[${i}]`, f])),
    ...kb.guidance.flatMap((g) => g.figures.map((f, i): [string, Figure] => [`${g.id} figures[${i}]`, f])),
    ...kb.adopters.flatMap((a) => (a.scale ? [[`${a.id} scale`, a.scale] as [string, Figure]] : [])),
  ];
  return owners.flatMap(([id, f]) => {
    const metric = metrics.get(f.metric);
    if (!metric) return [`${id}: metric "${f.metric}" does not exist`];
    if (metric.unit !== f.unit) return [`${id}: figure for "${f.metric}" has unit "${f.unit}", expected "${metric.unit}"`];
    if (f.high !== undefined && f.high < f.value) return [`${id}: figure for "${f.metric}" has high below value`];
    return [];
  });
};

/** Table rows have a cell for every column, and row ids are unique within their table. */
const tableShape: Check = (kb) =>
  kb.tables.flatMap((t) => {
    const cols = t.columns.map((c) => c.id);
    const errors = [
      ...duplicateIds(t.rows).map((id) => `${t.id}: row id "${id}" used twice`),
      ...duplicateIds(t.columns).map((id) => `${t.id}: column id "${id}" used twice`),
    ];
    for (const row of t.rows) {
      const missing = cols.filter((c) => !(c in row.cells));
      const extra = Object.keys(row.cells).filter((c) => !cols.includes(c));
      if (missing.length) errors.push(`${t.id}/${row.id}: missing cells for columns ${missing.join(', ')}`);
      if (extra.length) errors.push(`${t.id}/${row.id}: cells for unknown columns ${extra.join(', ')}`);
    }
    return errors;
  });

const multipliers: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9 };

/**
 * Figure-like numbers printed in a table cell, as values: "~45,000" -> 45000, "23M+" -> 23000000,
 * "~1.3M+ reqs" -> 1300000, "150ms" -> 150, "~3× more" -> 3. Only a number with a marker (~ or +), thousands
 * separators, a k/M/B suffix or a unit right after it counts; bare numbers are labels or versions ("Django 6.0",
 * "20-table"), and numbers glued to letters are names ("R23", "ES2024", "V8").
 */
export function cellNumbers(text: string): { text: string; value: number }[] {
  const pattern = /(?<![\w.])(~)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([kKMB](?![a-z]))?(\+)?(\s?(?:ms|MB|KB|GB|%|×|x)(?![A-Za-z]))?/g;
  return [...text.matchAll(pattern)].flatMap((m) => {
    const [match, approx, digits = '', suffix, plus, unit] = m;
    if (!approx && !digits.includes(',') && !suffix && !plus && !unit) return [];
    return [{ text: match.trim(), value: Number(digits.replaceAll(',', '')) * (suffix ? (multipliers[suffix] ?? 1) : 1) }];
  });
}

/** Every figure-like number in a table row whose claims carry figures appears among those figures (value or high). */
const tableFigures: Check = (kb) => {
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  return kb.tables.flatMap((t) =>
    t.rows.flatMap((row) => {
      const values = row.claims.flatMap((id) => claims.get(id)?.figures ?? []).flatMap((f) => [f.value, f.high ?? f.value]);
      if (values.length === 0) return [];
      const known = (n: number) => values.some((v) => Math.abs(v - n) <= 1e-6 * Math.max(v, n));
      return Object.entries(row.cells).flatMap(([column, cell]) =>
        cellNumbers(cell)
          .filter((n) => !known(n.value))
          .map(
            (n) =>
              `${t.id}/${row.id}: cell "${column}" prints "${n.text}", but no figure of its claims (${row.claims.join(', ')}) ` +
              `has the value ${n.value}`,
          ),
      );
    }),
  );
};

/** Section ids are unique within each source. */
const sectionIds: Check = (kb) =>
  kb.sources.flatMap((s) => duplicateIds(s.sections).map((id) => `${s.id}: section id "${id}" used twice`));

/** The decision calculator's rules cite claims, table rows and when-not items; check them with everything else. */
const decisionRules: Check = (kb) => checkDecisionRules(kb);

export const checks: Record<string, Check> = {
  uniqueIds,
  sourcesAndLocators,
  references,
  figureUnits,
  tableShape,
  tableFigures,
  sectionIds, decisionRules,
  figureSetups,
  statedVerdicts,
  assertions,
  answerEvidence,
  // Every computed candidate disagreement is classified in content/reviews, and every review has its candidate.
  reviews: (kb) => synthesize(kb).problems,
};

/** Runs every cross-record check; each error starts with the id of the record at fault. */
export function checkIntegrity(kb: KnowledgeBase): string[] {
  return Object.values(checks).flatMap((check) => check(kb));
}

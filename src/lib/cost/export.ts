/**
 * The cost calculator's result as data: a JSON document (inputs, outputs, the figures used, where they come from)
 * and the same content as RFC 4180 CSV. Amounts are USD numbers (cents / 100), percentages are percent numbers.
 */
import { computeCost, hourlyRate, type CostResult, type IntRange, type RateLevel } from './compute.ts';
import type { Comparison } from './compare.ts';
import { projectHiring, type HiringModelLike } from './hiring.ts';
import { fieldsOf, STACK_LABEL, type CostState } from './state.ts';
import { toCsv, type CsvCell } from '../csv.ts';

/** A record the calculator used: its source, its own id and kind, and its address on this site. */
export interface UsedRecord {
  source: string;
  record: string;
  kind: 'rate card' | 'hiring models';
  url: string;
}

/** What the export needs; `link` is the absolute URL that reopens this scenario. */
export interface ExportInput {
  link: string;
  state: CostState;
  cmp: Comparison;
  levels: readonly RateLevel[];
  models: readonly HiringModelLike[];
  records: readonly UsedRecord[];
}

type Money = { low: number; high: number };
const dollars = (r: IntRange): Money => ({ low: r.low / 100, high: r.high / 100 });

/** The JSON export. Stable key order, so two exports of one scenario are byte-identical. */
export function buildExport(input: ExportInput) {
  const { state, cmp, levels } = input;
  const label = (id: string) => levels.find((l) => l.id === id)?.label ?? id;
  const stack = (r: CostResult) => ({
    monthly: dollars(r.monthly),
    total: dollars(r.total.offshore),
    byLevel: r.levels.map((l) => ({
      level: l.id,
      label: label(l.id),
      headcount: l.headcount,
      monthly: dollars(l.offshore),
    })),
  });
  return {
    calculator: 'cost',
    link: input.link,
    currency: 'USD',
    inputs: Object.fromEntries(fieldsOf(state).map((f) => [f, state[f]])),
    outputs: {
      headcount: cmp.headcount,
      months: state.months,
      rates: state.rates,
      django: stack(cmp.django),
      node: stack(cmp.node),
      difference: {
        stack: cmp.to,
        from: cmp.from,
        monthly: dollars(cmp.diff.monthly),
        total: dollars(cmp.diff.total),
        percent: { low: cmp.diff.pct.low / 100, high: cmp.diff.pct.high / 100 },
      },
      usEquivalentMonthly: dollars(computeCost(levels, { ...state, rates: 'us' }).monthly),
      hiringModels: input.models.map((m) => {
        const p = projectHiring(m, state);
        return {
          id: m.id,
          name: m.name,
          projection: p.kind,
          monthly: p.kind === 'priced' ? dollars(p.monthly) : null,
        };
      }),
    },
    figures: {
      hourlyRates: levels.map((l) => ({
        level: l.id,
        label: l.label,
        django: dollars(hourlyRate(levels, state, 'django', l.id)),
        node: dollars(hourlyRate(levels, state, 'node', l.id)),
        usEquivalent: { ...l.us },
      })),
      hiringModels: input.models.map((m) => ({
        id: m.id,
        monthlyCost: { ...m.monthlyCost },
        costBasis: { ...m.costBasis },
      })),
    },
    sources: input.records.map((r) => ({ ...r })),
  };
}

export type CostExport = ReturnType<typeof buildExport>;

/** Columns of the CSV export. */
export const EXPORT_HEADER = ['section', 'item', 'value', 'low', 'high', 'unit'] as const;

const UNIT: Record<string, string> = { hours: 'hours per developer per month', months: 'months', stack: '', rates: '' };

/** The export as CSV rows under EXPORT_HEADER. */
export function exportRows(data: CostExport): CsvCell[][] {
  const o = data.outputs;
  const range = (section: string, item: string, r: Money, unit: string) => [section, item, null, r.low, r.high, unit];
  const d = o.difference;
  return [
    ...Object.entries(data.inputs).map(([f, v]) => [
      'input',
      f,
      v,
      null,
      null,
      UNIT[f] ?? (f.includes('-') ? 'USD per hour' : 'developers'),
    ]),
    ...(['django', 'node'] as const).flatMap((s) => [
      range('output', `Monthly cost (${STACK_LABEL[s]})`, o[s].monthly, 'USD per month'),
      range('output', `Total cost over ${o.months} months (${STACK_LABEL[s]})`, o[s].total, 'USD'),
    ]),
    range(
      'output',
      `Difference per month (${STACK_LABEL[d.stack]} minus ${STACK_LABEL[d.from]})`,
      d.monthly,
      'USD per month',
    ),
    range('output', `Difference over ${o.months} months`, d.total, 'USD'),
    range('output', `Difference (share of ${STACK_LABEL[d.from]})`, d.percent, 'percent'),
    range('output', 'US-equivalent rates, per month', o.usEquivalentMonthly, 'USD per month'),
    ...o.django.byLevel.flatMap((l, i) => [
      ['by level', `${l.label} (Django)`, l.headcount, l.monthly.low, l.monthly.high, 'USD per month'],
      [
        'by level',
        `${l.label} (Node.js)`,
        l.headcount,
        o.node.byLevel[i]?.monthly.low ?? null,
        o.node.byLevel[i]?.monthly.high ?? null,
        'USD per month',
      ],
    ]),
    ...o.hiringModels.map((h) => [
      'hiring model',
      h.name,
      h.projection,
      h.monthly?.low ?? null,
      h.monthly?.high ?? null,
      'USD per month',
    ]),
    ...data.figures.hourlyRates.flatMap((r) => [
      range('rate', `${r.label} (Django)`, r.django, 'USD per hour'),
      range('rate', `${r.label} (Node.js)`, r.node, 'USD per hour'),
      range('rate', `${r.label} (US equivalent)`, r.usEquivalent, 'USD per hour'),
    ]),
    ...data.sources.map((s) => ['source', `${s.source}: ${s.record} (${s.kind})`, s.url, null, null, '']),
  ];
}

/** The export as RFC 4180 CSV (the site's one writer: fields quoted only when they need it). */
export function exportCsv(data: CostExport): string {
  return toCsv(EXPORT_HEADER, exportRows(data));
}

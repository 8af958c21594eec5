/**
 * The cost calculator's result as data: a JSON document (inputs, outputs, the figures used, where they come from)
 * and the same content as RFC 4180 CSV. Amounts are USD numbers (cents / 100), percentages are percent numbers.
 */
import type { CostResult, IntRange, RateLevel } from './compute.ts';
import { projectHiring, timeToHireText, type HiringModelLike } from './hiring.ts';
import { FIELDS, STACK_LABEL, type CostState } from './state.ts';
import { toCsv, type CsvCell } from '../csv.ts';

/** A record the calculator used: its source, its own id and kind, and its address on this site. */
export interface UsedRecord {
  source: string;
  sourceTitle: string;
  record: string;
  kind: 'rate card' | 'hiring models';
  url: string;
}

/** What the export needs; `link` is the absolute URL that reopens this scenario. */
export interface ExportInput {
  link: string;
  state: CostState;
  result: CostResult;
  levels: readonly RateLevel[];
  models: readonly HiringModelLike[];
  records: readonly UsedRecord[];
}

type Money = { low: number; high: number };
const dollars = (r: IntRange): Money => ({ low: r.low / 100, high: r.high / 100 });

/** The JSON export. Stable key order, so two exports of one scenario are byte-identical. */
export function buildExport(input: ExportInput) {
  const { state, result, levels } = input;
  const label = (id: string) => levels.find((l) => l.id === id)?.label ?? id;
  return {
    calculator: 'cost',
    link: input.link,
    currency: 'USD',
    inputs: { ...state },
    outputs: {
      headcount: result.headcount,
      monthly: dollars(result.monthly),
      usMonthly: dollars(result.usMonthly),
      savingPerMonth: { conservative: result.saving.low / 100, optimistic: result.saving.high / 100 },
      savingPercent: { conservative: result.savingPct.low / 100, optimistic: result.savingPct.high / 100 },
      total: { months: state.months, offshore: dollars(result.total.offshore), us: dollars(result.total.us), saving: dollars(result.total.saving) },
      byLevel: result.levels.map((l) => ({ level: l.id, label: label(l.id), headcount: l.headcount, monthly: dollars(l.offshore), usMonthly: dollars(l.us) })),
      hiringModels: input.models.map((m) => {
        const p = projectHiring(m, state);
        return { id: m.id, name: m.name, timeToHire: timeToHireText(m.timeToHire), risk: m.risk, projection: p.kind, monthly: p.kind === 'priced' ? dollars(p.monthly) : null };
      }),
    },
    figures: {
      hourlyRates: levels.map((l) => ({ level: l.id, label: l.label, stack: state.stack, offshore: { ...l[state.stack] }, us: { ...l.us } })),
      hiringModels: input.models.map((m) => ({ id: m.id, monthlyCost: { ...m.monthlyCost }, costBasis: { ...m.costBasis } })),
    },
    sources: input.records.map((r) => ({ ...r })),
  };
}

export type CostExport = ReturnType<typeof buildExport>;

/** Columns of the CSV export. */
export const EXPORT_HEADER = ['section', 'item', 'value', 'low', 'high', 'unit'] as const;

/** The export as CSV rows under EXPORT_HEADER. */
export function exportRows(data: CostExport): CsvCell[][] {
  const o = data.outputs;
  const stack = STACK_LABEL[data.inputs.stack];
  const range = (section: string, item: string, r: Money, unit: string) => [section, item, null, r.low, r.high, unit];
  return [
    ...FIELDS.map((f) => ['input', f, data.inputs[f], null, null, f === 'stack' ? '' : f === 'hours' ? 'hours per developer per month' : f === 'months' ? 'months' : 'developers']),
    range('output', `Monthly cost (${stack})`, o.monthly, 'USD per month'),
    range('output', 'US equivalent', o.usMonthly, 'USD per month'),
    range('output', 'Saving per month (conservative to optimistic)', { low: o.savingPerMonth.conservative, high: o.savingPerMonth.optimistic }, 'USD per month'),
    range('output', 'Saving (conservative to optimistic)', { low: o.savingPercent.conservative, high: o.savingPercent.optimistic }, 'percent'),
    range('output', `Total cost over ${o.total.months} months (${stack})`, o.total.offshore, 'USD'),
    range('output', `US equivalent over ${o.total.months} months`, o.total.us, 'USD'),
    range('output', `Saving over ${o.total.months} months`, o.total.saving, 'USD'),
    ...o.byLevel.flatMap((l) => [
      ['by level', `${l.label} (${stack})`, l.headcount, l.monthly.low, l.monthly.high, 'USD per month'],
      ['by level', `${l.label} (US equivalent)`, l.headcount, l.usMonthly.low, l.usMonthly.high, 'USD per month'],
    ]),
    ...o.hiringModels.map((h) => ['hiring model', h.name, h.projection, h.monthly?.low ?? null, h.monthly?.high ?? null, 'USD per month']),
    ...data.figures.hourlyRates.flatMap((r) => [
      range('rate', `${r.label} (${stack})`, r.offshore, 'USD per hour'),
      range('rate', `${r.label} (US equivalent)`, r.us, 'USD per hour'),
    ]),
    ...data.sources.map((s) => ['source', `${s.source}: ${s.record} (${s.kind})`, s.url, null, null, '']),
  ];
}

/** The export as RFC 4180 CSV (the site's one writer: fields quoted only when they need it). */
export function exportCsv(data: CostExport): string {
  return toCsv(EXPORT_HEADER, exportRows(data));
}

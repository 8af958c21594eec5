import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { computeCost } from '../../../src/lib/cost/compute.ts';
import { buildExport, exportCsv, type UsedRecord } from '../../../src/lib/cost/export.ts';
import type { CostState } from '../../../src/lib/cost/state.ts';

const kb = readKnowledgeBase();
const card = kb.rateCards[0];
if (!card) throw new Error('no rate card');
const models = kb.hiringModels.filter((m) => m.source === card.source);
const records: UsedRecord[] = [
  { source: card.source, sourceTitle: 'T', record: card.id, kind: 'rate card', url: 'https://x.example/sources/s/#wit-rate-card' },
];
const state: CostState = { stack: 'django', junior: 0, mid: 2, senior: 0, lead: 0, hours: 160, months: 12 };
const data = buildExport({ link: 'https://x.example/calculators/cost/?mid=2', state, result: computeCost(card.levels, state), levels: card.levels, models, records });

describe('the cost export', () => {
  test('JSON carries inputs, outputs in dollars, the figures used and the sources', () => {
    expect(data.inputs).toEqual(state);
    expect(data.outputs.monthly).toEqual({ low: 6400, high: 10240 });
    expect(data.outputs.usMonthly).toEqual({ low: 22400, high: 32000 });
    expect(data.outputs.savingPerMonth).toEqual({ conservative: 12160, optimistic: 25600 });
    expect(data.outputs.savingPercent).toEqual({ conservative: 54.29, optimistic: 80 });
    expect(data.outputs.total.saving).toEqual({ low: 145920, high: 307200 });
    expect(data.outputs.byLevel.find((l) => l.level === 'mid')).toMatchObject({ headcount: 2, monthly: { low: 6400, high: 10240 } });
    expect(data.figures.hourlyRates.find((r) => r.level === 'mid')).toMatchObject({ stack: 'django', offshore: { low: 20, high: 32 }, us: { low: 70, high: 100 } });
    expect(data.outputs.hiringModels).toHaveLength(models.length);
    expect(data.sources).toEqual(records);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  test('CSV parses with a real parser, header first, every input and source present', () => {
    const csv = exportCsv(data);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['section', 'item', 'value', 'low', 'high', 'unit']);
    const find = (section: string, item: string) => parsed.data.find((r) => r['section'] === section && r['item'] === item);
    expect(find('input', 'mid')?.['value']).toBe('2');
    expect(find('input', 'stack')?.['value']).toBe('django');
    expect(find('output', 'Monthly cost (Django)')).toMatchObject({ low: '6400', high: '10240', unit: 'USD per month' });
    expect(find('output', 'US equivalent')).toMatchObject({ low: '22400', high: '32000' });
    expect(parsed.data.filter((r) => r['section'] === 'hiring model')).toHaveLength(models.length);
    expect(parsed.data.filter((r) => r['section'] === 'rate')).toHaveLength(card.levels.length * 2);
    expect(parsed.data.find((r) => r['section'] === 'source')?.['value']).toBe(records[0]?.url);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { compareCost } from '../../../src/lib/cost/compare.ts';
import { buildExport, exportCsv, type UsedRecord } from '../../../src/lib/cost/export.ts';
import { defaultState, type CostState } from '../../../src/lib/cost/state.ts';

const kb = readKnowledgeBase();
const card = kb.rateCards[0];
if (!card) throw new Error('no rate card');
const models = kb.hiringModels.filter((m) => m.source === card.source);
const records: UsedRecord[] = [
  { source: card.source, record: card.id, kind: 'rate card', url: 'https://x.example/sources/s/#wit-rate-card' },
];
const state: CostState = defaultState(card.example, card.levels);
const data = buildExport({ link: 'https://x.example/calculators/cost/?mid=2', state, cmp: compareCost(card.levels, state), levels: card.levels, models, records });

describe('the cost export', () => {
  test('JSON carries inputs, both stacks in dollars, the difference, the figures used and the sources', () => {
    expect(data.inputs).toEqual({ stack: 'django', rates: 'india', junior: 0, mid: 2, senior: 0, lead: 0, hours: 160, months: 12 });
    expect(data.outputs.django.monthly).toEqual({ low: 6400, high: 10240 });
    expect(data.outputs.node.monthly).toEqual({ low: 7040, high: 11200 });
    expect(data.outputs.difference).toEqual({
      stack: 'node',
      from: 'django',
      monthly: { low: 640, high: 960 },
      total: { low: 7680, high: 11520 },
      percent: { low: 9.38, high: 10 },
    });
    expect(data.outputs.usEquivalentMonthly).toEqual({ low: 22400, high: 32000 });
    expect(data.outputs.django.byLevel.find((l) => l.level === 'mid')).toMatchObject({ headcount: 2, monthly: { low: 6400, high: 10240 } });
    expect(data.figures.hourlyRates.find((r) => r.level === 'mid')).toMatchObject({ django: { low: 20, high: 32 }, node: { low: 22, high: 35 }, usEquivalent: { low: 70, high: 100 } });
    expect(data.outputs.hiringModels).toHaveLength(models.length);
    expect(data.sources).toEqual(records);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  test('own rates: the inputs carry them and the figures are the reader’s', () => {
    const mine: CostState = { ...state, rates: 'own', 'django-mid': 50 };
    const d = buildExport({ link: 'x', state: mine, cmp: compareCost(card.levels, mine), levels: card.levels, models, records });
    expect(d.inputs).toMatchObject({ rates: 'own', 'django-mid': 50, 'node-mid': 22 });
    expect(d.outputs.django.monthly).toEqual({ low: 16000, high: 16000 });
    expect(d.figures.hourlyRates.find((r) => r.level === 'mid')?.django).toEqual({ low: 50, high: 50 });
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
    expect(find('output', 'Monthly cost (Node.js)')).toMatchObject({ low: '7040', high: '11200', unit: 'USD per month' });
    expect(find('output', 'Difference per month (Node.js minus Django)')).toMatchObject({ low: '640', high: '960' });
    expect(find('output', 'US-equivalent rates, per month')).toMatchObject({ low: '22400', high: '32000' });
    expect(parsed.data.filter((r) => r['section'] === 'hiring model')).toHaveLength(models.length);
    expect(parsed.data.filter((r) => r['section'] === 'rate')).toHaveLength(card.levels.length * 3);
    expect(parsed.data.find((r) => r['section'] === 'source')?.['value']).toBe(records[0]?.url);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

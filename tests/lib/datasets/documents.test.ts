import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { KnowledgeBase } from '../../../src/lib/content/read.ts';
import type { Dataset } from '../../../src/lib/datasets/definitions.ts';
import {
  datasetCsv,
  datasetDocument,
  datasetJsonSchema,
  datasetRecords,
  LICENCE_NOTE,
} from '../../../src/lib/datasets/documents.ts';
import { summariseDataset } from '../../../src/lib/datasets/summary.ts';
import { siteUrlOf } from '../../../src/lib/datasets/site-url.ts';

const kb = {} as KnowledgeBase;
const ctx = { urlOf: siteUrlOf('https://example.org', '/'), synthesis: { candidates: [], positions: [] } };
const schema = z.object({
  id: z.string(),
  source: z.string(),
  levels: z.array(z.object({ id: z.string(), rate: z.number() })),
  url: z.url(),
});
const rows = [
  {
    id: 'a',
    source: 's1',
    levels: [
      { id: 'x', rate: 1 },
      { id: 'y', rate: 2 },
    ],
    url: 'https://example.org/sources/s1/#a',
  },
  { id: 'b', source: 's2', levels: [], url: 'https://example.org/sources/s2/#b' },
];
const dataset = (records: unknown[], more: Partial<Dataset> = {}): Dataset => ({
  name: 'demo',
  title: 'Demo',
  description: 'A demo.',
  kinds: [],
  schema,
  records: () => records as z.input<typeof schema>[],
  ...more,
});

describe('dataset documents', () => {
  test('the JSON document wraps the records with metadata and the licence', () => {
    expect(datasetDocument(dataset(rows), kb, ctx)).toEqual({
      $schema: 'https://example.org/data/schema/demo.json',
      name: 'demo',
      title: 'Demo',
      description: 'A demo.',
      licence: LICENCE_NOTE,
      count: 2,
      records: rows,
    });
  });

  test.each([
    ['a missing url', [{ id: 'a', source: 's', levels: [] }], /url/],
    ['a field the schema does not list', [{ ...rows[1], extra: 1 }], /extra/],
  ])('records with %s fail the build, naming the dataset', (_name, records, field) => {
    expect(() => datasetRecords(dataset(records), kb, ctx)).toThrow(/Dataset "demo" does not match its schema/);
    expect(() => datasetRecords(dataset(records), kb, ctx)).toThrow(field);
  });

  test('the JSON Schema is draft 2020-12, closed, with an $id and the record fields', () => {
    const js = datasetJsonSchema(dataset(rows), ctx);
    expect(js['$id']).toBe('https://example.org/data/schema/demo.json');
    expect(js['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(js.additionalProperties).toBe(false);
    expect(js.required).toEqual(['$schema', 'name', 'title', 'description', 'licence', 'count', 'records']);
    expect(Object.keys(js.properties?.['records']?.items?.properties ?? {})).toEqual(['id', 'source', 'levels', 'url']);
  });

  test('CSV: one row per record, or per item of the split field', () => {
    expect(datasetCsv(dataset(rows.slice(0, 1)), kb, ctx)).toBe(
      'id,source,levels,url\r\na,s1,x; y,https://example.org/sources/s1/#a\r\n',
    );
    expect(datasetCsv(dataset(rows, { explode: 'levels' }), kb, ctx)).toBe(
      'id,source,levels.id,levels.rate,url\r\na,s1,x,1,https://example.org/sources/s1/#a\r\na,s1,y,2,https://example.org/sources/s1/#a\r\n',
    );
  });

  test('the summary counts records, CSV rows and records per source', () => {
    const s = summariseDataset(dataset(rows, { explode: 'levels', credit: 'Ours.' }), kb, ctx);
    expect([s.count, s.csvRows, s.sources, s.credit, s.files.csv]).toEqual([
      2,
      2,
      [
        { id: 's1', count: 1 },
        { id: 's2', count: 1 },
      ],
      'Ours.',
      '/data/demo.csv',
    ]);
    expect(s.fields.map((f) => f.name)).toEqual(['id', 'source', 'levels', 'url']);
  });
});

import { z } from 'zod';
import type { KnowledgeBase } from '../content/read.ts';
import type { Dataset } from './definitions.ts';
import { datasetRecords, dataFiles, type DocumentContext } from './documents.ts';
import { describeFields, type FieldInfo } from './fields.ts';
import { explodeRows, type JsonSchemaNode } from './flatten.ts';

/** What /data/ shows about one dataset. */
export interface DatasetSummary {
  name: string;
  title: string;
  description: string;
  /** Records in the JSON file. */
  count: number;
  /** Data rows in the CSV file (more than `count` when an array field is split into rows). */
  csvRows: number;
  /** Sources the records come from, with how many records cite each, in first-seen order. */
  sources: { id: string; count: number }[];
  fields: FieldInfo[];
  /** Who to credit when the records name no source. */
  credit?: string;
  /** Base-relative paths of the three files. */
  files: { json: string; csv: string; schema: string };
}

/** Every `source` id in a record, nested ones (a conflict's sides) included. */
function sourcesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) sourcesIn(v, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && typeof v === 'string') found.push(v);
      else sourcesIn(v, found);
    }
  }
  return found;
}

/** Counts, attribution, fields and file paths of one dataset. */
export function summariseDataset(d: Dataset, kb: KnowledgeBase, ctx: DocumentContext): DatasetSummary {
  const records = datasetRecords(d, kb, ctx);
  const schema = z.toJSONSchema(d.schema, { target: 'draft-2020-12', io: 'output' }) as JsonSchemaNode;
  const counts = new Map<string, number>();
  for (const r of records) {
    // The sources dataset is the sources themselves; each record credits itself.
    const ids = d.name === 'sources' ? [(r as { id: string }).id] : new Set(sourcesIn(r));
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return {
    name: d.name,
    title: d.title,
    description: d.description,
    count: records.length,
    csvRows: explodeRows(records, schema, d.explode).rows.length,
    sources: [...counts].map(([id, count]) => ({ id, count })),
    fields: describeFields(schema),
    ...(d.credit ? { credit: d.credit } : {}),
    files: { json: dataFiles.json(d.name), csv: dataFiles.csv(d.name), schema: dataFiles.schema(d.name) },
  };
}

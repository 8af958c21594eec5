import { z } from 'zod';
import type { KnowledgeBase } from '../content/read.ts';
import type { Dataset, RecordContext } from './definitions.ts';
import { csvColumns, explodeRows, type JsonSchemaNode } from './flatten.ts';
import { toCsv } from '../csv.ts';

/** The terms, in plain words, printed on /data/ and inside every JSON download. */
export const LICENCE_NOTE =
  'Facts, figures, table cells and company names come from the source documents: when you reuse them, credit ' +
  'the source named in each record (sources.json lists them). Summaries, titles and other wording are ours; reuse ' +
  'them freely with a link back to the record’s url. Figures are as the sources printed them and may be out of date.';

/** Site-wide addresses and the computed conflicts a document needs. */
export type DocumentContext = RecordContext;

/** Site path of each file of a dataset, base-relative. */
export const dataFiles = {
  json: (name: string) => `/data/${name}.json`,
  csv: (name: string) => `/data/${name}.csv`,
  schema: (name: string) => `/data/schema/${name}.json`,
} as const;

/** Schema of a whole JSON download: a little metadata and the records. */
export function documentSchema(d: Dataset) {
  return z
    .object({
      /** URL of the JSON Schema that describes this file. */
      $schema: z.url(),
      /** Dataset name, the file name without extension. */
      name: z.literal(d.name),
      /** Display name. */
      title: z.string().min(1),
      /** What one record is. */
      description: z.string().min(1),
      /** How the data may be reused. */
      licence: z.string().min(1),
      /** Number of records. */
      count: z.int().nonnegative(),
      /** The records. */
      records: z.array(d.schema.strict()),
    })
    .strict()
    .meta({ title: `${d.title} (Django or Node.js? open data)`, description: d.description });
}

/** The JSON Schema of a download, generated from the Zod schemas (output types: defaults are filled in, so required). */
export function datasetJsonSchema(d: Dataset, ctx: Pick<DocumentContext, 'urlOf'>): JsonSchemaNode {
  const generated = z.toJSONSchema(documentSchema(d), { target: 'draft-2020-12', io: 'output' }) as JsonSchemaNode;
  return { $id: ctx.urlOf(dataFiles.schema(d.name)), ...generated };
}

/** The records of a dataset, checked against its schema so a download never drifts from what the schema says. */
export function datasetRecords(d: Dataset, kb: KnowledgeBase, ctx: DocumentContext): unknown[] {
  const parsed = z.array(d.schema.strict()).safeParse(d.records(kb, ctx));
  if (!parsed.success) {
    throw new Error(
      `Dataset "${d.name}" does not match its schema (src/lib/datasets/records.ts):\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** The JSON download: metadata, licence note and records. */
export function datasetDocument(d: Dataset, kb: KnowledgeBase, ctx: DocumentContext) {
  const records = datasetRecords(d, kb, ctx);
  return {
    $schema: ctx.urlOf(dataFiles.schema(d.name)),
    name: d.name,
    title: d.title,
    description: d.description,
    licence: LICENCE_NOTE,
    count: records.length,
    records,
  };
}

/** The CSV download: one row per record (or per exploded item), columns in schema order. */
export function datasetCsv(d: Dataset, kb: KnowledgeBase, ctx: DocumentContext): string {
  const schema = z.toJSONSchema(d.schema, { target: 'draft-2020-12', io: 'output' }) as JsonSchemaNode;
  const { rows, schema: rowSchema } = explodeRows(datasetRecords(d, kb, ctx), schema, d.explode);
  const columns = csvColumns(rowSchema, rows);
  return toCsv(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.cell(r))),
  );
}

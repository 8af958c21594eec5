import { formatFigure } from '../format.ts';
import type { Figure } from '../../schemas/index.ts';
import type { CsvCell } from '../csv.ts';

/** The parts of a generated JSON Schema the flattener and the field list read. */
export interface JsonSchemaNode {
  [keyword: string]: unknown;
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: boolean | JsonSchemaNode;
  items?: JsonSchemaNode;
  allOf?: JsonSchemaNode[];
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
}

/** One CSV column: its header and how to read its cell from a record. */
export interface CsvColumn {
  header: string;
  cell: (record: unknown) => CsvCell;
}

type Get = (record: unknown) => unknown;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (v: unknown, key: string): unknown => (isObject(v) ? v[key] : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Folds allOf / anyOf / oneOf branches into one node whose properties are the union, first-seen order. */
export function mergeNode(node: JsonSchemaNode): JsonSchemaNode {
  const branches = [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])].map(mergeNode);
  if (branches.length === 0) return node;
  const properties: Record<string, JsonSchemaNode> = { ...node.properties };
  for (const b of branches) for (const [k, v] of Object.entries(b.properties ?? {})) properties[k] ??= v;
  return { ...branches[0], ...node, type: 'object', properties };
}

/** A figure as FigureSchema makes it: the flattener prints these readably instead of column by column. */
function isFigureNode(node: JsonSchemaNode): boolean {
  const p = node.properties ?? {};
  return ['side', 'subject', 'metric', 'value', 'unit'].every((k) => k in p);
}

/** "Node.js with Fastify: ~120,000 req/s [one core]". */
function readableFigure(f: Figure): string {
  return `${f.subject}: ${formatFigure(f)}${f.qualifier ? ` [${f.qualifier}]` : ''}`;
}

/** A single figure: a readable column, then its number, upper end, unit and metric for tools. */
function figureColumns(path: string, get: Get): CsvColumn[] {
  const fig = (r: unknown) => get(r) as Figure | undefined;
  return [
    {
      header: path,
      cell: (r) => {
        const f = fig(r);
        return f ? readableFigure(f) : undefined;
      },
    },
    ...(['value', 'high', 'unit', 'metric', 'side'] as const).map((k) => ({
      header: join(path, k),
      cell: (r: unknown) => fig(r)?.[k],
    })),
  ];
}

/**
 * A list of figures: one readable column, then the metric and unit when all share one, and per side (django,
 * node, both) the value and upper end when that side has exactly one figure. Other cases stay readable only.
 */
function figureListColumns(path: string, get: Get): CsvColumn[] {
  const figs = (r: unknown) => list(get(r)) as Figure[];
  const shared = (r: unknown, k: 'metric' | 'unit') => {
    const values = new Set(figs(r).map((f) => f[k]));
    return values.size === 1 ? [...values][0] : undefined;
  };
  const single = (r: unknown, side: Figure['side']) => {
    const of = figs(r).filter((f) => f.side === side);
    return of.length === 1 && shared(r, 'metric') ? of[0] : undefined;
  };
  return [
    { header: path, cell: (r) => joinItems(figs(r).map(readableFigure)) },
    { header: join(path, 'metric'), cell: (r) => shared(r, 'metric') },
    { header: join(path, 'unit'), cell: (r) => shared(r, 'unit') },
    ...(['django', 'node', 'both'] as const).flatMap((side) => [
      { header: join(path, side), cell: (r: unknown) => single(r, side)?.value },
      { header: join(path, `${side}.high`), cell: (r: unknown) => single(r, side)?.high },
    ]),
  ];
}

/** A list item as one short text: a scalar as is, an object by its title, label, name or id, or its values. */
function summarise(item: unknown): string {
  if (!isObject(item)) return String(item);
  if (typeof item['source'] === 'string' && typeof item['claim'] === 'string') {
    // A conflict side: which claim, and what it says.
    const said = isObject(item['figure'])
      ? `: ${readableFigure(item['figure'] as Figure)}`
      : typeof item['favours'] === 'string'
        ? ` (favours ${item['favours']})`
        : '';
    return `${item['source']}/${item['claim']}${said}`;
  }
  const named = ['title', 'label', 'name', 'claim', 'id'].map((k) => item[k]).find((v) => typeof v === 'string');
  if (typeof named === 'string') return named;
  // A small reference such as a table row {table, row}: its values joined, "wit-decision-matrix/realtime-chat".
  const values = Object.values(item);
  return values.every((v) => typeof v !== 'object') ? values.map(String).join('/') : JSON.stringify(item);
}

/** Joins list items with "; ", or with a space when every item is a full sentence (it already ends in a stop). */
function joinItems(items: string[]): string {
  return items.every((t) => /[.!?]$/.test(t)) ? items.join(' ') : items.join('; ');
}

function walk(raw: JsonSchemaNode, path: string, get: Get, rows: readonly unknown[]): CsvColumn[] {
  const node = mergeNode(raw);
  if (isFigureNode(node)) return figureColumns(path, get);
  if (node.properties && Object.keys(node.properties).length > 0) {
    return Object.entries(node.properties).flatMap(([key, sub]) =>
      walk(sub, join(path, key), (r) => field(get(r), key), rows),
    );
  }
  if (isObject(node.additionalProperties)) {
    // A map (table cells by label): one column per key, in the order the keys first appear.
    const keys = [...new Set(rows.flatMap((r) => Object.keys(isObject(get(r)) ? (get(r) as object) : {})))];
    return keys.map((key) => ({ header: join(path, key), cell: (r) => field(get(r), key) as CsvCell }));
  }
  if (node.items) {
    if (isFigureNode(mergeNode(node.items))) return figureListColumns(path, get);
    return [{ header: path, cell: (r) => joinItems(list(get(r)).map(summarise)) }];
  }
  return [{ header: path, cell: (r) => get(r) as CsvCell }];
}

/** CSV columns for records of this JSON Schema, in schema order; nested objects become dotted headers. */
export function csvColumns(schema: JsonSchemaNode, rows: readonly unknown[]): CsvColumn[] {
  return walk(schema, '', (r) => r, rows);
}

/**
 * Splits each record into one row per item of an array field (the rate card's levels), the item taking the
 * field's place; the schema is rewritten to match. Without a field, rows and schema pass through.
 */
export function explodeRows(
  records: readonly unknown[],
  schema: JsonSchemaNode,
  fieldName?: string,
): { rows: unknown[]; schema: JsonSchemaNode } {
  if (!fieldName) return { rows: [...records], schema };
  const items = schema.properties?.[fieldName]?.items;
  if (!items) throw new Error(`Cannot split rows on "${fieldName}": the schema has no array field of that name.`);
  return {
    rows: records.flatMap((r) => list(field(r, fieldName)).map((item) => ({ ...(r as object), [fieldName]: item }))),
    schema: { ...schema, properties: { ...schema.properties, [fieldName]: items } },
  };
}

import { z } from 'zod';
import { IdSchema } from '../../schemas/index.ts';
import { mergeNode, type JsonSchemaNode } from './flatten.ts';

/** The pattern every id has, as the generated JSON Schema writes it. */
const idPattern = (z.toJSONSchema(IdSchema) as JsonSchemaNode)['pattern'];

/** One top-level field of a dataset record, for the list on /data/. */
export interface FieldInfo {
  name: string;
  /** Short readable type, e.g. "text", "one of: django, node", "list of figure". */
  type: string;
  required: boolean;
}

const isFigure = (n: JsonSchemaNode) =>
  ['side', 'subject', 'metric', 'value', 'unit'].every((k) => k in (n.properties ?? {}));

/** "≥ 0", "1–2100", "≤ 1" from minimum and maximum. */
function bounds(n: JsonSchemaNode): string {
  const min = typeof n['minimum'] === 'number' ? n['minimum'] : undefined;
  const max = typeof n['maximum'] === 'number' ? n['maximum'] : undefined;
  if (min !== undefined && max !== undefined) return ` ${min}–${max}`;
  if (min !== undefined) return ` ≥ ${min}`;
  if (max !== undefined) return ` ≤ ${max}`;
  return '';
}

/** A short readable type of a JSON Schema node. */
export function describeType(raw: JsonSchemaNode): string {
  const n = mergeNode(raw);
  if (n['const'] !== undefined) return JSON.stringify(n['const']);
  if (Array.isArray(n['enum'])) return `one of: ${n['enum'].map(String).join(', ')}`;
  if (isFigure(n)) return 'figure';
  if (n.properties) return `object (${Object.keys(n.properties).join(', ')})`;
  if (typeof n.additionalProperties === 'object') return `map of ${describeType(n.additionalProperties)}`;
  if (n.items) return `list of ${describeType(n.items)}`;
  switch (n.type) {
    case 'string':
      if (n['format'] === 'uri') return 'URL';
      if (n['pattern'] === idPattern) return 'id';
      return typeof n['pattern'] === 'string' ? `text matching ${n['pattern']}` : 'text';
    case 'integer':
      return `whole number${bounds(n)}`;
    case 'number':
      return `number${bounds(n)}`;
    case 'boolean':
      return 'true or false';
    default:
      return 'any';
  }
}

/** The top-level fields of a record schema, in order, with their types and whether every record has them. */
export function describeFields(schema: JsonSchemaNode): FieldInfo[] {
  const n = mergeNode(schema);
  const required = new Set(n.required ?? []);
  return Object.entries(n.properties ?? {}).map(([name, sub]) => ({
    name,
    type: describeType(sub),
    required: required.has(name),
  }));
}

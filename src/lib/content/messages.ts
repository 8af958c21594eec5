import { z } from 'zod';
import { plural } from '../text.ts';

/** How a YAML value reads in a message: `text "abc"`, `the number 12`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'an object';
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (field: value lines)',
};


/** Sizes in words: "at least 1 item", "at least 0", "at most 24 characters". */
function bound(issue: { origin: string; inclusive?: boolean }, limit: number | bigint, direction: 'least' | 'most'): string {
  const n = Number(limit);
  const strict = issue.inclusive === false;
  const words = direction === 'least' ? (strict ? 'more than' : 'at least') : strict ? 'less than' : 'at most';
  if (issue.origin === 'array') return `${words} ${plural(n, 'item')}`;
  if (issue.origin === 'string') return `${words} ${plural(n, 'character')}`;
  return `a number of ${words} ${n}`;
}

/**
 * Zod error map in plain words: what was expected and what was found, e.g.
 * `expected one of "django", "node"; found text "python"`. Messages set on a schema (such as the id rule)
 * take precedence over it; `friendly` then adds what was found.
 */
export const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing; expected ${typeNames[issue.expected] ?? issue.expected}`;
      if (issue.expected === 'number' && typeof issue.input === 'string' && !Number.isNaN(Number(issue.input))) {
        return `expected a number, found text ${JSON.stringify(issue.input)}; write it without quotes`;
      }
      return `expected ${typeNames[issue.expected] ?? issue.expected}, found ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(issue.input)}`;
    case 'too_small':
      return `expected ${bound(issue, issue.minimum, 'least')}; found ${describeValue(issue.input)}`;
    case 'too_big':
      return `expected ${bound(issue, issue.maximum, 'most')}; found ${describeValue(issue.input)}`;
    default:
      return undefined;
  }
};

/** A schema's own message ("a lowercase slug such as …") as a full sentence with what was found. */
export function friendly(issue: z.core.$ZodIssue): string {
  if (/^an? /.test(issue.message)) return `expected ${issue.message}; found ${describeValue(issue.input)}`;
  return issue.message;
}

/** The field names an object schema accepts, looking through optional, default and union wrappers. */
function shapeOf(schema: z.core.$ZodType): Map<string, z.core.$ZodType> | undefined {
  if (schema instanceof z.ZodObject) return new Map(Object.entries(schema.shape));
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return shapeOf(schema.unwrap());
  }
  if (schema instanceof z.ZodUnion) {
    const shapes = (schema.options as z.core.$ZodType[]).map(shapeOf);
    return new Map(shapes.flatMap((s) => [...(s ?? [])]));
  }
  return undefined;
}

function elementOf(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return elementOf(schema.unwrap());
  return schema instanceof z.ZodArray ? schema.element : undefined;
}

/**
 * Fields the schema does not know, at any depth (a typo such as "favors" or "aprox" would otherwise be dropped
 * without a word). Returns [path, known field names] pairs; records (free keys, such as table cells) are skipped.
 */
export function unknownFields(schema: z.core.$ZodType, value: unknown, path: (string | number)[] = []): [(string | number)[], string[]][] {
  const element = elementOf(schema);
  if (element && Array.isArray(value)) return value.flatMap((v, i) => unknownFields(element, v, [...path, i]));
  const shape = shapeOf(schema);
  if (!shape || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const field = shape.get(key);
    return field ? unknownFields(field, v, [...path, key]) : [[[...path, key], [...shape.keys()]]];
  });
}

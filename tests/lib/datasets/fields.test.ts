import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { describeFields, describeType } from '../../../src/lib/datasets/fields.ts';
import type { JsonSchemaNode } from '../../../src/lib/datasets/flatten.ts';
import { FigureSchema, IdSchema, RangeSchema, TextSchema } from '../../../src/schemas/index.ts';

const js = (s: z.ZodType) => z.toJSONSchema(s, { io: 'output' }) as JsonSchemaNode;

describe('describeType', () => {
  test.each<[string, z.ZodType, string]>([
    ['id', IdSchema, 'id'],
    ['text', TextSchema, 'text'],
    ['url', z.url(), 'URL'],
    ['other pattern', z.string().regex(/^\d{3}$/), 'text matching ^\\d{3}$'],
    ['enum', z.enum(['django', 'node']), 'one of: django, node'],
    ['literal', z.literal('USD'), '"USD"'],
    ['bounded integer', z.int().min(1990).max(2100), 'whole number 1990–2100'],
    ['non-negative number', z.number().nonnegative(), 'number ≥ 0'],
    ['capped number', z.number().max(1), 'number ≤ 1'],
    ['boolean with default', z.boolean().default(false), 'true or false'],
    ['range', RangeSchema, 'object (low, high)'],
    ['figure', FigureSchema, 'figure'],
    ['figure list', z.array(FigureSchema), 'list of figure'],
    ['id list', z.array(IdSchema), 'list of id'],
    ['map', z.record(z.string(), z.string()), 'map of text'],
  ])('%s', (_name, schema, expected) => {
    expect(describeType(js(schema))).toBe(expected);
  });
});

describe('describeFields', () => {
  test('top-level fields in order; defaults count as always present in output', () => {
    const schema = z.object({ id: IdSchema, note: TextSchema.optional(), tags: z.array(IdSchema).default([]) });
    expect(describeFields(js(schema))).toEqual([
      { name: 'id', type: 'id', required: true },
      { name: 'note', type: 'text', required: false },
      { name: 'tags', type: 'list of id', required: true },
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { csvColumns, explodeRows, mergeNode, type JsonSchemaNode } from '../../../src/lib/datasets/flatten.ts';
import { FigureSchema, RangeSchema } from '../../../src/schemas/index.ts';

const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'output' }) as JsonSchemaNode;
/** Header row and data rows of records under a schema. */
function table(schema: z.ZodType, records: unknown[]) {
  const columns = csvColumns(jsonSchema(schema), records);
  return [columns.map((c) => c.header), ...records.map((r) => columns.map((c) => c.cell(r)))];
}

const fig = (side: string, value: number, extra: object = {}) => ({
  side,
  subject: side === 'node' ? 'Fastify' : 'Django',
  metric: 'rps',
  value,
  unit: 'req/s',
  approx: false,
  atLeast: false,
  atMost: false,
  ...extra,
});

describe('csvColumns', () => {
  test.each<[string, z.ZodType, unknown[], unknown[][]]>([
    [
      'scalars in schema order, optional ones empty',
      z.object({ id: z.string(), n: z.number().optional(), ok: z.boolean() }),
      [{ id: 'a', ok: true }],
      [
        ['id', 'n', 'ok'],
        ['a', undefined, true],
      ],
    ],
    [
      'nested objects get dotted headers',
      z.object({ cost: RangeSchema }),
      [{ cost: { low: 1, high: 2 } }],
      [
        ['cost.low', 'cost.high'],
        [1, 2],
      ],
    ],
    [
      'lists of ids join with "; "',
      z.object({ topics: z.array(z.string()) }),
      [{ topics: ['a', 'b'] }, { topics: [] }],
      [['topics'], ['a; b'], ['']],
    ],
    [
      'lists of sentences join with a space',
      z.object({ reasons: z.array(z.string()) }),
      [{ reasons: ['One.', 'Two.'] }],
      [['reasons'], ['One. Two.']],
    ],
    [
      'objects in a list read by their title',
      z.object({ sections: z.array(z.object({ id: z.string(), title: z.string() })) }),
      [
        {
          sections: [
            { id: 'a', title: 'Alpha' },
            { id: 'b', title: 'Beta' },
          ],
        },
      ],
      [['sections'], ['Alpha; Beta']],
    ],
    [
      'small references join their values',
      z.object({ rows: z.array(z.object({ table: z.string(), row: z.string() })) }),
      [{ rows: [{ table: 't', row: 'r' }] }],
      [['rows'], ['t/r']],
    ],
    [
      'maps get one column per key, first-seen order',
      z.object({ cells: z.record(z.string(), z.string()) }),
      [{ cells: { A: '1', B: '2' } }, { cells: { C: '3', A: '4' } }],
      [
        ['cells.A', 'cells.B', 'cells.C'],
        ['1', '2', undefined],
        ['4', undefined, '3'],
      ],
    ],
    [
      'unions merge their branches',
      z.object({
        basis: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('one') }),
          z.object({ kind: z.literal('team'), size: z.number() }),
        ]),
      }),
      [{ basis: { kind: 'one' } }, { basis: { kind: 'team', size: 4 } }],
      [
        ['basis.kind', 'basis.size'],
        ['one', undefined],
        ['team', 4],
      ],
    ],
  ])('%s', (_name, schema, records, expected) => {
    expect(table(schema, records)).toEqual(expected);
  });

  test('a single figure: readable text, then number, upper end, unit, metric, side', () => {
    expect(
      table(z.object({ scale: FigureSchema.optional() }), [
        { scale: fig('node', 1000, { atLeast: true, qualifier: 'daily' }) },
        {},
      ]),
    ).toEqual([
      ['scale', 'scale.value', 'scale.high', 'scale.unit', 'scale.metric', 'scale.side'],
      ['Fastify: 1,000+ req/s [daily]', 1000, undefined, 'req/s', 'rps', 'node'],
      [undefined, undefined, undefined, undefined, undefined, undefined],
    ]);
  });

  test('a figure list: readable text, shared metric and unit, and one number per side where the side has one figure', () => {
    const header = [
      'figures',
      'figures.metric',
      'figures.unit',
      'figures.django',
      'figures.django.high',
      'figures.node',
      'figures.node.high',
      'figures.both',
      'figures.both.high',
    ];
    const schema = z.object({ figures: z.array(FigureSchema) });
    expect(
      table(schema, [{ figures: [fig('django', 45000, { approx: true }), fig('node', 100, { high: 120 })] }]),
    ).toEqual([
      header,
      [
        'Django: ~45,000 req/s; Fastify: 100–120 req/s',
        'rps',
        'req/s',
        45000,
        undefined,
        100,
        120,
        undefined,
        undefined,
      ],
    ]);
    // Two node figures: no single number for node; mixed metrics: no numbers at all.
    expect(table(schema, [{ figures: [fig('node', 1), fig('node', 2)] }])[1]?.slice(1, 7)).toEqual([
      'rps',
      'req/s',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(
      table(schema, [{ figures: [fig('node', 1), { ...fig('django', 2), metric: 'ms' }] }])[1]?.slice(1, 6),
    ).toEqual([undefined, 'req/s', undefined, undefined, undefined]);
    expect(table(schema, [{ figures: [] }])[1]).toEqual([
      '',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('conflict sides read as source/claim with their figure or verdict', () => {
    const side = z.object({
      source: z.string(),
      claim: z.string(),
      favours: z.string().optional(),
      figure: FigureSchema.optional(),
    });
    const records = [
      {
        sides: [
          { source: 's1', claim: 'c1', figure: fig('node', 5) },
          { source: 's2', claim: 'c2', favours: 'django' },
        ],
      },
    ];
    expect(table(z.object({ sides: z.array(side) }), records)).toEqual([
      ['sides'],
      ['s1/c1: Fastify: 5 req/s; s2/c2 (favours django)'],
    ]);
  });
});

describe('explodeRows', () => {
  const schema = jsonSchema(
    z.object({ id: z.string(), levels: z.array(z.object({ id: z.string(), rate: z.number() })) }),
  );
  const records = [
    {
      id: 'card',
      levels: [
        { id: 'junior', rate: 12 },
        { id: 'mid', rate: 20 },
      ],
    },
  ];

  test('one row per item, the item in the field’s place', () => {
    const { rows, schema: rowSchema } = explodeRows(records, schema, 'levels');
    const columns = csvColumns(rowSchema, rows);
    expect(columns.map((c) => c.header)).toEqual(['id', 'levels.id', 'levels.rate']);
    expect(rows.map((r) => columns.map((c) => c.cell(r)))).toEqual([
      ['card', 'junior', 12],
      ['card', 'mid', 20],
    ]);
  });

  test('without a field, rows and schema pass through', () => {
    expect(explodeRows(records, schema)).toEqual({ rows: records, schema });
  });

  test('an unknown field fails with its name', () => {
    expect(() => explodeRows(records, schema, 'steps')).toThrow('Cannot split rows on "steps"');
  });
});

describe('mergeNode', () => {
  test('allOf branches become one object', () => {
    const node: JsonSchemaNode = {
      allOf: [
        { type: 'object', properties: { a: { type: 'string' } } },
        { type: 'object', properties: { b: { type: 'number' } } },
      ],
    };
    expect(Object.keys(mergeNode(node).properties ?? {})).toEqual(['a', 'b']);
  });
});

import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { describeValue, unknownFields } from '../../src/lib/content/messages.ts';

describe('describeValue', () => {
  test.each([
    [undefined, 'nothing'],
    [null, 'an empty value'],
    ['abc', 'text "abc"'],
    ['x'.repeat(50), `text "${'x'.repeat(40)}…"`],
    [12, 'the number 12'],
    [true, 'true'],
    [[], 'an empty list'],
    [[1], 'a list'],
    [{ a: 1 }, 'an object'],
  ])('%j reads as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe('unknownFields', () => {
  const schema = z.object({
    id: z.string(),
    figures: z.array(z.object({ value: z.number(), approx: z.boolean().default(false) })).default([]),
    cost: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('a'), x: z.number() }),
        z.object({ kind: z.literal('b'), y: z.number() }),
      ])
      .optional(),
    cells: z.record(z.string(), z.string()),
  });
  test.each([
    ['known fields only', { id: 'a', figures: [{ value: 1, approx: true }], cells: { anything: 'x' } }, []],
    ['a typo at the top', { id: 'a', favors: 'x' }, [[['favors'], ['id', 'figures', 'cost', 'cells']]]],
    [
      'a typo in a list item',
      { id: 'a', figures: [{ value: 1 }, { value: 2, aprox: true }] },
      [
        [
          ['figures', 1, 'aprox'],
          ['value', 'approx'],
        ],
      ],
    ],
    ['union fields are all known', { id: 'a', cost: { kind: 'a', y: 1 } }, []],
    ['a non-object is left to the schema', 'text', []],
  ])('%s', (_name, value, expected) => {
    expect(unknownFields(schema, value)).toEqual(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { topicConflicts, topicDimensions, topicTables } from '../../src/lib/topic-guide.ts';
import type { ComparisonTable, Dimension, Favours } from '../../src/schemas/index.ts';

const dim = (id: string, order: number): Dimension => ({ id, title: id, topic: 't', order });
const dimensions = [dim('speed', 2), dim('cost', 1), dim('other', 3)];
const claim = (id: string, source: string, dimension: string, favours: Favours, topics = ['t']) => ({
  id,
  source,
  dimension,
  favours,
  topics,
});

describe('topicDimensions', () => {
  const claims = [
    claim('a1', 'a', 'speed', 'node'),
    claim('b1', 'b', 'speed', 'node'),
    claim('a2', 'a', 'cost', 'django'),
    claim('z1', 'z', 'cost', 'tie'),
    claim('a3', 'a', 'other', 'django', ['elsewhere']),
    claim('b2', 'b', 'speed', 'tie'),
  ];

  test.each<[string, string, [string, [string, string[]][], string[]][]]>([
    [
      'dimension order, source order, unknown sources last, other topics left out',
      't',
      [
        [
          'cost',
          [
            ['a', ['a2']],
            ['z', ['z1']],
          ],
          ['b'],
        ],
        [
          'speed',
          [
            ['a', ['a1']],
            ['b', ['b1', 'b2']],
          ],
          [],
        ],
      ],
    ],
    ['a topic with one claim', 'elsewhere', [['other', [['a', ['a3']]], ['b']]]],
    ['a topic with none', 'nothing', []],
  ])('%s', (_name, topic, expected) => {
    const blocks = topicDimensions(topic, claims, dimensions, ['a', 'b']);
    expect(
      blocks.map((b) => [b.dimension.id, b.bySource.map((g) => [g.source, g.claims.map((c) => c.id)]), b.silent]),
    ).toEqual(expected);
  });
});

const table = (id: string, cited: string[][]): ComparisonTable => ({
  id,
  source: 's',
  locator: 'l',
  title: id,
  summary: id,
  columns: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  rows: cited.map((claims, i) => ({ id: `r${i}`, cells: { a: 'x', b: 'y' }, claims })),
});

describe('topicTables', () => {
  const claims = [
    { id: 'c1', topics: ['cost'] },
    { id: 'c2', topics: ['cost', 'speed'] },
    { id: 'c3', topics: ['speed'] },
  ];
  const tables = [
    table('all-cost', [['c1'], ['c2']]),
    table('mixed', [['c1'], ['c3']]),
    table('uncited', [[], []]),
    table('dangling', [['nope']]),
  ];
  test.each([
    ['cost', ['all-cost']],
    ['speed', []],
    ['none', []],
  ])('%s -> %j', (topic, ids) => {
    expect(topicTables(topic, tables, claims).map((t) => t.id)).toEqual(ids);
  });
});

describe('topicConflicts', () => {
  const conflicts = [
    { id: 'x', topic: 'perf', topics: ['perf', 'cost'] },
    { id: 'y', topic: 'cost', topics: ['cost'] },
    { id: 'z', topic: 'sec', topics: ['sec', 'perf'] },
  ];
  test.each([
    ['perf', ['x'], ['z']],
    ['cost', ['y'], ['x']],
    ['sec', ['z'], []],
    ['none', [], []],
  ])('%s', (topic, primary, related) => {
    const split = topicConflicts(topic, conflicts);
    expect([split.primary.map((c) => c.id), split.related.map((c) => c.id)]).toEqual([primary, related]);
  });
});

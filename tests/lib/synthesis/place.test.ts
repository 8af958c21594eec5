import { expect, test } from 'vitest';
import { placeCandidate } from '../../../src/lib/synthesis/place.ts';
import { divide } from '../../../src/lib/synthesis/ratio-candidates.ts';
import { figure } from '../fixtures/kb.ts';

const input = {
  dimensions: [
    { id: 'perf', topic: 'speed', order: 1 },
    { id: 'team', topic: 'people', order: 2 },
  ],
  topics: [
    { id: 'speed', order: 1 },
    { id: 'people', order: 2 },
    { id: 'cost', order: 3 },
  ],
};

test.each([
  [
    'the dimension most claims speak to',
    [
      ['team', ['cost']],
      ['team', ['people']],
      ['perf', ['speed']],
    ],
    undefined,
    'team',
    ['people', 'speed', 'cost'],
  ],
  [
    'a tie goes to the earlier dimension',
    [
      ['team', ['people']],
      ['perf', ['cost']],
    ],
    undefined,
    'perf',
    ['speed', 'people', 'cost'],
  ],
  ['a given dimension wins, its topic first', [['perf', ['cost']]], 'team', 'team', ['people', 'cost']],
] as const)('%s', (_name, claims, given, dimension, topics) => {
  const list = claims.map(([d, t]) => ({ dimension: d, topics: [...t] }));
  expect(placeCandidate(list, input, given)).toEqual({ dimension, topics });
});

test.each([
  [figure('node', 120), figure('django', 45), { low: 120 / 45, high: 120 / 45 }],
  [figure('node', 2, { high: 4 }), figure('django', 1, { high: 2 }), { low: 1, high: 4 }],
  [figure('node', 10), figure('django', 0), undefined],
])('divide(%j, %j)', (node, django, expected) => {
  expect(divide(node, django)).toEqual(expected);
});

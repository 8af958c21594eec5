import { describe, expect, test } from 'vitest';
import { candidates, smallestFlips } from '../../../src/lib/decision/flip.ts';
import { tiny } from './fixture.ts';

const question = (id: string) => {
  const q = tiny.questions.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q;
};

describe('candidates', () => {
  test.each([
    ['team', 'mixed', ['py', 'js']],
    ['ml', 'no', ['core']],
    // For numbers: the nearest value inside each rule's range, never the current value.
    ['load', 10, [41]],
    ['load', 70, [40]],
  ] as const)('%s = %j tries %j', (id, current, expected) => {
    expect(candidates(tiny, question(id), current)).toEqual(expected);
  });
});

describe('smallestFlips', () => {
  test('lists single changes, gentlest first', () => {
    // Defaults: Django 1, Node.js 0 → django.
    expect(smallestFlips(tiny, {})).toEqual([
      { changes: [{ question: 'team', from: 'mixed', to: 'js' }], verdict: 'node', shift: 3 },
      { changes: [{ question: 'load', from: 10, to: 41 }], verdict: 'node', shift: 5 },
    ]);
  });

  test('falls back to pairs when no single change flips', () => {
    // ML at the core made overwhelming: no single change moves the verdict, two together do.
    const overrides = { 'ml-core': { django: 40, node: 0 } };
    expect(smallestFlips(tiny, { ml: 'core', team: 'py' }, overrides)).toEqual([
      {
        changes: [
          { question: 'load', from: 10, to: 41 },
          { question: 'ml', from: 'core', to: 'no' },
        ],
        verdict: 'either',
        shift: 45,
      },
      {
        changes: [
          { question: 'team', from: 'py', to: 'js' },
          { question: 'ml', from: 'core', to: 'no' },
        ],
        verdict: 'node',
        shift: 46,
      },
    ]);
  });

  test('returns an empty list when nothing within two changes flips it', () => {
    const overrides = { 'load-low': { django: 50, node: 0 }, 'load-high': { django: 50, node: 0 } };
    expect(smallestFlips(tiny, {}, overrides)).toEqual([]);
  });

  test('returns at most the limit', () => {
    expect(smallestFlips(tiny, {}, {}, undefined, 1)).toHaveLength(1);
  });
});

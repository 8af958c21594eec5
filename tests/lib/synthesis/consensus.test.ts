import { describe, expect, test } from 'vitest';
import type { Position } from '../../../src/schemas/index.ts';
import { consensusOf } from '../../../src/lib/synthesis/consensus.ts';
import { consensusLabel, positionLabel } from '../../../src/lib/synthesis/labels.ts';
import type { SourcePosition } from '../../../src/lib/synthesis/types.ts';

const at = (...held: Position[]): SourcePosition[] =>
  held.map((position, i) => ({ source: `s${i}`, dimension: 'd', position, claims: [`c${i}`] }));

describe('consensusOf', () => {
  test.each<[Position[], string, Position | undefined, string]>([
    [[], 'none', undefined, 'No source covers it'],
    [['depends'], 'single', 'depends', 'One source only: it depends'],
    [['both', 'both', 'both'], 'agree', 'both', 'All 3 sources: both fit'],
    [['django', 'django', 'both'], 'majority', 'django', '2 of 3 sources: Django'],
    [['django', 'django', 'mixed'], 'majority', 'django', '2 of 3 sources: Django'],
    // opposite positions are always a split, even under a two-thirds majority
    [['node', 'node', 'node', 'django'], 'split', undefined, 'Split: Django 1, Node.js 3'],
    [['django', 'both'], 'split', undefined, 'Split: Django 1, both fit 1'],
    [['django', 'both', 'depends'], 'split', undefined, 'Split: Django 1, both fit 1, it depends 1'],
    [['node', 'mixed'], 'split', undefined, 'Split: Node.js 1, mixed 1'],
  ])('%j -> %s %s', (held, kind, position, label) => {
    const c = consensusOf('d', at(...held));
    expect(c.kind).toBe(kind);
    expect(c.position).toBe(position);
    expect(c.label).toBe(label);
    expect(consensusLabel(c)).toBe(label);
  });

  test('reads only the positions of its own dimension', () => {
    const other: SourcePosition = { source: 'x', dimension: 'e', position: 'node', claims: [] };
    expect(consensusOf('d', [...at('django'), other]).kind).toBe('single');
  });
});

test.each<[Position, string]>([
  ['django', 'Django'],
  ['node', 'Node.js'],
  ['both', 'both fit'],
  ['depends', 'it depends'],
  ['mixed', 'mixed'],
])('positionLabel(%s) is "%s"', (p, label) => {
  expect(positionLabel(p)).toBe(label);
});

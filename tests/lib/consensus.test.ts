import { describe, expect, test } from 'vitest';
import { buildMatrix, consensusLabel, consensusOf, leanOf, type Consensus, type Lean } from '../../src/lib/consensus.ts';
import type { Favours } from '../../src/schemas/index.ts';

describe('leanOf', () => {
  test.each<[Favours[], Lean | undefined]>([
    [[], undefined],
    [['django'], 'django'],
    [['node', 'node', 'tie'], 'node'],
    [['django', 'django', 'django', 'node'], 'django'],
    [['django', 'node'], 'mixed'],
    [['django', 'node', 'tie', 'depends'], 'mixed'],
    [['tie', 'tie'], 'tie'],
    [['tie', 'depends'], 'depends'],
    [['depends'], 'depends'],
    [['none'], undefined],
    [['none', 'tie'], 'tie'],
    [['none', 'node', 'none'], 'node'],
  ])('%j -> %s', (verdicts, expected) => {
    expect(leanOf(verdicts)).toBe(expected);
  });
});

describe('consensusOf', () => {
  test.each<[Lean[], Consensus]>([
    [[], { kind: 'none', sources: 0, agreeing: 0, opposed: false }],
    [['node'], { kind: 'single-source', favours: 'node', sources: 1, agreeing: 1, opposed: false }],
    [['mixed'], { kind: 'single-source', sources: 1, agreeing: 0, opposed: false }],
    [['django', 'django', 'django'], { kind: 'all-agree', favours: 'django', sources: 3, agreeing: 3, opposed: false }],
    [['node', 'node', 'tie'], { kind: 'majority', favours: 'node', sources: 3, agreeing: 2, opposed: false }],
    [['node', 'node', 'django'], { kind: 'majority', favours: 'node', sources: 3, agreeing: 2, opposed: true }],
    [['node', 'node', 'mixed'], { kind: 'majority', favours: 'node', sources: 3, agreeing: 2, opposed: false }],
    [['node', 'node', 'django', 'django'], { kind: 'split', sources: 4, agreeing: 0, opposed: true }],
    [['node', 'django'], { kind: 'split', sources: 2, agreeing: 0, opposed: true }],
    [['tie', 'depends', 'mixed'], { kind: 'split', sources: 3, agreeing: 0, opposed: false }],
    [['mixed', 'mixed'], { kind: 'split', sources: 2, agreeing: 0, opposed: false }],
  ])('%j', (leans, expected) => {
    expect(consensusOf(leans)).toEqual(expected);
  });
});

describe('consensusLabel', () => {
  test.each<[Consensus, string]>([
    [{ kind: 'none', sources: 0, agreeing: 0, opposed: false }, 'Not covered'],
    [{ kind: 'single-source', favours: 'tie', sources: 1, agreeing: 1, opposed: false }, 'One source only'],
    [{ kind: 'all-agree', favours: 'node', sources: 4, agreeing: 4, opposed: false }, 'All 4 sources agree'],
    [{ kind: 'majority', favours: 'django', sources: 5, agreeing: 3, opposed: true }, '3 of 5 sources agree'],
    [{ kind: 'split', sources: 2, agreeing: 0, opposed: true }, 'Split across 2 sources'],
  ])('%j -> %s', (c, expected) => {
    expect(consensusLabel(c)).toBe(expected);
  });
});

describe('buildMatrix', () => {
  const claims = [
    { id: 'a1', source: 'a', dimension: 'speed', favours: 'node' as const },
    { id: 'b1', source: 'b', dimension: 'speed', favours: 'node' as const },
    { id: 'b2', source: 'b', dimension: 'speed', favours: 'tie' as const },
    { id: 'a2', source: 'a', dimension: 'safety', favours: 'django' as const },
  ];

  test('rows follow the dimensions, cells the sources, with leans and consensus', () => {
    const rows = buildMatrix(['speed', 'safety', 'cost'], ['a', 'b'], claims);
    expect(rows.map((r) => [r.dimension, r.cells.map((c) => [c.source, c.claims.map((x) => x.id), c.lean ?? null]), r.consensus.kind])).toEqual([
      ['speed', [['a', ['a1'], 'node'], ['b', ['b1', 'b2'], 'node']], 'all-agree'],
      ['safety', [['a', ['a2'], 'django'], ['b', [], null]], 'single-source'],
      ['cost', [['a', [], null], ['b', [], null]], 'none'],
    ]);
  });
});

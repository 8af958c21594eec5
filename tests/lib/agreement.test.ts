import { describe, expect, test } from 'vitest';
import { agreementLabel, agreementOf, type Agreement } from '../../src/lib/agreement.ts';
import type { Consensus, Lean } from '../../src/lib/consensus.ts';
import type { Favours } from '../../src/schemas/index.ts';

const c = (source: string, favours: Favours) => ({ source, favours });

describe('agreementOf', () => {
  test.each<[string, { source: string; favours: Favours }[], string, Agreement['tone']]>([
    ['no claims', [], 'Not covered', 'none'],
    ['one source', [c('a', 'node'), c('a', 'tie')], 'One source only: Node.js', 'single-source'],
    ['one source arguing both ways', [c('a', 'node'), c('a', 'django')], 'One source only: both ways', 'single-source'],
    ['all agree', [c('a', 'django'), c('b', 'django'), c('c', 'django')], 'All 3 sources agree: Django', 'all-agree'],
    ['all call it a tie', [c('a', 'tie'), c('b', 'tie')], 'All 2 sources agree: a tie', 'all-agree'],
    [
      'a majority with a tie',
      [c('a', 'node'), c('b', 'tie'), c('c', 'node')],
      '2 of 3 sources agree: Node.js',
      'majority',
    ],
    [
      'a majority against the other side is opposed',
      [c('a', 'node'), c('b', 'django'), c('c', 'node')],
      '2 of 3 sources agree: Node.js',
      'opposed',
    ],
    ['one against one', [c('a', 'django'), c('b', 'node')], 'Split: Django 1, Node.js 1', 'opposed'],
    ['no majority, no opposition', [c('a', 'tie'), c('b', 'depends')], 'Split: a tie 1, it depends 1', 'split'],
    [
      'a source’s own majority counts',
      [c('a', 'node'), c('a', 'node'), c('a', 'django'), c('b', 'node')],
      'All 2 sources agree: Node.js',
      'all-agree',
    ],
  ])('%s', (_name, claims, label, tone) => {
    const a = agreementOf(claims);
    expect(a.label).toBe(label);
    expect(a.tone).toBe(tone);
  });

  test('counts each source’s verdicts and keeps first-appearance order', () => {
    const a = agreementOf([c('b', 'node'), c('a', 'tie'), c('b', 'node'), c('b', 'depends')]);
    expect(a.sources).toEqual([
      { source: 'b', lean: 'node', counts: { django: 0, node: 2, tie: 0, depends: 1, none: 0 } },
      { source: 'a', lean: 'tie', counts: { django: 0, node: 0, tie: 1, depends: 0, none: 0 } },
    ]);
  });
});

describe('agreementLabel', () => {
  test.each<[Consensus, Lean[], string]>([
    [{ kind: 'none', sources: 0, agreeing: 0, opposed: false }, [], 'Not covered'],
    [
      { kind: 'single-source', favours: 'depends', sources: 1, agreeing: 1, opposed: false },
      ['depends'],
      'One source only: it depends',
    ],
    [
      { kind: 'majority', favours: 'django', sources: 5, agreeing: 3, opposed: true },
      [],
      '3 of 5 sources agree: Django',
    ],
    [
      { kind: 'split', sources: 4, agreeing: 0, opposed: true },
      ['node', 'django', 'mixed', 'django'],
      'Split: Django 2, Node.js 1, both ways 1',
    ],
  ])('%j', (consensus, leans, label) => {
    expect(agreementLabel(consensus, leans)).toBe(label);
  });
});

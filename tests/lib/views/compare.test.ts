import { expect, test } from 'vitest';
import { compareView } from '../../../src/lib/views/compare.ts';
import { claim, contextOf, figure, kbOf } from '../fixtures/kb.ts';

const long = 'A claim long enough that its screen-reader label has to be cut short somewhere around here.';
const kb = kbOf({
  claims: [
    claim('a1', 'alpha', 'django', { figures: [figure('node', 100)] }),
    claim('a2', 'alpha', 'node', { text: long }),
    claim('a3', 'alpha', 'django'),
    claim('b1', 'beta', 'node', { figures: [figure('node', 1000)] }),
  ],
  reviews: [
    { candidate: 'position-perf', status: 'disagreement', note: 'Opposite picks.' },
    { candidate: 'figure-rps-setups', status: 'not-comparable', note: 'Different runs.' },
  ],
});
const view = compareView(contextOf(kb));

test('one row per dimension in order; a source without claims there is not covered', () => {
  expect(view.rows.map((r) => [r.id, r.disputed, r.cells.map((c) => c !== null)])).toEqual([
    ['perf', true, [true, true]],
    ['team', false, [false, false]],
  ]);
  expect(view.rows[0]?.topic).toEqual({ href: '/kb/topics/speed/', text: 'Speed' });
  expect(view.columns[0]).toEqual({
    href: '/kb/sources/alpha/',
    short: 'Alpha',
    title: 'The alpha article',
    newest: 2026,
  });
});

test('a cell is the source’s one position, its claims grouped by verdict with numbers running across the groups', () => {
  expect(view.rows[0]?.cells[0]).toMatchObject({ source: 'alpha', position: 'django', label: 'Django', stated: false });
  expect(view.rows[0]?.cells[1]).toMatchObject({ source: 'beta', position: 'node', label: 'Node.js' });
  expect(view.rows[0]?.cells[0]?.claims).toEqual([
    {
      favours: 'django',
      claims: [
        { href: '/kb/sources/alpha/#a1', n: 1, label: expect.stringContaining('Claim a1') as string },
        { href: '/kb/sources/alpha/#a3', n: 2, label: expect.stringContaining('Claim a3') as string },
      ],
    },
    {
      favours: 'node',
      claims: [
        {
          href: '/kb/sources/alpha/#a2',
          n: 3,
          label: 'A claim long enough that its screen-reader label has to be cut…',
        },
      ],
    },
  ]);
});

test('a split row has no consensus chip; it links only the candidates reviewed as disagreements', () => {
  expect(view.rows[0]?.consensus).toEqual({
    kind: 'split',
    split: true,
    label: 'Split: Django 1, Node.js 1',
    disputes: [{ href: '/kb/topics/speed/#position-perf', text: 'Opposite positions' }],
  });
  expect(view.rows[1]?.consensus).toEqual({ kind: 'none', split: false, label: 'No source covers it', disputes: [] });
});

test('counts rows by consensus and by disagreement', () => {
  expect(view.counts).toEqual({ none: 1, single: 0, agree: 0, majority: 0, split: 1 });
  expect(view.disputed).toBe(1);
  expect([view.dimensionCount, view.sourceCount]).toEqual([2, 2]);
});

import { expect, test } from 'vitest';
import { compareView } from '../../../src/lib/views/compare.ts';
import { claim, contextOf, figure, kbOf } from '../fixtures/kb.ts';

const kb = kbOf({
  claims: [
    claim('a1', 'alpha', 'django', { figures: [figure('node', 100)] }),
    claim('a2', 'alpha', 'django'),
    claim('a3', 'alpha', 'node'),
    claim('b1', 'beta', 'node', { figures: [figure('node', 1000)] }),
    claim('b2', 'beta', 'none'),
    claim('b3', 'beta', 'none', { dimension: 'team' }),
  ],
  verdicts: [
    { id: 'beta-perf', source: 'beta', dimension: 'perf', position: 'node', claim: 'b1', summary: 'Node.js wins.' },
  ],
  reviews: [
    { candidate: 'position-perf', status: 'disagreement', reason: 'judgement', note: 'Opposite picks.' },
    { candidate: 'figure-rps-setups', status: 'not-comparable', reason: 'setup', note: 'Different runs.' },
  ],
});
const view = compareView(contextOf(kb));

test('one row per dimension in order, its consensus from the synthesis; a source that is silent has no cell', () => {
  expect(view.rows.map((r) => [r.id, r.consensus.kind, r.cells.map((c) => c?.position ?? null)])).toEqual([
    ['perf', 'split', ['django', 'node']],
    ['team', 'none', [null, null]],
  ]);
  expect(view.rows[0]?.topic).toEqual({ href: '/kb/topics/speed/', text: 'Speed' });
  expect(view.rows[0]?.consensus).toEqual({ kind: 'split', label: 'Split: Django 1, Node.js 1' });
});

test("a cell is the source's one position, its claim count, its stated verdict and the claim sentences", () => {
  expect(view.rows[0]?.cells[0]).toEqual({
    position: 'django',
    label: 'Django',
    count: '3 claims',
    claims: ['a1', 'a2', 'a3'].map((id) => ({
      href: `/kb/sources/alpha/#${id}`,
      text: `Claim ${id} says something about the stacks in our words.`,
    })),
  });
  expect(view.rows[0]?.cells[1]).toMatchObject({ position: 'node', count: '1 claim', stated: 'Node.js wins.' });
});

test('a position lists only the claims it rests on; a source with only plain facts there lists those, unplaced', () => {
  expect(view.rows[0]?.cells[1]?.claims.map((c) => c.href)).toEqual(['/kb/sources/beta/#b1']);
  expect(view.rows[1]?.cells[1]).toEqual({
    label: '',
    count: '1 claim',
    claims: [{ href: '/kb/sources/beta/#b3', text: 'Claim b3 says something about the stacks in our words.' }],
  });
});

test('a row links only its reviewed disagreements, opposite positions first; not-comparable figures stay off', () => {
  expect(view.rows[0]?.disputes).toEqual([{ href: '/kb/topics/speed/#position-perf', text: 'Opposite positions' }]);
  expect(view.rows[1]?.disputes).toEqual([]);
});

test('counts rows by consensus and by disagreement, and links the decision calculator', () => {
  expect(view.counts).toEqual({ none: 1, single: 0, agree: 0, majority: 0, split: 1 });
  expect([view.disputed, view.dimensionCount, view.sourceCount]).toEqual([1, 2, 2]);
  expect(view.decisionHref).toBe('/kb/calculators/decision/');
});

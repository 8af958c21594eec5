import { expect, test } from 'vitest';
import { answerEvidence } from '../../src/lib/content/integrity-answers.ts';
import { claim, guidance } from './fixtures/kb.ts';

const kb = {
  guidance: [guidance('g-node', 'alpha', { recommends: 'node' })],
  claims: [claim('c1', 'alpha', 'node')],
};
const line = (extra: object) => ({
  id: 'ans',
  side: 'node' as const,
  when: 'x',
  guidance: ['g-node'],
  claims: [],
  ...extra,
});

test('a line citing guidance of its own side and existing claims passes', () => {
  expect(answerEvidence({ ...kb, answers: [line({ claims: ['c1'] })] })).toEqual([]);
});

test('a line citing missing records or guidance for the other side names each problem', () => {
  expect(answerEvidence({ ...kb, answers: [line({ side: 'django', guidance: ['g-node', 'g-gone'], claims: ['c9'] })] }))
    .toMatchInlineSnapshot(`
      [
        "ans: guidance "g-node" recommends node, but the line says django; cite guidance for django",
        "ans: guidance "g-gone" does not exist",
        "ans: claim "c9" does not exist",
      ]
    `);
});

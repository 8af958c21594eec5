import { expect, test } from 'vitest';
import { joinReviews } from '../../../src/lib/synthesis/reviews.ts';
import type { Candidate } from '../../../src/lib/synthesis/types.ts';

const candidate = (id: string, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  basis: 'figure',
  title: id,
  dimension: 'perf',
  topics: ['speed'],
  sides: [],
  ...extra,
});

test('a reviewed candidate carries its status, reason and note', () => {
  const { candidates, problems } = joinReviews(
    [candidate('assertion-pay')],
    [{ candidate: 'assertion-pay', status: 'disagreement', reason: 'scope', note: 'Different markets.' }],
  );
  expect(problems).toEqual([]);
  expect(candidates[0]).toMatchObject({
    id: 'assertion-pay',
    status: 'disagreement',
    reason: 'scope',
    note: 'Different markets.',
  });
});

test('unclassified candidates, stale and duplicate reviews, and a forbidden status are problems naming the candidate', () => {
  const { candidates, problems } = joinReviews(
    [
      candidate('position-perf'),
      candidate('figure-rps-setups', { onlyNotComparable: 'the setups differ' }),
      candidate('ratio-rps'),
    ],
    [
      { candidate: 'figure-rps-setups', status: 'disagreement', note: 'x' },
      { candidate: 'ratio-rps', status: 'consistent', note: 'x' },
      { candidate: 'ratio-rps', status: 'consistent', note: 'x' },
      { candidate: 'figure-gone', status: 'consistent', note: 'x' },
    ],
  );
  expect(candidates.map((c) => c.id)).toEqual(['ratio-rps']);
  expect(problems).toMatchInlineSnapshot(`
    [
      "ratio-rps: reviewed twice in content/reviews/candidates.yaml; keep one review",
      "figure-gone: reviewed in content/reviews/candidates.yaml, but no such candidate is computed any more; remove the review",
      "position-perf: a computed candidate nobody classified; add { candidate: position-perf, status: disagreement | not-comparable | consistent, note: … } to content/reviews/candidates.yaml",
      "figure-rps-setups: reviewed as disagreement, but the setups differ; it can only be not-comparable",
    ]
  `);
});

import type { Review } from '../../schemas/index.ts';
import type { Candidate, ReviewedCandidate } from './types.ts';

const FILE = 'content/reviews/candidates.yaml';

/**
 * Joins each computed candidate with its review. A candidate nobody classified, a review whose candidate is no longer
 * computed, a second review of one candidate, and a review calling a not-comparable-only candidate anything else are
 * problems (each message starts with the candidate id); such candidates are left out of the result, so the site
 * never shows a classification that was not made for a computed candidate. Pure.
 */
export function joinReviews(
  candidates: readonly Candidate[],
  reviews: readonly Review[],
): { candidates: ReviewedCandidate[]; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map<string, Review>();
  for (const r of reviews) {
    if (byId.has(r.candidate)) problems.push(`${r.candidate}: reviewed twice in ${FILE}; keep one review`);
    byId.set(r.candidate, r);
  }
  const computed = new Set(candidates.map((c) => c.id));
  for (const r of reviews) {
    if (!computed.has(r.candidate)) {
      problems.push(
        `${r.candidate}: reviewed in ${FILE}, but no such candidate is computed any more; remove the review`,
      );
    }
  }
  const joined = candidates.flatMap((c): ReviewedCandidate[] => {
    const review = byId.get(c.id);
    if (!review) {
      problems.push(
        `${c.id}: a computed candidate nobody classified; add { candidate: ${c.id}, status: disagreement | not-comparable | consistent, note: … } to ${FILE}`,
      );
      return [];
    }
    if (c.onlyNotComparable && review.status !== 'not-comparable') {
      problems.push(`${c.id}: reviewed as ${review.status}, but ${c.onlyNotComparable}; it can only be not-comparable`);
      return [];
    }
    return [{ ...c, status: review.status, ...(review.reason ? { reason: review.reason } : {}), note: review.note }];
  });
  return { candidates: joined, problems };
}

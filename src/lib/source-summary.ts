import type { Favours, SourceKindSchema } from '../schemas/index.ts';
import type { z } from 'zod';

/** Display name of each kind of publisher. */
export const sourceKindLabel: Record<z.output<typeof SourceKindSchema>, string> = {
  'staffing-firm': 'Developer-staffing firm',
  'independent-guide': 'Independent guide',
  'developer-opinion': 'Freelance developer’s opinion piece',
  'hosting-blog': 'Hosting-provider blog',
  'outsourcing-firm': 'Software-outsourcing firm',
};

/** How a source's overall leaning reads in a sentence. */
export const leaningLabel: Record<Favours, string> = {
  django: 'Leans to Django',
  node: 'Leans to Node.js',
  tie: 'Even-handed',
  depends: 'Depends on the project',
  none: 'Takes no side',
};

/**
 * A source's age as the newest year it cites, set against the newest year any source cites (not today's date, so the
 * build stays reproducible): "2021, 5 years behind the newest source" or "2026, as recent as any source".
 */
export function ageLabel(newestYearCited: number, newestOfAll: number): string {
  const gap = newestOfAll - newestYearCited;
  if (gap <= 0) return `${newestYearCited}, as recent as any source`;
  return `${newestYearCited}, ${gap} year${gap === 1 ? '' : 's'} behind the newest source`;
}

import type { ConflictInput } from './types.ts';
import { joinWords } from '../text.ts';
import { unique } from '../collections.ts';

/** Display name of a source (its short label), falling back to its id. */
export function sourceName(input: ConflictInput, id: string): string {
  return input.sources.find((s) => s.id === id)?.short ?? id;
}

/** "Different dates" when the sources involved cite different newest years, oldest first. */
export function dateReason(input: ConflictInput, sourceIds: readonly string[]): string | undefined {
  const byYear = new Map<number, string[]>();
  for (const id of unique(sourceIds)) {
    const year = input.sources.find((s) => s.id === id)?.newestYearCited;
    if (year === undefined) continue;
    byYear.set(year, [...(byYear.get(year) ?? []), sourceName(input, id)]);
  }
  if (byYear.size < 2) return undefined;
  const parts = [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, names]) => `${year} for ${joinWords([...names].sort())}`);
  return `Different dates: the newest year cited is ${joinWords(parts)}.`;
}

/** "Different setups" when the figures come with different conditions; a missing qualifier reads "no setup given". */
export function setupReason(qualifiers: readonly (string | undefined)[]): string | undefined {
  const distinct = unique(qualifiers.map((q) => q ?? ''));
  if (distinct.length < 2) return undefined;
  const named = distinct.filter(Boolean).map((q) => `“${q}”`);
  const listed = distinct.includes('') ? [...named, 'no setup given'] : named;
  return `Different setups: ${joinWords(listed)}.`;
}

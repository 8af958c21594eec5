/** Lower-case words of a text without accents, split on anything that is not a letter or digit. */
export function tokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The index vocabulary shipped to the browser: every word that a typo could be corrected to (four letters or more,
 * no digits), most frequent first (the order breaks ties between equally close corrections).
 */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of tokens(text)) if (w.length >= 4 && !/\d/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/** Edit distance with adjacent swaps (optimal string alignment), stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** How far a word may be from its correction: none below 4 letters, 1 up to 5, 2 from 6. */
const allowance = (length: number) => (length < 4 ? 0 : length < 6 ? 1 : 2);

/** The nearest vocabulary word to an unknown word, or undefined when it is known, a prefix, or nothing is close. */
export function correctWord(
  word: string,
  vocabulary: readonly string[],
  known: ReadonlySet<string>,
): string | undefined {
  const max = allowance(word.length);
  if (!max || known.has(word) || /\d/.test(word)) return undefined;
  if (word.length >= 4 && vocabulary.some((v) => v.startsWith(word))) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const v of vocabulary) {
    const d = editDistance(word, v, bestDistance - 1);
    if (d < bestDistance) {
      best = v;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** A query with its unknown words corrected; `corrected` is undefined when nothing changed. */
export interface Correction {
  query: string;
  corrected?: string;
}

/**
 * Corrects each word of a query that the index does not know to the nearest one it does ("djnago async" ->
 * "django async"). Words are compared without case or accents; the rest of the query is kept as typed.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): Correction {
  if (!vocabulary.length) return { query };
  const known = new Set(vocabulary);
  const corrected = query.replace(
    /[\p{L}\p{N}]+/gu,
    (raw) => correctWord(tokens(raw).join(''), vocabulary, known) ?? raw,
  );
  return corrected === query ? { query } : { query, corrected };
}

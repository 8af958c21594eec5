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

/** Each run of letters and digits in a query is one word to correct, compared without case or accents. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const wordKey = (raw: string) => tokens(raw).join('');

/**
 * Corrects each word of a query that the index does not know to the nearest one it does ("djnago async" ->
 * "django async"). Words are compared without case or accents; the rest of the query is kept as typed.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): Correction {
  if (!vocabulary.length) return { query };
  const known = new Set(vocabulary);
  const corrected = query.replace(WORD_RUN, (raw) => correctWord(wordKey(raw), vocabulary, known) ?? raw);
  return corrected === query ? { query } : { query, corrected };
}

/**
 * The part of the vocabulary a word is checked against: the words with its first two letters ("co", "st"; any
 * character other than a to z is "_"). Whether a word of four letters or more is known, or the start of a known
 * word, depends on that part alone, so a query of known words needs a few small parts instead of the whole list.
 */
export function vocabularyPart(word: string): string {
  return word.slice(0, 2).replace(/[^a-z]/g, '_');
}

/** The vocabulary split into its parts (see vocabularyPart), each in the vocabulary's order. */
export function splitVocabulary(vocabulary: readonly string[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const w of vocabulary) {
    const key = vocabularyPart(w);
    parts.set(key, [...(parts.get(key) ?? []), w]);
  }
  return parts;
}

/** The words of a query that correctQuery could change: four letters or more and no digits, as it compares them. */
export function correctableWords(query: string): string[] {
  return [...query.matchAll(WORD_RUN)].map((m) => wordKey(m[0])).filter((w) => allowance(w.length) && !/\d/.test(w));
}

/**
 * Whether correctWord leaves a word as it is because of its part of the vocabulary alone: the word is known, or a
 * known word starts with it. A query whose correctable words are all settled is not corrected, whatever the rest of
 * the vocabulary holds, so the whole list is only needed when one is not.
 */
export function isSettled(word: string, part: readonly string[]): boolean {
  return part.some((v) => v.startsWith(word));
}

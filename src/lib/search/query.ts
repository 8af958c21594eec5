import { correctQuery } from './typo.ts';

/** Words that carry no meaning in a reader's question ("is", "than"); dropped unless nothing else is left. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by can do does for from has have how i if in into is it its me my no not of on or our should so than that the their them then there these they this to us vs versus was we what when where which who why will with would you your better best good use using choose pick one much many really only'.split(
    ' ',
  ),
);

/**
 * Words readers type for what the records call something else, and the words added to the search for them
 * ("lambda" finds serverless, "salary" finds cost and rate). Keys are lower-case single words.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  lambda: ['serverless'],
  faas: ['serverless'],
  salary: ['cost', 'rate'],
  salaries: ['cost', 'rate'],
  price: ['cost'],
  pricing: ['cost'],
  pay: ['cost', 'rate'],
  wage: ['cost', 'rate'],
  expensive: ['cost'],
  cheap: ['cost'],
  rate: ['cost'],
  websocket: ['real-time'],
  websockets: ['real-time'],
  socket: ['real-time'],
  sockets: ['real-time'],
  socketio: ['real-time'],
  chat: ['real-time'],
  realtime: ['real-time'],
  k8s: ['kubernetes'],
  ts: ['typescript'],
  ml: ['machine', 'learning'],
  py: ['python'],
  speed: ['performance', 'fast'],
  faster: ['performance'],
  quick: ['fast'],
  quicker: ['faster'],
  quickest: ['fastest'],
  slow: ['performance'],
  called: ['named'],
  name: ['named'],
  hire: ['hiring'],
  devs: ['developers'],
  dev: ['developer'],
  secure: ['security'],
  safe: ['security'],
  shop: ['ecommerce'],
  store: ['ecommerce'],
};

/** One Pagefind search of a plan, and how much its results count against the others. */
export interface PlannedSearch {
  query: string;
  weight: number;
}

/** What is sent to Pagefind for what the reader typed. */
export interface QueryPlan {
  /** Pagefind requires every known word of a search; the plan runs the words, then alternatives, and merges them. */
  searches: PlannedSearch[];
  /** The corrected query, when a word was corrected ("Showing results for …"). */
  corrected?: string;
  /** The words searched for, without stop words or synonyms (for ranking titles that hold them). */
  words: string[];
}

/** How much results count that match a synonym instead of a typed word, or miss one of the typed words. */
export const planWeights = { synonym: 0.9, missingWord: 0.6, oneWord: 0.3 } as const;

/**
 * Turns a reader's query into the searches to run: unknown words corrected against the index vocabulary (unless
 * `exact`), stop words dropped (kept when the query is nothing else), then the words together; each synonym in
 * place of its word; the words with one left out; and, from three words, each word alone, so words the records do
 * not use cannot empty the results (Pagefind requires every word it knows).
 */
export function planQuery(query: string, vocabulary: readonly string[], { exact = false } = {}): QueryPlan {
  const fixed = exact ? { query } : correctQuery(query, vocabulary);
  const text = fixed.corrected ?? query;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  const base = [...new Set(kept.length ? kept : words)];
  const searches: PlannedSearch[] = [];
  const push = (terms: readonly string[], weight: number) => {
    const q = terms.join(' ');
    if (q && !searches.some((s) => s.query === q)) searches.push({ query: q, weight });
  };
  push(base, 1);
  base.forEach((w, i) => {
    for (const alt of SYNONYMS[w] ?? [])
      push(
        base.map((x, j) => (j === i ? alt : x)),
        planWeights.synonym,
      );
  });
  if (base.length >= 2)
    base.forEach((_, i) =>
      push(
        base.filter((__, j) => j !== i),
        planWeights.missingWord,
      ),
    );
  // Longer queries also run word by word, so results that match only part of them still come (ranked lower).
  if (base.length >= 3) for (const w of base) push([w], planWeights.oneWord);
  return { searches, words: base, ...(fixed.corrected ? { corrected: fixed.corrected } : {}) };
}

/** A result of one search: Pagefind's id and score, and whatever else it carries. */
interface Scored {
  id: string;
  score: number;
}

/** The results of a plan's searches as one list: each entry once, at its best weighted score, best first. */
export function mergeResults<T extends Scored>(lists: readonly { results: readonly T[]; weight: number }[]): T[] {
  const best = new Map<string, { item: T; score: number; order: number }>();
  let order = 0;
  for (const { results, weight } of lists)
    for (const item of results) {
      const score = item.score * weight;
      const seen = best.get(item.id);
      if (!seen || score > seen.score) best.set(item.id, { item, score, order: seen?.order ?? order });
      order++;
    }
  return [...best.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((b) => b.item);
}

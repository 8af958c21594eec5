/**
 * Pagefind's search options, shared by the browser engine and the evaluation test, so the ranking that is measured
 * is the ranking readers get. Values chosen on the evaluation set (tests/site/search-eval/): a strong length
 * normalisation, so a long walkthrough section that mentions everything does not outrank the short record that
 * states the fact, and a softer saturation of repeated words.
 */
export const pagefindOptions = {
  excerptLength: 24,
  ranking: { pageLength: 0.9, termFrequency: 0.6, termSaturation: 1.6 },
} as const;

/** The index vocabulary for typo correction (one word a line), beside Pagefind's files. */
export const VOCABULARY_PATH = 'pagefind/kb-vocabulary.txt';

/** The same words by their first two letters (typo.ts, vocabularyPart), as `<folder><part>.txt`. */
export const VOCABULARY_PARTS = 'pagefind/kb-vocabulary/';

/** Results loaded (and re-ranked by type, see rankLoaded) at a time: the first screen, then each "more". */
export const PAGE_SIZE = 5;

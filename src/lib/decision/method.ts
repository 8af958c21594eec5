/**
 * How scores become a verdict. Both settings are ratios, so scaling every weight by the same factor never
 * changes the verdict. They are our method, not a claim of any source, and the page states them.
 */
export const METHOD = {
  /** A lead smaller than this share of all evidence (Django plus Node.js points) is no lead: verdict "either". */
  margin: 0.2,
  /** Split evidence counts as a strong reason when its net weight reaches this share of the largest rule weight. */
  strongShare: 0.75,
} as const;

/** Settings of the verdict; see METHOD. */
export type Method = { margin: number; strongShare: number };

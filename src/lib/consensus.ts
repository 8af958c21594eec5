import type { Favours } from '../schemas/index.ts';

/**
 * How far the sources agree on one row of the comparison matrix. Pure, so the matrix, the home page and the tests
 * all compute it the same way.
 */

/** One source's lean on a dimension: the verdicts of its claims there, collapsed; `mixed` when they pull both ways evenly. */
export type Lean = Favours | 'mixed';

/** `none`: no source covers it; `single-source`: one does; then all agree, more than half agree, or no majority. */
export type ConsensusKind = 'none' | 'single-source' | 'all-agree' | 'majority' | 'split';

export interface Consensus {
  kind: ConsensusKind;
  /** The lean shared by all, by the majority, or held by the single source; absent for `none`, `split` and a mixed single source. */
  favours?: Favours;
  /** Sources with at least one claim on the row. */
  sources: number;
  /** Sources whose lean equals `favours` (0 when there is none). */
  agreeing: number;
  /** True when one source leans to Django and another to Node.js on the same row. */
  opposed: boolean;
}

/**
 * Collapses one source's verdicts on a dimension. The side with strictly more verdicts wins (ties and "depends" do not
 * count against it); equal Django and Node.js counts give `mixed`; with no side taken, `tie` only if every verdict is
 * a tie, else `depends`. A `none` (no verdict at all) counts for nothing. Undefined when the source has no verdict there.
 */
export function leanOf(all: readonly Favours[]): Lean | undefined {
  // `none` is no Django-against-Node.js verdict at all (a plain fact, a third technology): it counts for nothing.
  const verdicts = all.filter((v) => v !== 'none');
  if (verdicts.length === 0) return undefined;
  const django = verdicts.filter((v) => v === 'django').length;
  const node = verdicts.filter((v) => v === 'node').length;
  if (django > node) return 'django';
  if (node > django) return 'node';
  if (django > 0) return 'mixed';
  return verdicts.every((v) => v === 'tie') ? 'tie' : 'depends';
}

/** The consensus of the sources' leans on one row (one lean per covering source). */
export function consensusOf(leans: readonly Lean[]): Consensus {
  const sources = leans.length;
  const opposed = leans.includes('django') && leans.includes('node');
  if (sources === 0) return { kind: 'none', sources, agreeing: 0, opposed };
  const counts = new Map<Favours, number>();
  for (const lean of leans) if (lean !== 'mixed') counts.set(lean, (counts.get(lean) ?? 0) + 1);
  const [top, agreeing = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (sources === 1) return top ? { kind: 'single-source', favours: top, sources, agreeing, opposed } : { kind: 'single-source', sources, agreeing: 0, opposed };
  if (top && agreeing === sources) return { kind: 'all-agree', favours: top, sources, agreeing, opposed };
  if (top && agreeing * 2 > sources) return { kind: 'majority', favours: top, sources, agreeing, opposed };
  return { kind: 'split', sources, agreeing: 0, opposed };
}

/** A short reading of a consensus, e.g. "All 3 sources agree", "3 of 5 sources agree", "Split across 4 sources". */
export function consensusLabel(c: Consensus): string {
  switch (c.kind) {
    case 'none':
      return 'Not covered';
    case 'single-source':
      return 'One source only';
    case 'all-agree':
      return `All ${c.sources} sources agree`;
    case 'majority':
      return `${c.agreeing} of ${c.sources} sources agree`;
    case 'split':
      return `Split across ${c.sources} sources`;
  }
}

/** The minimum a claim needs to be placed in the matrix. */
export interface MatrixClaim {
  id: string;
  source: string;
  dimension: string;
  favours: Favours;
}

/** One row of the matrix: per source (in the given order) its claims and lean, then the row's consensus. */
export interface MatrixRow<C extends MatrixClaim> {
  dimension: string;
  cells: { source: string; claims: C[]; lean?: Lean }[];
  consensus: Consensus;
}

/** Builds the dimension-by-source matrix. Rows follow `dimensions`, cells follow `sources`, claims keep input order. */
export function buildMatrix<C extends MatrixClaim>(dimensions: readonly string[], sources: readonly string[], claims: readonly C[]): MatrixRow<C>[] {
  return dimensions.map((dimension) => {
    const cells = sources.map((source) => {
      const mine = claims.filter((c) => c.dimension === dimension && c.source === source);
      const lean = leanOf(mine.map((c) => c.favours));
      return lean ? { source, claims: mine, lean } : { source, claims: mine };
    });
    const leans = cells.flatMap((c) => (c.lean ? [c.lean] : []));
    return { dimension, cells, consensus: consensusOf(leans) };
  });
}

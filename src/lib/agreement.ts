import type { Favours } from '../schemas/index.ts';
import { consensusOf, leanOf, type Consensus, type Lean } from './consensus.ts';

/**
 * The agreement indicator of a topic guide: for the claims of one dimension shown on a topic page, what each source
 * leans to and how far the sources agree. Built on the comparison matrix's rules (src/lib/consensus.ts), so a topic
 * page and /compare/ never read the same claims differently.
 */

/** One source's position on the dimension. */
export interface SourceLean {
  source: string;
  lean: Lean;
  /** How many of its claims here favour each verdict. */
  counts: Record<Favours, number>;
}

/** The indicator for one dimension. */
export interface Agreement {
  consensus: Consensus;
  /** Sources in first-appearance order. */
  sources: SourceLean[];
  /** The reading in words, e.g. "All 3 sources agree: Node.js", "Split: Django 1, Node.js 2". */
  label: string;
  /** For styling: the consensus kind, or `opposed` when sources lean to opposite stacks (even under a majority). */
  tone: Consensus['kind'] | 'opposed';
}

const leanName: Record<Lean, string> = {
  django: 'Django',
  node: 'Node.js',
  tie: 'a tie',
  depends: 'it depends',
  mixed: 'both ways',
  none: 'no verdict',
};

const emptyCounts = (): Record<Favours, number> => ({ django: 0, node: 0, tie: 0, depends: 0, none: 0 });

/** The label: who agrees on what, and for a split, how many sources lean each way. */
export function agreementLabel(consensus: Consensus, leans: readonly Lean[]): string {
  const { kind, favours, sources, agreeing } = consensus;
  const position = favours ? `: ${leanName[favours]}` : '';
  switch (kind) {
    case 'none':
      return 'Not covered';
    case 'single-source':
      return `One source only${favours ? position : `: ${leanName.mixed}`}`;
    case 'all-agree':
      return `All ${sources} sources agree${position}`;
    case 'majority':
      return `${agreeing} of ${sources} sources agree${position}`;
    case 'split': {
      const order: Lean[] = ['django', 'node', 'tie', 'depends', 'mixed'];
      const tally = order
        .map((l) => [l, leans.filter((x) => x === l).length] as const)
        .filter(([, n]) => n > 0)
        .map(([l, n]) => `${leanName[l]} ${n}`);
      return `Split: ${tally.join(', ')}`;
    }
  }
}

/** The agreement indicator for claims of one dimension (any order; sources keep first-appearance order). */
export function agreementOf(claims: readonly { source: string; favours: Favours }[]): Agreement {
  const verdicts = new Map<string, Favours[]>();
  for (const c of claims) verdicts.set(c.source, [...(verdicts.get(c.source) ?? []), c.favours]);
  const sources = [...verdicts].flatMap(([source, list]) => {
    const lean = leanOf(list);
    if (!lean) return [];
    const counts = emptyCounts();
    for (const v of list) counts[v] += 1;
    return [{ source, lean, counts }];
  });
  const leans = sources.map((s) => s.lean);
  const consensus = consensusOf(leans);
  return {
    consensus,
    sources,
    label: agreementLabel(consensus, leans),
    tone: consensus.opposed ? 'opposed' : consensus.kind,
  };
}

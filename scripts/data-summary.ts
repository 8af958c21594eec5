// Prints record counts per kind and per source, then the synthesis: each source's position per dimension, the
// consensus of each dimension, and every computed candidate disagreement with its sides and its review.
// `npm run data:summary`; plain text, aligned columns.
import { readKnowledgeBase, type KnowledgeBase } from '../src/lib/content/read.ts';
import { ContentError } from '../src/lib/content/parse.ts';
import { positionsOf } from '../src/lib/synthesis/positions.ts';
import { consensusAll } from '../src/lib/synthesis/consensus.ts';
import { computeCandidates } from '../src/lib/synthesis/candidates.ts';
import { joinReviews } from '../src/lib/synthesis/reviews.ts';
import { positionLabel } from '../src/lib/synthesis/labels.ts';
import type { Candidate, DimensionConsensus } from '../src/lib/synthesis/types.ts';
import type { Review } from '../src/schemas/index.ts';

/** Pads every column to its widest cell; numbers (all digits) are right-aligned. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => (/^\d+$|^-$/.test(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function counts(kb: KnowledgeBase): string {
  const sources = kb.sources.map((s) => s.id).sort();
  const rows: string[][] = [['kind', ...sources, 'shared', 'total']];
  for (const [kind, records] of Object.entries(kb) as [string, readonly object[]][]) {
    const of = (id: string | undefined) => records.filter((r) => ('source' in r ? r.source : undefined) === id).length;
    const cells = [...sources.map((s) => of(s)), of(undefined)];
    rows.push([kind, ...cells.map((n) => (n === 0 ? '-' : String(n))), String(records.length)]);
  }
  return table(rows);
}

/** The consensus of each dimension, then each source's position there (a star marks a stated verdict). */
function positions(kb: KnowledgeBase, consensus: readonly DimensionConsensus[]): string {
  const sources = kb.sources.map((s) => s.id);
  const rows: string[][] = [['dimension', 'consensus', ...kb.sources.map((s) => s.short)]];
  for (const c of consensus) {
    const cell = (id: string) => {
      const p = c.positions.find((x) => x.source === id);
      return p ? `${positionLabel(p.position)}${p.stated ? '*' : ''} (${p.claims.length})` : '.';
    };
    rows.push([c.dimension, c.label, ...sources.map(cell)]);
  }
  return table(rows);
}

function describe(c: Candidate, review: Review | undefined): string {
  const verdict = review ? `${review.status}${review.reason ? ` (${review.reason})` : ''}` : 'NOT REVIEWED';
  const head = `${c.id}  [${c.basis}] ${verdict}  dimension ${c.dimension}, topic ${c.topics[0] ?? ''}`;
  const sides = table(c.sides.map((s) => ['   ', s.source, s.reading, s.records.join(', ')]));
  const note = review
    ? `    review: ${review.note}`
    : `    ${c.onlyNotComparable ? `can only be not-comparable: ${c.onlyNotComparable}` : ''}`;
  return [head, `    ${c.title}`, sides, note].filter((x) => x.trim()).join('\n');
}

try {
  const kb = readKnowledgeBase();
  const dimensions = [...kb.dimensions].sort((a, b) => a.order - b.order).map((d) => d.id);
  const consensus = consensusAll(dimensions, positionsOf(kb));
  const candidates = computeCandidates(kb, consensus);
  const { candidates: reviewed, problems } = joinReviews(candidates, kb.reviews);
  console.log('Records per kind and source\n');
  console.log(counts(kb));
  console.log("\nPositions (* = the source's stated verdict; claims counted in brackets) and consensus\n");
  console.log(positions(kb, consensus));
  const tally = (status: string) => reviewed.filter((c) => c.status === status).length;
  console.log(
    `\n${candidates.length} candidates: ${tally('disagreement')} disagreements, ${tally('not-comparable')} not comparable, ` +
      `${tally('consistent')} consistent, ${candidates.length - reviewed.length} not (validly) reviewed\n`,
  );
  const reviewOf = (id: string) => kb.reviews.find((r) => r.candidate === id);
  console.log(candidates.map((c) => describe(c, reviewOf(c.id))).join('\n\n'));
  if (problems.length) console.log(`\nProblems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// Prints record counts per kind and per source, then every detected conflict with its sides and reasons.
// `npm run data:summary`; plain text, aligned columns.
import { readKnowledgeBase, type KnowledgeBase } from '../src/lib/content/read.ts';
import { ContentError } from '../src/lib/content/parse.ts';
import { findConflicts, type Conflict } from '../src/lib/conflicts.ts';
import { formatFigure } from '../src/lib/format.ts';

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

function describe(c: Conflict): string {
  const head = `${c.id}  [${c.kind}${c.intraSource ? ', within one source' : ''}]  topic ${c.topic}`;
  const sides = table(
    c.sides.map((s) => [
      '   ',
      s.source,
      s.claim,
      s.figure ? formatFigure(s.figure) : (s.favours ?? ''),
      s.derived ? `derived: ${s.derived}` : (s.figure?.qualifier ?? ''),
    ]),
  );
  const reasons = c.reasons.map((r) => `    - ${r}`).join('\n');
  return [head, `    ${c.title}`, sides, reasons].filter(Boolean).join('\n');
}

try {
  const kb = readKnowledgeBase();
  const conflicts = findConflicts(kb);
  console.log('Records per kind and source\n');
  console.log(counts(kb));
  const verdicts = conflicts.filter((c) => c.kind === 'verdict').length;
  console.log(`\n${conflicts.length} conflicts (${verdicts} verdict, ${conflicts.length - verdicts} figure)\n`);
  console.log(conflicts.map(describe).join('\n\n'));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

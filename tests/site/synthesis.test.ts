// The synthesis reads the same on every built page: a dimension's consensus and each source's position there are
// marked in the HTML (data-dimension with data-consensus, data-source with data-position inside it) wherever they
// are printed, and every reading must equal the one computed result. No page shows a disagreement that the
// synthesis did not compute and a review did not classify as one.
import { describe, expect, test } from 'vitest';
import { htmlPages, readPage } from '../../scripts/lib/dist.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { synthesize } from '../../src/lib/synthesis/index.ts';
import { positionLabel } from '../../src/lib/synthesis/labels.ts';

const kb = readKnowledgeBase();
const synthesis = synthesize(kb);
const pages = htmlPages().map(({ file, path }) => ({ path, doc: readPage(file) }));

/** Every printed reading: [where, dimension, source or '', what it says]. */
const readings = pages.flatMap(({ path, doc }) =>
  doc.querySelectorAll('[data-dimension]').flatMap((el) => {
    const dimension = el.getAttribute('data-dimension') ?? '';
    const own = el.hasAttribute('data-consensus')
      ? [[path, dimension, '', el.getAttribute('data-consensus') ?? '']]
      : [];
    const positions = el
      .querySelectorAll('[data-position]')
      .map((p) => [path, dimension, p.getAttribute('data-source') ?? '', p.getAttribute('data-position') ?? '']);
    return [...own, ...positions];
  }),
);

describe('consensus and positions read the same on every page', () => {
  test('they are printed on more than one page', () => {
    expect(new Set(readings.map(([path]) => path)).size).toBeGreaterThan(1);
  });

  test.each(synthesis.consensus.map((c) => [c.dimension, c] as const))('dimension %s', (dimension, c) => {
    const consensus = readings.filter(([, d, s]) => d === dimension && s === '');
    const wrong = consensus.filter(([, , , label]) => label !== c.label);
    expect(wrong, `every page reads "${c.label}"`).toEqual([]);
    for (const p of c.positions) {
      const printed = readings.filter(([, d, s]) => d === dimension && s === p.source);
      expect(
        printed.filter(([, , , label]) => label !== positionLabel(p.position)),
        p.source,
      ).toEqual([]);
    }
  });

  test('no page prints a position for a source that has none on that dimension', () => {
    const held = new Set(synthesis.positions.map((p) => `${p.dimension}/${p.source}`));
    const stray = readings.filter(([, d, s, label]) => s !== '' && label !== '' && !held.has(`${d}/${s}`));
    expect(stray).toEqual([]);
  });
});

describe('disagreements on the site are the reviewed ones', () => {
  const shown = pages.flatMap(({ path, doc }) =>
    doc.querySelectorAll('[data-candidate]').map((el) => ({
      path,
      id: el.getAttribute('data-candidate') ?? '',
      status: el.getAttribute('data-status') ?? '',
    })),
  );

  test('every candidate shown carries the status its review gives', () => {
    const status = new Map(synthesis.candidates.map((c) => [c.id, c.status]));
    expect(shown.filter((s) => status.get(s.id) !== s.status)).toEqual([]);
  });

  test('every reviewed disagreement has its callout on its topic page', () => {
    for (const c of synthesis.disagreements) {
      expect(
        shown.some((s) => s.id === c.id && s.path === `/topics/${c.topics[0] ?? ''}/`),
        c.id,
      ).toBe(true);
    }
  });
});

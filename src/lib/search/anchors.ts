import type { KnowledgeBase } from '../content/read.ts';
import { recordPath } from '../routes.ts';
import type { SearchType } from '../search-facets.ts';
import type { AnchorInfo } from './results.ts';
import type { ReviewedCandidate } from '../synthesis/index.ts';

/** Anchor -> type and sources, keyed by base-relative "path#id" (e.g. "/faq/#bg-faq-is-node-faster"). */
export type AnchorMap = Record<string, AnchorInfo>;

type Kb = Pick<KnowledgeBase, 'sources' | 'faqs' | 'whenNot' | 'benchmarks' | 'tables' | 'claims' | 'dimensions'>;

/**
 * Where each record that pages render as a heading lives, with its result type and the sources behind it.
 * Built from data at build time (served as search-anchors.json), so search results can name the source of an
 * FAQ or a table row even on pages that draw on several sources. `conflicts` are the synthesis's reviewed candidates (src/data/synthesis.ts).
 */
export function buildAnchorMap(
  kb: Kb,
  conflicts: readonly Pick<ReviewedCandidate, 'id' | 'topics' | 'sides' | 'status' | 'dimension'>[],
): AnchorMap {
  const short = new Map(kb.sources.map((s) => [s.id, s.short]));
  const names = (ids: Iterable<string>) => [...new Set([...ids].map((id) => short.get(id) ?? id))];
  const map: AnchorMap = {};
  const put = (path: string, type: SearchType | undefined, sources: Iterable<string>) => {
    map[path] = { ...(type ? { type } : {}), sources: names(sources) };
  };
  for (const f of kb.faqs) put(recordPath.faq(f), 'FAQ', [f.source]);
  for (const w of kb.whenNot) put(recordPath.whenNot(w), 'Guidance', [w.source]);
  for (const b of kb.benchmarks) put(recordPath.benchmark(b), 'Benchmark', [b.source]);
  for (const t of kb.tables) {
    put(recordPath.table(t), 'Source walkthrough', [t.source]);
    for (const row of t.rows) put(recordPath.row(t, row.id), 'Source walkthrough', [t.source]);
  }
  for (const d of kb.dimensions) {
    const sources = kb.claims.filter((c) => c.dimension === d.id).map((c) => c.source);
    if (sources.length) put(recordPath.dimension(d), 'Comparison', sources);
  }
  // Disagreement callouts and not-comparable notes on topic pages: the page's own type, every source on a side.
  for (const c of conflicts.filter((x) => x.status !== 'consistent'))
    put(
      recordPath.candidate(c),
      undefined,
      c.sides.map((s) => s.source),
    );
  return map;
}

/**
 * The map key of a result URL: the base is removed and the query dropped, so "/kb/faq/?highlight=x#q-1"
 * under base "/kb/" gives "/faq/#q-1". Undefined for a URL without an anchor.
 */
export function anchorKey(url: string, base: string): string | undefined {
  const parsed = new URL(url, 'https://site.invalid');
  const id = safeDecode(parsed.hash.slice(1));
  if (!id) return undefined;
  const b = base.endsWith('/') ? base : `${base}/`;
  const path = parsed.pathname.startsWith(b) ? `/${parsed.pathname.slice(b.length)}` : parsed.pathname;
  return `${path}#${id}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

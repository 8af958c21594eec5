import type { KnowledgeBase } from '../content/read.ts';
import type { DecisionRule } from '../../schemas/decision-rule.ts';
import type { Side, SourceGuidance } from './types.ts';

/**
 * Which records are each source's own decision guidance, for "what each source would say": Witarist's and the hosting
 * blog's decision matrices, the freelancer's choose-when lists and 30–40% rule, the backend guide's who-should-use
 * advice and its verdict's choose-when lines. Trio states category winners but no decision guidance, so it is absent.
 */
export const GUIDANCE_OF = [
  {
    source: 'witarist-2026',
    tables: ['wit-decision-matrix'],
    kinds: [],
    what: 'its decision matrix',
    polyglot: 'wit-polyglot-when-even',
  },
  { source: 'hosting-benchmarks-2026', tables: ['hb-decision-matrix'], kinds: [], what: 'its decision matrix' },
  {
    source: 'freelancer-opinion',
    tables: [],
    kinds: ['choose-when', 'threshold'],
    what: 'its choose-when lists and 30–40% rule',
  },
  { source: 'backend-guide', tables: [], kinds: ['who-should-use', 'choose-when'], what: 'its who-should-use advice' },
] as const satisfies readonly {
  source: string;
  tables: readonly string[];
  kinds: readonly string[];
  what: string;
  polyglot?: string;
}[];

type Kb = Pick<KnowledgeBase, 'tables' | 'guidance' | 'sources'>;

/** One record of a source's guidance that a rule's answer matches, and the side it gives. */
export interface Reading {
  /** Index into GUIDANCE_OF. */
  source: number;
  kind: 'row' | 'guidance';
  /** Table id and row id, or the guidance id. */
  table?: string;
  id: string;
  side: Side;
}

/**
 * The guidance records a rule's answer matches, each with its side: a cited matrix row counts for the side it
 * favours (a "depends" row only through the rule's `reads`), a cited guidance item for the stack it recommends.
 * Polyglot advice, rows without a side and guidance the rule marks `conditional` are left out.
 */
export function readingsOf(rule: Pick<DecisionRule, 'cites' | 'reads' | 'conditional'>, kb: Kb): Reading[] {
  const out: Reading[] = [];
  GUIDANCE_OF.forEach((g, source) => {
    for (const { table, row } of rule.cites.rows) {
      if (!(g.tables as readonly string[]).includes(table)) continue;
      const r = kb.tables.find((t) => t.id === table)?.rows.find((x) => x.id === row);
      const read = (rule.reads ?? []).find((x) => x.table === table && x.row === row)?.side;
      const side = r?.favours === 'django' || r?.favours === 'node' ? r.favours : read;
      if (side) out.push({ source, kind: 'row', table, id: row, side });
    }
    for (const id of rule.cites.guidance) {
      const item = kb.guidance.find((x) => x.id === id);
      if (!item || item.source !== g.source || !(g.kinds as readonly string[]).includes(item.kind)) continue;
      if (rule.conditional?.includes(id)) continue;
      if (item.recommends !== 'both') out.push({ source, kind: 'guidance', id, side: item.recommends });
    }
  });
  return out;
}

/** The sources that have decision guidance, with their age, as the island shows them. */
export function guidanceSources(kb: Kb, polyglotRef: (id: string) => number): SourceGuidance[] {
  return GUIDANCE_OF.map((g) => {
    const s = kb.sources.find((x) => x.id === g.source);
    const polyglot = 'polyglot' in g ? polyglotRef(g.polyglot) : undefined;
    return {
      id: g.source,
      name: s?.short ?? g.source,
      year: s?.newestYearCited ?? 0,
      what: g.what,
      ...(polyglot === undefined ? {} : { polyglot }),
    };
  });
}

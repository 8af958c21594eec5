import type { KnowledgeBase } from '../content/read.ts';
import type { Lookup } from '../lookup.ts';
import type { ClaimRelations } from '../relations.ts';
import type { Synthesis } from '../synthesis/index.ts';
import type { AnchorAliases } from '../anchors.ts';

/**
 * Everything a view reads. src/data/context.ts builds the one instance of a build (each part computed once); tests
 * build small ones from literal knowledge bases (tests/lib/fixtures/kb.ts).
 */
export interface ViewContext {
  kb: KnowledgeBase;
  /** Positions, consensus and reviewed candidate disagreements (src/lib/synthesis). */
  synthesis: Synthesis;
  lookup: Lookup;
  /** Claim id -> the records that cite it. */
  relations: ReadonlyMap<string, ClaimRelations>;
  /** Site path -> link under the deploy base ("/faq/" -> "/kb/faq/"). */
  href: (path: string) => string;
  /** Site path -> absolute URL on the public origin. */
  absoluteHref: (path: string) => string;
  /** Declared moves of published anchors (src/anchors/aliases.json). */
  aliases: AnchorAliases;
}

/** A finished link. */
export interface Link {
  href: string;
  text: string;
}

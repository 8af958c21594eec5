/** An old anchor ("/faq/#old-id") that now lives elsewhere ("/faq/#new-id"). */
export type AnchorAliases = Record<string, string>;

/** What changed between the committed anchor manifest and the built site. */
export interface AnchorDiff {
  /** Published anchors that no longer exist and have no alias to an existing anchor. */
  missing: string[];
  /** Aliases whose target does not exist. */
  brokenAliases: string[];
  /** Anchors in the site that the manifest does not list yet (run `npm run anchors:update`). */
  unlisted: string[];
}

/**
 * Compares the manifest of published anchors ("page#id") with the anchors of the current build.
 * An anchor may only disappear if an alias sends it to an anchor that exists.
 */
export function diffAnchors(
  manifest: readonly string[],
  current: readonly string[],
  aliases: AnchorAliases,
): AnchorDiff {
  const now = new Set(current);
  const listed = new Set(manifest);
  const missing = manifest.filter((a) => !now.has(a) && !(aliases[a] !== undefined && now.has(aliases[a])));
  const brokenAliases = Object.entries(aliases)
    .filter(([, to]) => !now.has(to))
    .map(([from, to]) => `${from} -> ${to}`);
  const unlisted = current.filter((a) => !listed.has(a));
  return { missing, brokenAliases, unlisted };
}

/** The manifest after a build: every anchor ever published stays; new ones are added; sorted. */
export function mergeManifest(manifest: readonly string[], current: readonly string[]): string[] {
  return [...new Set([...manifest, ...current])].sort();
}

/** Aliases that apply on one page, as a map from old id to new id, for the page's runtime redirect. */
export function aliasesForPage(aliases: AnchorAliases, page: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(aliases)) {
    const [fromPage, fromId] = from.split('#');
    const [toPage, toId] = to.split('#');
    if (fromPage === page && toPage === page && fromId && toId) out[fromId] = toId;
  }
  return out;
}

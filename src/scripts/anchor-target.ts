// Fetched by enhance.ts when the address has an anchor: follows an anchor that moved (src/anchors/aliases.json)
// and opens the <details> that holds the target.

/** A linked <details> opens when its anchor is the target, on load and on later hash changes. */
export function openTarget(): void {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape in a hand-typed address: look the raw text up instead.
  }
  const moved = document.getElementById('main')?.dataset['anchorAliases'];
  const aliases = !id || document.getElementById(id) || !moved ? {} : (JSON.parse(moved) as Record<string, string>);
  // A published anchor that moved: follow its declared alias (own keys only, so "#constructor" stays put).
  const target = Object.hasOwn(aliases, id) ? (aliases[id] ?? id) : id;
  if (target !== id) location.replace(`#${target}`);
  const el = target ? document.getElementById(target) : null;
  const details = el?.closest('details');
  if (details && !details.open) {
    details.open = true;
    el?.scrollIntoView();
  }
}

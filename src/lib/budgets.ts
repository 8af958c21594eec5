/**
 * Byte budgets of issue 8 and the module-graph walk that measures them. Pure: the caller reads files and gzips.
 * KB here means 1,000 bytes (the stricter reading of "3 KB"), measured after gzip -9.
 */
import { formatNumber } from './format.ts';

/** Gzip byte budgets per page. */
export const BUDGETS = {
  /** JS a content page loads before any interaction: its module scripts and their static imports. */
  contentJs: 3_000,
  /** CSS of any page: its stylesheets and inline styles. */
  css: 10_000,
  /** The HTML document itself. */
  html: 30_000,
  /** All JS of a calculator page, island hydration (component and renderer) included. */
  calculatorJs: 15_000,
} as const;

// A static `import … from "x"`, `import "x"`, `export … from "x"` in (possibly minified) ES module code.
// `import(` (dynamic) and `import.meta` never match: neither is followed by a name list or a quote.
const staticImport = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])([^"'`\n]+)\1/g;

/** Specifiers of the static imports and re-exports of a module, in source order; dynamic imports are left out. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(staticImport)].map((m) => m[2] ?? '');
}

/** Resolves a specifier against the URL path of the module that imports it ("./b.js" from "/_astro/a.js"). */
export function resolveSpecifier(specifier: string, from: string): string {
  return new URL(specifier, `http://site.invalid${from}`).pathname;
}

export interface ModuleGraph {
  /** URL paths of every module reached, entries first, each once. */
  modules: string[];
  /** URL paths that were imported but could not be read. */
  missing: string[];
}

/**
 * Walks the static import graph from some entry modules (URL paths).
 * `read` returns a module's code, or undefined when there is no such file.
 */
export function staticGraph(entries: readonly string[], read: (path: string) => string | undefined): ModuleGraph {
  const seen = new Set<string>();
  const missing: string[] = [];
  const queue = [...entries];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path) || missing.includes(path)) continue;
    const code = read(path);
    if (code === undefined) {
      missing.push(path);
      continue;
    }
    seen.add(path);
    for (const spec of staticImports(code)) queue.push(resolveSpecifier(spec, path));
  }
  return { modules: [...seen], missing };
}

/** A budget line for a report: "3,412 B of 3,000 B (114%)". */
export function formatBudget(bytes: number, budget: number): string {
  return `${formatNumber(bytes)} B of ${formatNumber(budget)} B (${Math.round((bytes / budget) * 100)}%)`;
}

// For `npm run bench` only: an Astro integration that adds BENCH_EXTRA_PAGES generated pages (extra-page.astro)
// to a build, so build and Pagefind indexing time can be measured per page. scripts/bench/build.ts adds it to
// the project's config for the benchmark's builds; no other build ever sees it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';

/** How many extra pages the benchmark asked for (BENCH_EXTRA_PAGES, default 0). */
export function extraPageCount(): number {
  const count = Number(process.env['BENCH_EXTRA_PAGES'] ?? 0);
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`BENCH_EXTRA_PAGES must be a whole number, not "${String(process.env['BENCH_EXTRA_PAGES'])}"`);
  return count;
}

/** Adds the route /bench/1/ … /bench/N/ when BENCH_EXTRA_PAGES is above 0. */
export function extraPages(): AstroIntegration {
  return {
    name: 'kb-bench-extra-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (extraPageCount() > 0)
          injectRoute({ pattern: '/bench/[n]', entrypoint: new URL('./extra-page.astro', import.meta.url) });
      },
    },
  };
}

let texts: string[] | undefined;

/** The text of every claim in content/claims, read once per build (a page's frontmatter runs for every page). */
export function claimTexts(): string[] {
  if (!texts) {
    const folder = join(process.cwd(), 'content', 'claims');
    texts = readdirSync(folder)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .flatMap((f) => (parse(readFileSync(join(folder, f), 'utf8')) as { text: string }[]).map((c) => c.text));
  }
  return texts;
}

// Runs the built Pagefind index in Node the way the browser engine does (same options, same query planning), by
// answering pagefind.js's fetches from dist/ on disk. Used by the evaluation test; no server, no browser.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindOptions } from '../../../src/lib/search/options.ts';
import { runPlanned } from '../../../src/lib/search/run.ts';
import type { PagefindModule } from '../../../src/lib/search/types.ts';
import { rankLoaded, toHit } from '../../../src/lib/search/results.ts';
import { PAGE_SIZE, VOCABULARY_PATH } from '../../../src/lib/search/options.ts';

/** A search function over a built bundle: the first `n` result URLs (base-relative) for a reader's query. */
export type Searcher = (query: string, n?: number) => Promise<{ urls: string[]; corrected?: string }>;

/** `ranking` overrides the shipped ranking options (for tuning them against the evaluation set). */
export async function nodeSearcher(distDir: string, ranking?: Record<string, number>): Promise<Searcher> {
  const bundle = join(distDir, 'pagefind');
  const ORIGIN = 'http://pagefind.invalid/pagefind/';
  const original = globalThis.fetch;
  // Only the fake origin is answered from disk; anything else (another test in the same worker) goes through.
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, ORIGIN);
    if (!url.href.startsWith(ORIGIN)) return original(input, init);
    try {
      const body = await readFile(join(bundle, decodeURIComponent(url.pathname.replace(/^\/pagefind\//, ''))));
      return new Response(body, { status: 200 });
    } catch {
      return new Response('', { status: 404 });
    }
  };
  const pf = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as PagefindModule;
  await pf.options({
    ...pagefindOptions,
    ...(ranking ? { ranking: { ...pagefindOptions.ranking, ...ranking } } : {}),
    basePath: ORIGIN,
    baseUrl: '/',
    noWorker: true,
  });
  await pf.init();
  const vocabulary = async () => (await readFile(join(distDir, VOCABULARY_PATH), 'utf8')).split('\n');
  return async (query, n = 1) => {
    const searcher = { search: (q: string) => pf.search(q), preload: (q: string) => pf.preload(q) };
    const { plan, results } = await runPlanned(query, searcher, vocabulary);
    const batch = await Promise.all(
      results.slice(0, Math.max(n, PAGE_SIZE)).map(async (r) => ({ score: r.score, hit: toHit(await r.data()) })),
    );
    const urls = rankLoaded(batch, plan.words, plan.corrected ?? query)
      .slice(0, n)
      .map((h) => h.url);
    return { urls, ...(plan.corrected ? { corrected: plan.corrected } : {}) };
  };
}

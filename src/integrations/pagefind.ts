import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { proseSections, type ProsePage } from '../lib/search/prose.ts';
import { proseRecords, type SearchRecord } from '../lib/search/records.ts';
import { buildVocabulary, splitVocabulary } from '../lib/search/typo.ts';
import { VOCABULARY_PARTS, VOCABULARY_PATH } from '../lib/search/options.ts';
import { bundlePageCount, writeBundle } from './pagefind-write.ts';

/** Written by src/pages/search-records.json.ts during the build; read here, then removed from dist/. */
const RECORDS_FILE = 'search-records.json';

/** Pagefind's ready-made UIs and the other-language runtime: the site has its own UI and indexes English only. */
const UNUSED = /^(?:pagefind-(?:component-|modular-)?ui\.(?:js|css)|pagefind-highlight\.js|wasm\.unknown\.pagefind)$/;

/**
 * Pagefind's index chunk size, in word positions (its default is 20,000). A query fetches every chunk that holds one
 * of its words; at the default our index is five chunks of about 18 KB, so a two-word query cost 36 KB of index.
 * At 1,000 the index is about 70 chunks of 0.3-2.6 KB, so a query fetches a few KB of index instead, for about 1 KB
 * more of pf_meta (the chunk list) once. Pagefind reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE when its service
 * starts (pagefind/src/options.rs); the variable is unstable, so tests/site/search-index.test.ts checks the result.
 */
export const INDEX_CHUNK_SIZE = 1000;

/** The records of the build and the walkthrough pages whose prose is indexed by section. */
async function readEntries(outDir: string): Promise<SearchRecord[]> {
  const file = join(outDir, RECORDS_FILE);
  const { records, walkthroughs } = JSON.parse(await readFile(file, 'utf8')) as {
    records: SearchRecord[];
    walkthroughs: ProsePage[];
  };
  await rm(file);
  const prose = await Promise.all(
    walkthroughs.map(async (p) => proseSections(await readFile(join(outDir, p.path, 'index.html'), 'utf8'), p)),
  );
  return [...records, ...proseRecords(prose.flat())];
}

/**
 * Writes the vocabulary's parts by first two letters (a query of known words fetches only these; the whole list only
 * when a word may be a typo) and returns their paths in dist/.
 */
async function writeVocabularyParts(outDir: string, vocabulary: readonly string[]): Promise<string[]> {
  await mkdir(join(outDir, VOCABULARY_PARTS), { recursive: true });
  const paths: string[] = [];
  for (const [part, words] of splitVocabulary(vocabulary)) {
    const path = `${VOCABULARY_PARTS}${part}.txt`;
    await writeFile(join(outDir, path), words.join('\n'));
    paths.push(path);
  }
  return paths;
}

/** Stops with a message naming the duplicates: Pagefind would keep only one entry per URL. */
function checkUnique(entries: readonly SearchRecord[]): void {
  const seen = new Set<string>();
  const dupes = entries.filter((e) => seen.size === seen.add(e.url).size).map((e) => e.url);
  if (dupes.length) throw new Error(`Search: two entries share an address: ${[...new Set(dupes)].join(', ')}`);
}

/**
 * Builds the search index once Astro has written dist/: one Pagefind custom record per knowledge-base record, at
 * its canonical anchor, with its title, its own words and figures, and its filters (type, source, topic, side);
 * walkthrough prose by section. No HTML page is indexed, so no chrome, facet or matrix text can reach results.
 * Any indexing error, an empty index or a count that differs from the entries fails the build.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Read once, when the first createIndex() spawns Pagefind's service (it inherits this process's environment).
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
        const { createIndex, close } = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const entries = await readEntries(outDir);
        if (!entries.length) throw new Error('Search: the knowledge base gave no entries, so search would be empty.');
        checkUnique(entries);
        let indexed = 0;
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const e of entries) {
            const added = await index.addCustomRecord({
              url: e.url,
              content: e.content,
              language: 'en',
              meta: { title: e.title, type: e.type, page: e.page },
              filters: { type: [e.type], source: e.sources, topic: e.topics, side: e.sides },
            });
            if (added.errors.length) throw new Error(`Pagefind could not index ${e.url}: ${added.errors.join('; ')}`);
          }
          const bundle = await index.getFiles();
          if (bundle.errors.length) throw new Error(`Pagefind failed to build its index: ${bundle.errors.join('; ')}`);
          indexed = bundlePageCount(bundle.files);
          if (indexed !== entries.length)
            throw new Error(`Pagefind holds ${String(indexed)} entries but ${String(entries.length)} were added.`);
          await writeBundle(
            bundle.files.filter((f) => !UNUSED.test(f.path)),
            join(outDir, 'pagefind'),
          );
        } finally {
          // Stop Pagefind's background service even when indexing failed, so the build exits.
          await close();
        }
        const vocabulary = buildVocabulary(entries.flatMap((e) => [e.title, e.content]));
        await writeFile(join(outDir, VOCABULARY_PATH), vocabulary.join('\n'));
        await writeVocabularyParts(outDir, vocabulary);
        const ms = Math.round(performance.now() - started);
        // Worded so scripts/bench/run.ts still reads the count and time ("Pagefind indexed N … pages in M ms").
        logger.info(`Pagefind indexed ${String(indexed)} search entries in place of whole pages in ${String(ms)} ms`);
      },
    },
  };
}

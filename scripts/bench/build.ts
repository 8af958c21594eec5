// One benchmark build: `astro build` of the project with the extra-pages integration added (its config is
// merged with astro.config.mjs). Run by scripts/bench/run.ts in a process of its own, so each build is timed from
// a cold start, as `npm run build` is. OUT_DIR and BENCH_EXTRA_PAGES come from the environment.
import { build } from 'astro';
import { extraPages } from './extra-pages.ts';

await build({ integrations: [extraPages()] });

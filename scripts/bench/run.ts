// `npm run bench` (never part of `npm test`): two benchmarks, printed as tables.
//  1. Build scaling: builds the site with 0, 250 and 1,000 extra generated pages (scripts/bench/build.ts adds
//     them through an integration of its own) and prints build time per page. Search indexes records from content/
//     (claims, sources, topics…), not pages, so the extra pages add no search entries: the table prints the entry
//     count and Pagefind's indexing time per entry, which stay the same whatever the page count.
//  2. Lighthouse (mobile and desktop presets) on the home page, a source page, a topic page, /compare/, the FAQ
//     and both calculators, served from the 0-extra-pages build: the four category scores, FCP, LCP, TBT, CLS, bytes.
//     Lighthouse is not a dependency of the project: `npx` fetches the pinned version on first use.
// `npm run bench -- build` or `npm run bench -- lighthouse` runs one part. Chrome: CHROME_PATH or the one found.
// Builds go to dist-bench/ (BENCH_OUT_DIR), which is removed at the end unless BENCH_KEEP=1.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeArgs, findChrome } from '../lib/chrome.ts';
import { freePort } from '../lib/ports.ts';
import { serve } from '../lib/server.ts';
import { paths } from '../../src/lib/routes.ts';

/** The Lighthouse the README's figures were measured with. */
const LIGHTHOUSE = 'lighthouse@13.5.0';
const outDir = process.env['BENCH_OUT_DIR'] ?? 'dist-bench';
const sizes = (process.env['BENCH_SIZES'] ?? '0,250,1000').split(',').map(Number);
const part = process.argv[2] ?? 'all';
const pages = [
  paths.home,
  paths.source('witarist-2026'),
  paths.topic('performance'),
  paths.compare,
  paths.faq,
  paths.cost,
  paths.decision,
];

/** Runs a command, echoing nothing; resolves with its output, rejects with its end when the exit code is not 0. */
function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const tail = () => output.trim().split('\n').slice(-30).join('\n');
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${cmd} ${args.join(' ')} failed; the end of its output:\n${tail()}`));
    });
  });
}

interface BuildResult {
  extra: number;
  pages: number;
  ms: number;
  /** Search entries Pagefind indexed (records from content/, independent of the page count). */
  entries: number;
  indexMs: number;
}

/** Builds with `extra` generated pages; returns wall time, pages built, search entries and their indexing time. */
async function build(extra: number): Promise<BuildResult> {
  const started = performance.now();
  // The running Node (24 under npm), never whatever `node` comes first on PATH.
  const output = await run(process.execPath, [join(import.meta.dirname, 'build.ts')], {
    OUT_DIR: outDir,
    BENCH_EXTRA_PAGES: String(extra),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const ms = performance.now() - started;
  const indexed = /Pagefind indexed (\d+) search entries\b.*? in (\d+) ms/.exec(output);
  const built = /(\d+) page\(s\) built/.exec(output);
  if (!indexed || !built) throw new Error(`Could not read page and entry counts from the build output:\n${output}`);
  return { extra, pages: Number(built[1]), ms, entries: Number(indexed[1]), indexMs: Number(indexed[2]) };
}

/** Prints an aligned table: the first `left` columns left-aligned, the numbers right-aligned. */
function table(head: string[], rows: (string | number)[][], left = 1): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (i < left ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0))).join('  ');
  console.log([line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
}

async function buildScaling(): Promise<void> {
  // A first build warms Vite's and Astro's caches; without it the smallest build would look the slowest.
  process.stderr.write('bench: warm-up build…\n');
  await build(0);
  const results: BuildResult[] = [];
  for (const extra of sizes) {
    process.stderr.write(`bench: building with ${extra} extra pages…\n`);
    results.push(await build(extra));
  }
  console.log(
    '\nBuild scaling (wall time of `astro build` including Pagefind; search indexes content records, not pages,' +
      ' so its entry count does not grow with extra pages; indexing time as the build reports it)',
  );
  // Per page over the whole build, and per extra page over the plain build (the marginal cost of a page).
  const plain = results.find((r) => r.extra === 0);
  const marginal = (r: BuildResult) => (plain && r.extra ? ((r.ms - plain.ms) / r.extra).toFixed(2) : '-');
  table(
    [
      'extra pages',
      'pages',
      'build s',
      'build ms/page',
      'ms/extra page',
      'search entries',
      'index ms',
      'index ms/entry',
    ],
    results.map((r) => [
      r.extra,
      r.pages,
      (r.ms / 1000).toFixed(1),
      (r.ms / r.pages).toFixed(1),
      marginal(r),
      r.entries,
      r.indexMs,
      (r.indexMs / r.entries).toFixed(2),
    ]),
  );
}

/** Starts Chrome with remote debugging for Lighthouse; resolves once its endpoint answers. */
async function launchChrome(): Promise<{ port: number; close: () => Promise<void> }> {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'kb-bench-'));
  const chrome: ChildProcess = spawn(
    findChrome(),
    [...chromeArgs, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) {
      const close = async () => {
        // Wait for Chrome to exit before removing its profile, which it writes to until the end.
        const exited = chrome.exitCode === null ? new Promise((resolve) => chrome.once('exit', resolve)) : undefined;
        chrome.kill();
        await exited;
        await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      };
      return { port, close };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  chrome.kill();
  throw new Error('Chrome did not open its remote-debugging port.');
}

/** The parts of a Lighthouse report the table shows. */
interface Report {
  runtimeError?: { code?: string };
  categories?: Record<string, { score: number | null } | undefined>;
  audits?: Record<string, { numericValue?: number } | undefined>;
}

/** One Lighthouse run of the pinned version (fetched by npx on first use) against the Chrome on `port`. */
async function lighthouse(url: string, port: number, preset: 'mobile' | 'desktop', file: string): Promise<Report> {
  const flags = [`--port=${port}`, '--output=json', `--output-path=${file}`, '--quiet'];
  if (preset === 'desktop') flags.push('--preset=desktop');
  await run('npx', ['--yes', LIGHTHOUSE, url, ...flags]);
  return JSON.parse(await readFile(file, 'utf8')) as Report;
}

async function lighthouseRun(): Promise<void> {
  const server = await serve({ root: outDir });
  const chrome = await launchChrome();
  const reports = await mkdtemp(join(tmpdir(), 'kb-lighthouse-'));
  const rows: (string | number)[][] = [];
  try {
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const path of pages) {
        process.stderr.write(`bench: Lighthouse ${preset} ${path}\n`);
        const {
          categories: c,
          audits: a,
          runtimeError,
        } = await lighthouse(`${server.origin}${path}`, chrome.port, preset, join(reports, 'report.json'));
        if (!c || !a || runtimeError) {
          rows.push([preset, path, `error: ${runtimeError?.code ?? 'no report'}`, '', '', '', '', '', '', '', '']);
          process.exitCode = 1;
          continue;
        }
        const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
        const value = (k: string) => a[k]?.numericValue ?? NaN;
        rows.push([
          preset,
          path,
          score('performance'),
          score('accessibility'),
          score('best-practices'),
          score('seo'),
          Math.round(value('first-contentful-paint')),
          Math.round(value('largest-contentful-paint')),
          Math.round(value('total-blocking-time')),
          value('cumulative-layout-shift').toFixed(3),
          Math.round(value('total-byte-weight') / 1024),
        ]);
      }
    }
  } finally {
    // All three always close, whatever fails, so the process can exit.
    await Promise.allSettled([chrome.close(), server.close(), rm(reports, { recursive: true, force: true })]);
  }
  // The server does not compress, so the bytes are what a host without gzip would send.
  console.log(`\nLighthouse (${LIGHTHOUSE}; scores 0-100; times in ms; KiB = total transfer, uncompressed)`);
  table(['preset', 'page', 'perf', 'a11y', 'best', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'KiB'], rows, 2);
}

try {
  console.log(`bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, Chrome at ${findChrome()}`);
  if (part === 'all' || part === 'build') await buildScaling();
  if (part === 'all' || part === 'lighthouse') {
    // Lighthouse measures the plain site: rebuild without extra pages unless the last scaling build was that.
    if (part === 'lighthouse' || sizes.at(-1) !== 0) await build(0);
    await lighthouseRun();
  }
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (!process.env['BENCH_KEEP']) await rm(outDir, { recursive: true, force: true });
}

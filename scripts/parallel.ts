// Runs npm scripts side by side, for `npm test`: `node scripts/parallel.ts lint test:unit`. ESLint uses one core,
// so it shares the two with the unit tests instead of waiting its turn. Each script's output is printed in one
// piece when it ends, so logs never interleave; the exit code is 1 when any of them failed, after all have
// finished. Only scripts that do not write what another reads may run together: astro check and astro build
// rewrite .astro/ (the generated types ESLint reads), so npm test runs them on their own.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (!names.length) {
  console.error('parallel: name the npm scripts to run, e.g. `node scripts/parallel.ts lint test:unit`');
  process.exit(1);
}

/** Runs one npm script; resolves with whether it passed. */
function run(name: string): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    // FORCE_COLOR keeps the tools' colours although their output goes to a pipe first.
    const child = spawn('npm', ['run', '--silent', name], { env: { FORCE_COLOR: '1', ...process.env } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    const finish = (passed: boolean, why = '') => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n── npm run ${name} ${passed ? 'passed' : `FAILED${why}`} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(chunks));
      resolve(passed);
    };
    child.on('error', (error) => {
      finish(false, `: ${error.message}`);
    });
    child.on('close', (code) => {
      finish(code === 0, code === 0 ? '' : ` (exit code ${String(code)})`);
    });
  });
}

const results = await Promise.all(names.map(run));
const failed = names.filter((_, i) => !results[i]);
if (failed.length) {
  console.error(`\nparallel: failed: ${failed.join(', ')}`);
  process.exit(1);
}

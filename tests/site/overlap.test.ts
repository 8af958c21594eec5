import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { distDir } from '../../scripts/lib/dist.ts';

// The project's copied-prose check lives beside the repo (../shared/tools, with the sources it compares against),
// where CI and the team have it. A checkout without ../shared skips it and says why; in CI (CI set) a missing
// tool fails, so the check can never silently stop running there.
const root = join(import.meta.dirname, '..', '..');
const tool = join(root, '..', 'shared', 'tools', 'overlap-check.mjs');
const present = existsSync(tool);
const inCi = Boolean(process.env['CI']);

const name = 'no sentence is copied from the sources';
const reason = present
  ? ''
  : inCi
    ? ` (needs ${tool})`
    : ` (skipped: ${tool} not found; check out the repo beside shared/ to run it)`;

test.skipIf(!present && !inCi)(name + reason, () => {
  if (!present) throw new Error(`CI needs ../shared beside the checkout: ${tool} (the copied-prose check) is missing`);
  let output: string;
  try {
    output = execFileSync(process.execPath, [tool, distDir, 'content', 'src'], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(
    output
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('overlap-check:')),
  ).toEqual([]);
  expect(output).toMatch(/0 copied run\(s\)/);
});

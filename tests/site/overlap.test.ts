import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { distDir } from '../../scripts/lib/dist.ts';

// The project's copied-prose check lives beside the repo (../shared/tools), where CI and the team have it.
const root = join(import.meta.dirname, '..', '..');
const tool = join(root, '..', 'shared', 'tools', 'overlap-check.mjs');

test.skipIf(!existsSync(tool))(`no sentence is copied from the sources (skipped: ${tool} not found)`, () => {
  let output: string;
  try {
    output = execFileSync(process.execPath, [tool, distDir, 'content', 'src'], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output.trim().split('\n').filter((l) => !l.startsWith('overlap-check:'))).toEqual([]);
  expect(output).toMatch(/0 copied run\(s\)/);
});

import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { diffAnchors, type AnchorAliases } from '../../src/lib/anchors.ts';
import { aliasesFile, builtAnchors, readManifest } from '../../scripts/lib/anchors.ts';

const aliases = JSON.parse(readFileSync(aliasesFile, 'utf8')) as AnchorAliases;
const diff = diffAnchors(readManifest(), builtAnchors(), aliases);

test('no published anchor disappears without an alias', () => {
  expect(diff.missing, 'declare an alias in src/anchors/aliases.json ("old page#id": "new page#id")').toEqual([]);
});

test('every alias points at an anchor that exists', () => {
  expect(diff.brokenAliases).toEqual([]);
});

test('the manifest lists every anchor of the build', () => {
  expect(diff.unlisted, 'run `npm run anchors:update` and commit src/anchors/manifest.json').toEqual([]);
});

// Adds the anchors of the current build (dist/, or DIST_DIR) to src/anchors/manifest.json.
// It never removes one: an anchor that disappears needs an alias in src/anchors/aliases.json.
import { writeFileSync, existsSync } from 'node:fs';
import { mergeManifest } from '../src/lib/anchors.ts';
import { builtAnchors, manifestFile, readManifest } from './lib/anchors.ts';

const before = existsSync(manifestFile) ? readManifest() : [];
const after = mergeManifest(before, builtAnchors());
writeFileSync(manifestFile, JSON.stringify(after, null, 1) + '\n');
console.log(`anchors: ${after.length} in the manifest (${after.length - before.length} added)`);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, readPage } from './dist.ts';

const formControls = new Set(['input', 'select', 'textarea', 'button', 'label', 'output', 'form']);

/**
 * Published anchors of a build: "page#id" for every id inside <main>, except ids inside islands
 * (Preact generates those) and ids of form controls (they are not link targets).
 */
export function builtAnchors(): string[] {
  const anchors: string[] = [];
  for (const { file, path } of htmlPages()) {
    if (path === '/404/') continue;
    const main = readPage(file).querySelector('main');
    if (!main) continue;
    for (const el of main.querySelectorAll('[id]')) {
      if (formControls.has(el.tagName.toLowerCase())) continue;
      if (el.closest('astro-island')) continue;
      anchors.push(`${path}#${el.id}`);
    }
  }
  return [...new Set(anchors)].sort();
}

export const manifestFile = join(import.meta.dirname, '..', '..', 'src', 'anchors', 'manifest.json');
export const aliasesFile = join(import.meta.dirname, '..', '..', 'src', 'anchors', 'aliases.json');

export function readManifest(): string[] {
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as string[];
}

import { parseKnowledgeBase, parseYamlFile, type KnowledgeBase } from '../lib/content/read.ts';
import { checkIntegrity } from '../lib/content/integrity.ts';
import { folderOf, type KindName } from '../schemas/index.ts';
import type { RawFile } from '../lib/content/parse.ts';

/**
 * The knowledge base of this build: every YAML file under content/, read, validated against the schemas and
 * cross-checked once, when this module is first imported. There are no Astro content collections: Vite bundles the
 * files (so `npm run dev` reloads a page when one changes), and the same parser as the tests and scripts validates
 * them, so a bad record fails the build with the file, the record id, the field and what was expected.
 */
const texts = import.meta.glob<string>('/content/**/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true });

/** The parsed files of one kind's folder, in file-name order, with repo-relative paths ("content/claims/trio.yaml"). */
function filesOf(kind: KindName): RawFile[] {
  const folder = `/content/${folderOf(kind)}/`;
  return Object.keys(texts)
    .filter((path) => path.startsWith(folder) && !path.slice(folder.length).includes('/'))
    .sort()
    .map((path) => parseYamlFile(path.slice(1), texts[path] ?? ''));
}

function load(): KnowledgeBase {
  const kb = parseKnowledgeBase(filesOf);
  const errors = checkIntegrity(kb);
  if (errors.length) throw new Error(`Content integrity:\n${errors.map((e) => `- ${e}`).join('\n')}`);
  return kb;
}

/** The validated knowledge base, in file order (sources in the order of their `file`). */
export const kb: KnowledgeBase = load();

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { kinds, folderOf, type KindName, type RecordOf } from '../../schemas/index.ts';
import { parseKind, ContentError, type RawFile } from './parse.ts';
import { compareText } from '../text.ts';

/** The whole knowledge base: every kind's validated records. */
export type KnowledgeBase = { [K in KindName]: RecordOf<K>[] };

/** Repository root, found from this file (src/lib/content/read.ts). */
export const repoRoot = new URL('../../../', import.meta.url).pathname;

/** YAML-parses one content file; a syntax error becomes a ContentError naming the file. */
export function parseYamlFile(path: string, text: string): RawFile {
  try {
    return { path, data: parseYaml(text) as unknown };
  } catch (error) {
    throw new ContentError([`${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
}

/** Reads and YAML-parses every file of one kind's folder, sorted by name so order is stable. */
export function readRawFiles(kind: KindName, root = repoRoot): RawFile[] {
  const dir = join(root, 'content', folderOf(kind));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => parseYamlFile(relative(root, join(dir, f)), readFileSync(join(dir, f), 'utf8')));
}

/** Reads and validates one kind. Throws ContentError naming file, record and field on bad data. */
export function readKind<K extends KindName>(kind: K, root = repoRoot): RecordOf<K>[] {
  return parseKind(kind, readRawFiles(kind, root));
}

/**
 * Validates every kind from its parsed files (in file-name order), collecting the problems of all kinds into one
 * ContentError. Records keep file order; sources come in the order of their `file` field (000 … 004).
 * Shared by readKnowledgeBase (tests, scripts) and src/data/kb.ts (the build), so both see the same records.
 */
export function parseKnowledgeBase(filesOf: (kind: KindName) => readonly RawFile[]): KnowledgeBase {
  const problems: string[] = [];
  const kb: Partial<Record<KindName, unknown[]>> = {};
  for (const kind of Object.keys(kinds) as KindName[]) {
    try {
      kb[kind] = parseKind(kind, filesOf(kind));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      kb[kind] = [];
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  const full = kb as KnowledgeBase;
  full.sources.sort((a, b) => compareText(a.file, b.file));
  return full;
}

/** Reads every kind from content/ on disk (see parseKnowledgeBase). */
export function readKnowledgeBase(root = repoRoot): KnowledgeBase {
  // A YAML error thrown while reading one kind is collected with the problems of the others.
  return parseKnowledgeBase((kind) => readRawFiles(kind, root));
}

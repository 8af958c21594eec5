import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { kinds, folderOf, type KindName, type RecordOf } from '../../schemas/index.ts';
import { parseKind, ContentError, type RawFile } from './parse.ts';

/** The whole knowledge base: every kind's validated records. */
export type KnowledgeBase = { [K in KindName]: RecordOf<K>[] };

/** Repository root, found from this file (src/lib/content/read.ts). */
export const repoRoot = new URL('../../../', import.meta.url).pathname;

/** Reads and YAML-parses every file of one kind's folder, sorted by name so order is stable. */
export function readRawFiles(kind: KindName, root = repoRoot): RawFile[] {
  const dir = join(root, 'content', folderOf(kind));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const path = relative(root, join(dir, f));
      try {
        return { path, data: parseYaml(readFileSync(join(dir, f), 'utf8')) as unknown };
      } catch (error) {
        throw new ContentError([`${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
      }
    });
}

/** Reads and validates one kind. Throws ContentError naming file, record and field on bad data. */
export function readKind<K extends KindName>(kind: K, root = repoRoot): RecordOf<K>[] {
  return parseKind(kind, readRawFiles(kind, root));
}

/** Reads every kind, collecting the problems of all kinds into one ContentError. */
export function readKnowledgeBase(root = repoRoot): KnowledgeBase {
  const problems: string[] = [];
  const kb: Partial<Record<KindName, unknown[]>> = {};
  for (const kind of Object.keys(kinds) as KindName[]) {
    try {
      kb[kind] = readKind(kind, root);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      kb[kind] = [];
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return kb as KnowledgeBase;
}

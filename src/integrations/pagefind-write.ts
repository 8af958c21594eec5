import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One file of a built Pagefind bundle, as Pagefind's getFiles() returns it. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/**
 * The page count of a bundle, read from its own pagefind-entry.json in memory. Throws a message saying what is
 * wrong when the entry is missing, empty or not JSON, so a broken index never ships.
 */
export function bundlePageCount(files: readonly BundleFile[]): number {
  const entry = files.find((f) => f.path === 'pagefind-entry.json');
  if (!entry?.content.length) throw new Error('Pagefind produced no pagefind-entry.json: the index is empty.');
  let parsed: { languages?: Record<string, { page_count?: number }> };
  try {
    parsed = JSON.parse(new TextDecoder().decode(entry.content)) as typeof parsed;
  } catch (error) {
    throw new Error(`Pagefind's pagefind-entry.json is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return Object.values(parsed.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
}

/**
 * Writes the bundle ourselves, every write awaited, into a fresh folder. Pagefind's own writeFiles() could resolve
 * before its service had finished writing, so reading the entry file right after it sometimes found it empty
 * under load; getFiles() hands over the finished bytes instead.
 */
export async function writeBundle(files: readonly BundleFile[], outputPath: string): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  for (const file of files) {
    const target = join(outputPath, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

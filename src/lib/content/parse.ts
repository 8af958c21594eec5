import type { z } from 'zod';
import { kinds, type KindName, type RecordOf } from '../../schemas/index.ts';
import { describeValue, friendly, plainWords, unknownFields } from './messages.ts';

/** A content file after YAML parsing: its path relative to the repo (e.g. "content/claims/trio.yaml") and data. */
export interface RawFile {
  path: string;
  data: unknown;
}

/** Thrown when content fails its schema. `problems` holds one line per problem, each naming file, record and field. */
export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Content is invalid:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** File name without folder and extension: "content/claims/trio.yaml" -> "trio". */
export function baseName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.(ya?ml|json)$/, '');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Dotted field path with list indexes in brackets: ["figures", 0, "unit"] -> "figures[0].unit". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** Turns one record into the shape its schema sees, adding `id` or `source` from the file name by layout. */
function prepare(kind: KindName, file: RawFile): { items: unknown[]; problems: string[] } {
  const { layout, label } = kinds[kind];
  const name = baseName(file.path);
  if (layout === 'one-per-file') {
    if (!isPlainObject(file.data)) {
      return { items: [], problems: [`${file.path}: expected one ${label} (an object), found ${describeValue(file.data)}`] };
    }
    const id: unknown = file.data['id'] ?? name;
    if (id !== name) {
      return { items: [], problems: [`${file.path}: ${label} ${JSON.stringify(id)}, field "id": must equal the file name "${name}"`] };
    }
    return { items: [{ ...file.data, id }], problems: [] };
  }
  if (!Array.isArray(file.data)) {
    return { items: [], problems: [`${file.path}: expected a list of ${label} records, found ${describeValue(file.data)}`] };
  }
  if (layout === 'list') return { items: file.data, problems: [] };
  const problems: string[] = [];
  const items = file.data.flatMap((item: unknown, i) => {
    if (!isPlainObject(item)) {
      problems.push(`${file.path}: item ${i + 1}: expected a ${label} (an object), found ${describeValue(item)}`);
      return [];
    }
    if ('source' in item && item['source'] !== name) {
      problems.push(`${file.path}: ${label} "${String(item['id'])}", field "source": leave it out; the file name "${name}" is the source`);
    }
    return [{ ...item, source: name }];
  });
  return { items, problems };
}

/**
 * Validates every record of one kind against its schema.
 * Returns the parsed records, or throws a ContentError whose lines read
 * `<file>: <kind> "<id>", field "<path>": <what was expected>`.
 */
export function parseKind<K extends KindName>(kind: K, files: readonly RawFile[]): RecordOf<K>[] {
  const schema = kinds[kind].schema as unknown as z.ZodType<RecordOf<K>>;
  const { label } = kinds[kind];
  const records: RecordOf<K>[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const prepared = prepare(kind, file);
    problems.push(...prepared.problems);
    prepared.items.forEach((item, i) => {
      const id = isPlainObject(item) && typeof item['id'] === 'string' ? `"${item['id']}"` : `#${i + 1}`;
      const where = (path: readonly PropertyKey[]) => `${file.path}: ${label} ${id}, field "${fieldPath(path) || '(record)'}"`;
      const unknown = unknownFields(schema, item).map(
        ([path, known]) => `${where(path)}: not a field here (a typo?); expected one of ${known.join(', ')}`,
      );
      const result = schema.safeParse(item, { reportInput: true, error: plainWords });
      problems.push(...unknown, ...(result.error?.issues ?? []).map((issue) => `${where(issue.path)}: ${friendly(issue)}`));
      if (result.success && unknown.length === 0) records.push(result.data);
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return records;
}

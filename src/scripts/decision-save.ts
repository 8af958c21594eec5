// The decision calculator's exports, loaded on the first export click only, so none of it counts against the
// page's start-up JS.
import { toCsv, toJson, type ExportInput } from '../lib/decision/export.ts';
import { download } from './download.ts';

/** Builds the export and offers it as a download. Returns the file name. */
export function save(kind: 'csv' | 'json', input: ExportInput): string {
  const name = `decision-${input.outcome.verdict}.${kind}`;
  if (kind === 'csv') download(name, toCsv(input), 'text/csv;charset=utf-8');
  else download(name, toJson(input), 'application/json');
  return name;
}

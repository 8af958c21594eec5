// Loaded on the first export click only, so none of it counts against the page's start-up JS.
import { toCsv, toJson, type ExportInput } from '../../lib/decision/export.ts';

/** Builds the export and offers it as a download (Blob + temporary link); nothing leaves the browser. Returns the file name. */
export function save(kind: 'csv' | 'json', input: ExportInput): string {
  const name = `decision-${input.outcome.verdict}.${kind}`;
  const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const url = URL.createObjectURL(new Blob([kind === 'csv' ? toCsv(input) : toJson(input)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

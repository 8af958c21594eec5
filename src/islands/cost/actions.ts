/**
 * The calculator's buttons that leave the page: copying the link and the downloads. Loaded on the first click, so
 * the page's JS before interaction stays within its budget.
 */
import { buildExport, exportCsv, type ExportInput } from '../../lib/cost/export.ts';
import { download } from '../../scripts/download.ts';

/** Copies `link`; a missing clipboard or one that throws (synchronously or not) reports the link instead. */
export function copyLink(link: string, say: (text: string) => void): void {
  Promise.resolve()
    .then(() => navigator.clipboard.writeText(link))
    .then(
      () => say('Link copied.'),
      () => say(`Copying was blocked; the link is ${link}`),
    );
}

/** Downloads the scenario as CSV or JSON. */
export function save(kind: 'csv' | 'json', input: ExportInput, say: (text: string) => void): void {
  const data = buildExport(input);
  if (kind === 'csv') download('team-cost.csv', exportCsv(data), 'text/csv;charset=utf-8');
  else download('team-cost.json', `${JSON.stringify(data, null, 2)}\n`, 'application/json');
  say(`Saved team-cost.${kind}.`);
}

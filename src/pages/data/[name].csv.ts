import type { APIRoute, GetStaticPaths } from 'astro';
import { synthesis } from '../../data/synthesis.ts';
import { kb } from '../../data/kb.ts';
import { datasets, datasetNamed } from '../../lib/datasets/definitions.ts';
import { datasetCsv } from '../../lib/datasets/documents.ts';
import { absoluteHref } from '../../data/href.ts';

/** /data/<name>.csv: the same records flattened to RFC 4180 CSV (UTF-8, CRLF, header row). */
export const getStaticPaths = (() => datasets.map((d) => ({ params: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const dataset = datasetNamed(params['name'] ?? '');
  const csv = datasetCsv(dataset, kb, { urlOf: absoluteHref, synthesis });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { synthesis } from '../../data/synthesis.ts';
import { kb } from '../../data/kb.ts';
import { datasets, datasetNamed } from '../../lib/datasets/definitions.ts';
import { datasetDocument } from '../../lib/datasets/documents.ts';
import { absoluteHref } from '../../data/href.ts';

/** /data/<name>.json: one dataset with metadata, licence note and records, each with its source and url. */
export const getStaticPaths = (() => datasets.map((d) => ({ params: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const dataset = datasetNamed(params['name'] ?? '');
  const doc = datasetDocument(dataset, kb, { urlOf: absoluteHref, synthesis });
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

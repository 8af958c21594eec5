import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, datasetNamed } from '../../../lib/datasets/definitions.ts';
import { datasetJsonSchema } from '../../../lib/datasets/documents.ts';
import { absoluteHref } from '../../../data/href.ts';

/** /data/schema/<name>.json: JSON Schema (draft 2020-12) of /data/<name>.json, generated from the Zod schemas. */
export const getStaticPaths = (() => datasets.map((d) => ({ params: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const schema = datasetJsonSchema(datasetNamed(params['name'] ?? ''), {
    urlOf: absoluteHref,
  });
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};

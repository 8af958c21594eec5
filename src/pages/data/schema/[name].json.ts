import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, datasetNamed } from '../../../lib/datasets/definitions.ts';
import { datasetJsonSchema } from '../../../lib/datasets/documents.ts';
import { siteUrlOf } from '../../../lib/datasets/site-url.ts';

/** /data/schema/<name>.json: JSON Schema (draft 2020-12) of /data/<name>.json, generated from the Zod schemas. */
export const getStaticPaths = (() => datasets.map((d) => ({ params: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const schema = datasetJsonSchema(datasetNamed(params['name'] ?? ''), {
    urlOf: siteUrlOf(site, import.meta.env.BASE_URL),
  });
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};

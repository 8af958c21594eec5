import type { APIRoute } from 'astro';
import { synthesis } from '../data/synthesis.ts';
import { kb } from '../data/kb.ts';
import { sitePages } from '../lib/datasets/site-pages.ts';
import { llmsTxt } from '../lib/datasets/site-files.ts';
import { datasets } from '../lib/datasets/definitions.ts';
import { dataFiles, datasetRecords, LICENCE_NOTE } from '../lib/datasets/documents.ts';
import { absoluteHref } from '../data/href.ts';

/** /llms.txt: a plain-text map of the site and its datasets for tools and language models. */
export const GET: APIRoute = () => {
  const urlOf = absoluteHref;
  const text = llmsTxt(
    {
      siteName: 'Django or Node.js?',
      summary:
        `A static knowledge base built from ${kb.sources.length} published comparisons of Django and Node.js: ` +
        `${kb.claims.length} claims in our own words, each tied to its source, with the places where sources disagree, ` +
        'the tables they print, benchmarks, and a cost and a decision calculator.',
      notes: [
        'Every page and record names its source; figures are kept as the sources printed them, markers (~, +, under) included.',
        `Each source's position on each dimension and the consensus of each dimension are computed once; ` +
          `${synthesis.disagreements.length} of ${synthesis.candidates.length} computed candidate disagreements were ` +
          'reviewed as real disagreements and are shown both-sided, never averaged away (conflicts.json lists every candidate with its review).',
        `Reuse: ${LICENCE_NOTE}`,
      ],
      pages: sitePages(kb),
      datasets: datasets.map((d) => ({
        title: d.title,
        description: d.description,
        count: datasetRecords(d, kb, { urlOf, synthesis }).length,
        json: dataFiles.json(d.name),
        csv: dataFiles.csv(d.name),
        schema: dataFiles.schema(d.name),
      })),
    },
    urlOf,
  );
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { ctx } from '../data/context.ts';
import { searchRecords, walkthroughPages } from '../lib/search/records.ts';

/**
 * Every record as a search entry, for the Pagefind step of the build (src/integrations/pagefind.ts), which indexes
 * them and then removes this file from dist/: readers never fetch it.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ records: searchRecords(ctx), walkthroughs: walkthroughPages(ctx) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

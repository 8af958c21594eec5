import type { APIRoute } from 'astro';
import { getKb } from '../data/kb.ts';
import { buildAnchorMap } from '../lib/search/anchors.ts';

/** Anchor -> result type and sources, fetched by the search UI when it opens (never on page load). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildAnchorMap(await getKb())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

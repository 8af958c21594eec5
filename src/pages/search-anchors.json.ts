import type { APIRoute } from 'astro';
import { kb } from '../data/kb.ts';
import { synthesis } from '../data/synthesis.ts';
import { buildAnchorMap } from '../lib/search/anchors.ts';

/** Anchor -> result type and sources, fetched by the search UI when it opens (never on page load). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildAnchorMap(kb, synthesis.candidates)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

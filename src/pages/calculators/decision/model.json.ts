import type { APIRoute } from 'astro';
import { decisionModelJson } from '../../../data/decision.ts';

/** The decision calculator's questions, rules and resolved sources, fetched by the island when it hydrates. */
export const GET: APIRoute = () =>
  new Response(decisionModelJson, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

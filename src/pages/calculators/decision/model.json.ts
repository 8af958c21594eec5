import type { APIRoute } from 'astro';
import { decisionModelJson } from '../../../islands/decision/server-model.ts';

/** The decision calculator's questions, rules and resolved sources, fetched by the island when it hydrates. */
export const GET: APIRoute = async () =>
  new Response(await decisionModelJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

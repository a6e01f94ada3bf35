/**
 * Every credential's renewal (the rule where its issuer confirms one, the
 * renewal fact's words and provenance, the fee fact) for "Credentials you
 * hold" on the career plan. Fetched when a reader holds a credential or starts
 * adding one, so the plan page does not carry it for everyone else.
 */
import type { APIRoute } from 'astro';
import { renewalInfos } from '../../data/certifications.ts';

export const GET: APIRoute = async () => {
  const credentials = await renewalInfos();
  return new Response(JSON.stringify({ version: 1, credentials }), { headers: { 'Content-Type': 'application/json' } });
};

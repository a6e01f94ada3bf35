/**
 * How the roles' profiles compare, for the explorer: every ordered pair of
 * roles with a profile, its changes in words (budget, team, duration, work in
 * parallel, decision rights, new stakeholders) and where its figures come
 * from, worked out at build time (src/lib/ladder/profile-compare.ts). Fetched
 * when a reader first compares two roles, like the skill reasons, so the
 * explorer page carries neither the words nor the code that writes them.
 */
import type { APIRoute } from 'astro';
import { comparisonProfiles } from '../../data/roles.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ version: 1, ...(await comparisonProfiles()) }), { headers: { 'Content-Type': 'application/json' } });

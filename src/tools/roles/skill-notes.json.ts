/**
 * Why each role sits at each skill level, for the explorer's comparison. It
 * is fetched when a reader compares two roles, so the explorer page does not
 * carry 18 roles' reasons twice (each role's own page shows them).
 */
import type { APIRoute } from 'astro';
import { loadRoles } from '../../data/roles.ts';

export const GET: APIRoute = async () => {
  const { roles } = await loadRoles();
  const notes = Object.fromEntries(roles.map((r) => [r.id, r.data.skillNotes]));
  return new Response(JSON.stringify({ version: 1, notes }), { headers: { 'Content-Type': 'application/json' } });
};

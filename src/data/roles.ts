/** Build-time access to the roles collection, grouped for the explorer. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNames } from '../lib/glossary.ts';

export type RoleEntry = CollectionEntry<'roles'>;

export const KIND_LABELS: Record<RoleEntry['data']['kind'], string> = {
  rung: 'Rung on the ladder',
  entry: 'Entry route',
  'side-door': 'Side door',
  specialisation: 'Specialisation',
};

export async function loadRoles() {
  const roles = await getCollection('roles');
  const byName = (a: RoleEntry, b: RoleEntry) => compareNames(a.data.name, b.data.name);
  const rungs = roles.filter((r) => r.data.kind === 'rung').sort((a, b) => (a.data.rung ?? 0) - (b.data.rung ?? 0));
  const entries = roles.filter((r) => r.data.kind === 'entry').sort(byName);
  const sideDoors = roles.filter((r) => r.data.kind === 'side-door').sort(byName);
  const specialisations = roles.filter((r) => r.data.kind === 'specialisation').sort(byName);
  const ordered = [...rungs, ...entries, ...sideDoors, ...specialisations];
  const byId = new Map(roles.map((r) => [r.id, r]));
  const into = (id: string) => ordered.filter((r) => r.data.moves.some((m) => m.to === id));
  return { roles: ordered, rungs, entries, sideDoors, specialisations, byId, into };
}

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

/**
 * Each skill's typical level (1–5) for a role, the one way browser code gets
 * role skill levels (the self-assessment, plan and chooser). When the data's
 * shape changes, only this helper changes.
 */
export function skillLevels(role: RoleEntry): Record<keyof RoleEntry['data']['skills'], number> {
  return role.data.skills;
}

/** The ladder's rungs as the browser tools need them: id, name, rung number, skill levels. */
export async function rungLevels() {
  const { rungs } = await loadRoles();
  return rungs.map((r) => ({ id: r.id, name: r.data.name, rung: r.data.rung!, skills: skillLevels(r) }));
}

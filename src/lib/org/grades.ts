/**
 * An organisation's grades beside the guide's roles. Pure: the server renders
 * with these functions, and the islands get the same `OrgGradesJson` in their
 * JSON block (key `orgGrades`) and call the same functions.
 */
import type { GradeRecord, OrgGradesData } from './types.ts';
import { mergeProfile, type ProfileCore, type ProfileOverride, type ProfileView } from '../ladder/profile.ts';

/** One grade as shown beside a role: its name ("P3 Project Manager"), pay band and whom to ask. */
export interface RoleGrade {
  name: string;
  payBand?: string;
  ask?: string;
}

/** What the islands receive: grades grouped by the guide's role id, in the order of grades.yaml. */
export interface OrgGradesJson {
  organisation: string;
  label: string;
  byRole: Record<string, RoleGrade[]>;
}

/** "P3 Project Manager" (grade and internal title), or "P3" when there is no title. */
export function gradeName(g: Pick<GradeRecord, 'grade' | 'title'>): string {
  return g.title ? `${g.grade} ${g.title}` : g.grade;
}

export function gradesJson(data: OrgGradesData): OrgGradesJson {
  const byRole: Record<string, RoleGrade[]> = {};
  for (const g of data.grades) {
    const entry: RoleGrade = { name: gradeName(g) };
    if (g.payBand) entry.payBand = g.payBand;
    if (g.ask) entry.ask = g.ask;
    (Object.hasOwn(byRole, g.role) ? byRole[g.role]! : (byRole[g.role] = [])).push(entry);
  }
  return { organisation: data.organisation, label: data.label, byRole };
}

/**
 * The grades that correspond to a role, [] when none. Safe with any role id
 * (e.g. one read from the address: "constructor" or "__proto__" find nothing).
 */
export function gradesForRole(json: OrgGradesJson | null | undefined, roleId: string): RoleGrade[] {
  if (!json || typeof json.byRole !== 'object' || json.byRole === null || !Object.hasOwn(json.byRole, roleId)) return [];
  const list = json.byRole[roleId];
  return Array.isArray(list) ? list.filter((g) => g && typeof g.name === 'string') : [];
}

/**
 * The line shown beside a role's name, e.g. "Northwind grade: P3 Project Manager"
 * or "Northwind grade: P3 Project Manager or P4 Lead Project Manager"; null when
 * the organisation has no grade for it.
 */
export function gradeLine(json: OrgGradesJson | null | undefined, roleId: string): string | null {
  const names = gradesForRole(json, roleId).map((g) => g.name);
  if (names.length === 0) return null;
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
  return `${json!.label}: ${list}`;
}

/** The grades that give profile fields of their own, by the guide's role id, in the order of grades.yaml (for the pages, not the islands). */
export interface OrgProfilesJson {
  organisation: string;
  label: string;
  /** `grade` as written in grades.yaml ("P3"); `name` as shown ("P3 Senior Project Manager"). */
  byRole: Record<string, Array<{ grade: string; name: string; profile: ProfileOverride }>>;
}

export function gradeProfilesJson(data: OrgGradesData): OrgProfilesJson | null {
  const byRole: OrgProfilesJson['byRole'] = {};
  for (const g of data.grades) {
    if (!g.profile) continue;
    (Object.hasOwn(byRole, g.role) ? byRole[g.role]! : (byRole[g.role] = [])).push({ grade: g.grade, name: gradeName(g), profile: g.profile });
  }
  return Object.keys(byRole).length ? { organisation: data.organisation, label: data.label, byRole } : null;
}

/** A profile as shown for one of the organisation's grades; `gradeLine` names it ("Northwind grade: P3 Senior Project Manager"). */
export type GradeProfileView = ProfileView & { gradeLine?: string };

/**
 * The profiles a page shows for a role: one per grade of the organisation
 * that gives fields of its own (the guide's figures filling the rest), and
 * the guide's own as well when some grade of the role gives none or the
 * organisation has no grade for it. `grades` are the role's grades
 * (gradesForRole); safe with any role id.
 */
export function profileViewsFor(
  guide: ProfileCore,
  roleId: string,
  profiles: OrgProfilesJson | null | undefined,
  grades: readonly RoleGrade[],
): GradeProfileView[] {
  const own = profiles && Object.hasOwn(profiles.byRole, roleId) && Array.isArray(profiles.byRole[roleId]) ? profiles.byRole[roleId]! : [];
  const views: GradeProfileView[] = own.map((o) => ({
    ...mergeProfile(guide, o.profile, { organisation: profiles!.organisation, grade: o.grade }),
    gradeLine: `${profiles!.label}: ${o.name}`,
  }));
  if (views.length === 0 || grades.length > views.length) views.push({ profile: guide, orgFields: [] });
  return views;
}

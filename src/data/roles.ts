/** Build-time access to the roles collection, grouped for the explorer. */
import { getCollection, type CollectionEntry } from 'astro:content';
import org from 'virtual:guide-org';
import { compareNames } from '../lib/glossary.ts';
import { gradesForRole, profileViewsFor, type GradeProfileView } from '../lib/org/grades.ts';
import { coreOf, profileNote, profileRows, type ProfileCore, type ProfileRow, type RungProfile } from '../lib/ladder/profile.ts';
import { comparisonNote, profileStepUp, type ProfileChange } from '../lib/ladder/profile-compare.ts';
import { formatDay } from '../lib/facts/provenance.ts';
import { sourcedFact, type SourcedFactEntry } from './sourced-facts.ts';

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

/**
 * The profiles to show for a role, [] when it has none: one per grade of the
 * organisation that gives figures of its own, and the guide's (see
 * profileViewsFor). Each with its rows and the note on where its figures
 * come from.
 */
export function profileBlocks(role: RoleEntry): Array<{ view: GradeProfileView; rows: ProfileRow[]; note: string }> {
  const p = role.data.profile;
  if (!p) return [];
  return profileViewsFor(coreOf(p), role.id, org.profiles, gradesForRole(org.grades, role.id)).map((view) => ({
    view,
    rows: profileRows(view),
    note: profileNote(view, formatDay(p.checked)),
  }));
}

/** The frameworks a role's profile cites, each with its sourced fact (for the source notes). */
export async function profileAnchors(role: RoleEntry): Promise<Array<{ says: string; fact: SourcedFactEntry }>> {
  return Promise.all((role.data.profile?.anchors ?? []).map(async (a) => ({ says: a.says, fact: await sourcedFact(a.fact) })));
}

/**
 * The explorer's comparison of profiles, worked out here so the page's
 * script only shows it (/roles/profiles.json): for every ordered pair of
 * roles with profiles, the changes in words and the line on where their
 * figures come from; for every role without one, the sentence that says so.
 * On an organisation's build a role's figures are those of the first profile
 * its page shows.
 */
export async function comparisonProfiles(): Promise<{
  pairs: Record<string, { changes: ProfileChange[]; note: string | null }>;
  noProfile: Record<string, string>;
}> {
  const { roles } = await loadRoles();
  const views = new Map(roles.flatMap((r) => (profileBlocks(r)[0] ? [[r.id, profileBlocks(r)[0]!.view] as const] : [])));
  const pairs: Record<string, { changes: ProfileChange[]; note: string | null }> = {};
  const noProfile: Record<string, string> = {};
  for (const a of roles) {
    for (const b of roles) {
      if (a.id === b.id) continue;
      const [va, vb] = [views.get(a.id), views.get(b.id)];
      if (va && vb) {
        pairs[`${a.id}>${b.id}`] = {
          changes: profileStepUp({ name: a.data.name, profile: va.profile }, { name: b.data.name, profile: vb.profile }),
          note: comparisonNote({ name: a.data.name, view: va }, { name: b.data.name, view: vb }),
        };
      } else if (!va && vb && !noProfile[a.id]) {
        noProfile[a.id] = profileStepUp({ name: a.data.name, profile: null }, { name: b.data.name, profile: vb.profile })[0]!.text;
      }
    }
  }
  return { pairs, noProfile };
}

/** A rung's profile as plain JSON, for the one-to-one pack and any page that embeds it (safe to pass to <JsonData>). */
export interface RungProfileJson {
  role: { id: string; name: string; kind: RoleEntry['data']['kind']; rung: number | null };
  /** The figures in fields (src/lib/ladder/profile.ts), with an organisation's own in place of the guide's where it gives them. */
  profile: ProfileCore;
  /** The same in words, a row each: label, value, note, and whether the figure is the guide's or the organisation's. */
  rows: ProfileRow[];
  /** Where the figures come from, in sentences. */
  note: string;
  /** The organisation and grade whose figures these are, when any are its own. */
  organisation: string | null;
  grade: string | null;
  /** The frameworks that place comparable work, each with its source. */
  anchors: Array<{ says: string; label: string; source: { url: string; publisher: string } | null; checked: string }>;
  basis: RungProfile['basis'];
  checked: string;
  reviewBy: string;
}

/**
 * One role's profile for the one-to-one pack: the guide's, or, given one of
 * the organisation's grades ("P3"), that grade's with its own figures in
 * place (a grade without figures of its own gets the guide's). Null when the
 * role has no profile.
 */
export async function rungProfile(roleId: string, options: { grade?: string } = {}): Promise<RungProfileJson | null> {
  const { byId } = await loadRoles();
  const role = byId.get(roleId);
  const p = role?.data.profile;
  if (!role || !p) return null;
  const blocks = profileBlocks(role);
  const guide: ReturnType<typeof profileBlocks>[number] = {
    view: { profile: coreOf(p), orgFields: [] },
    rows: profileRows({ profile: coreOf(p), orgFields: [] }),
    note: profileNote({ orgFields: [] }, formatDay(p.checked)),
  };
  const block = (options.grade ? blocks.find((b) => b.view.grade === options.grade) : undefined) ?? guide;
  const anchors = await profileAnchors(role);
  return {
    role: { id: role.id, name: role.data.name, kind: role.data.kind, rung: role.data.rung ?? null },
    profile: block.view.profile,
    rows: block.rows,
    note: block.note,
    organisation: block.view.organisation ?? null,
    grade: block.view.grade ?? null,
    anchors: anchors.map((a) => ({
      says: a.says,
      label: a.fact.data.label,
      source: a.fact.data.source ? { url: a.fact.data.source.url, publisher: a.fact.data.source.publisher } : null,
      checked: a.fact.data.checked,
    })),
    basis: p.basis,
    checked: p.checked,
    reviewBy: p.reviewBy,
  };
}

/** Every role's profile for the one-to-one pack, by role id (the guide's figures; pass a grade to rungProfile for an organisation's). */
export async function rungProfiles(): Promise<Record<string, RungProfileJson>> {
  const { roles } = await loadRoles();
  const out: Record<string, RungProfileJson> = {};
  for (const role of roles) {
    const json = await rungProfile(role.id);
    if (json) out[role.id] = json;
  }
  return out;
}

/**
 * Comparing two roles on the skill dimensions, and the explorer's URL state.
 * Pure.
 */
import { GROUP_LABELS, SKILL_GROUP_OF, SKILL_IDS, SKILL_LABELS, type SkillGroup, type SkillId } from './skill-ids.ts';

const SKILL_DIMENSIONS = SKILL_IDS.map((id) => ({ id, label: SKILL_LABELS[id], group: SKILL_GROUP_OF[id] }));

export type Ratings = Record<SkillId, number>;

export interface ComparableRole {
  id: string;
  name: string;
  skills: Ratings;
  skillNotes?: Partial<Record<SkillId, string>> | undefined;
}

export interface SkillDelta {
  id: SkillId;
  label: string;
  group: SkillGroup;
  from: number;
  to: number;
  delta: number;
  /** What the higher rating means in the role that has it, when the data says. */
  note?: string | undefined;
}

/** Per-dimension change from role `a` to role `b`, biggest changes first (ties in dimension order). */
export function skillDeltas(a: ComparableRole, b: ComparableRole): SkillDelta[] {
  return SKILL_DIMENSIONS.map((d, index) => {
    const from = a.skills[d.id];
    const to = b.skills[d.id];
    const higher = to >= from ? b : a;
    return { index, id: d.id, label: d.label, group: d.group, from, to, delta: to - from, note: higher.skillNotes?.[d.id] };
  })
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.index - y.index)
    .map(({ index: _index, ...rest }) => rest);
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The differences in words, e.g. "Budgeting and finance +2: owns budgets and vendor contracts" (labels keep their capitals). */
export function describeDifferences(a: ComparableRole, b: ComparableRole, limit = 4): string[] {
  const changed = skillDeltas(a, b).filter((d) => d.delta !== 0);
  if (changed.length === 0) return [`${b.name} asks for the same skill levels as ${a.name}.`];
  return changed.slice(0, limit).map((d) => `${d.label} ${signed(d.delta)}${d.note ? `: ${d.note}` : ''}`);
}

export interface DifferenceInWords {
  id: SkillId;
  label: string;
  from: number;
  to: number;
  /** A sentence saying which way the skill moves: "Delivery methods rises from 3 to 4." */
  text: string;
  /** What the level looks like in the role that rates it higher, from the role data ("Chooses the approach…"), if known. */
  why?: string | undefined;
  /** The role that rates it higher, whose reason `why` is. */
  whyRole: string;
}

/**
 * Every skill that differs between two roles, biggest change first, each in
 * words: which way it moves and why, from the reason in the role data of the
 * role that rates it higher.
 */
export function differencesInWords(a: ComparableRole, b: ComparableRole): DifferenceInWords[] {
  return skillDeltas(a, b)
    .filter((d) => d.delta !== 0)
    .map((d) => {
      const higher = d.delta > 0 ? b : a;
      const why = higher.skillNotes?.[d.id];
      const move = d.delta > 0 ? `rises from ${d.from} to ${d.to}` : `falls from ${d.from} to ${d.to}`;
      return { id: d.id, label: d.label, from: d.from, to: d.to, text: `${d.label} ${move}.`, why: why?.replace(/\.?$/, '.'), whyRole: higher.name };
    });
}

/** Total of a role's ratings (used to orient a comparison as a step up). */
export function totalRating(r: ComparableRole): number {
  return Object.values(r.skills).reduce((a, b) => a + b, 0);
}

/** The pair ordered as a step up: lower total first (ties keep the given order). */
export function asStepUp<T extends ComparableRole>(a: T, b: T): [T, T] {
  return totalRating(b) >= totalRating(a) ? [a, b] : [b, a];
}

/** Sum of changes per talent-triangle group. */
export function groupDeltas(a: ComparableRole, b: ComparableRole): Array<{ group: SkillGroup; label: string; delta: number }> {
  const sums = new Map<SkillGroup, number>();
  for (const d of skillDeltas(a, b)) sums.set(d.group, (sums.get(d.group) ?? 0) + d.delta);
  return [...sums.entries()].map(([group, delta]) => ({ group, label: GROUP_LABELS[group], delta }));
}

/**
 * The self-assessment as it is saved (the store's "ratings" record, format
 * 2): a level per skill, whether the reader has applied the skill at work or
 * only knows it, an optional evidence note per skill ("what I did, where,
 * with what result"), and, when the reader chose to keep them, a manager's
 * ratings of the same skills. Format 1 held the levels alone; it is read as a
 * format-2 record with nothing applied, no notes and no manager's view, so
 * nothing a reader saved is lost. Pure; never throws.
 */
import { cutText } from './text.ts';
import { emptyRatings, ratedCount, validateRatings, type Ratings } from './ratings.ts';
import { SKILL_IDS, SKILL_LABELS, type SkillId } from './ladder/skill-ids.ts';

export const MAX_EVIDENCE_LENGTH = 500;

/** Levels with their "applied at work" marks: what a link carries, and what a manager rates. */
export interface Rated {
  levels: Ratings;
  /** Skills applied at work, not only known (in SKILL_IDS order). */
  applied: SkillId[];
}

/** A manager's ratings, kept beside the reader's own. */
export interface ManagerView extends Rated {
  /** The day the reader kept them, "YYYY-MM-DD". */
  keptOn: string;
}

export interface Assessment extends Rated {
  evidence: Partial<Record<SkillId, string>>;
  manager: ManagerView | null;
}

export const emptyAssessment = (): Assessment => ({ levels: emptyRatings(), applied: [], evidence: {}, manager: null });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Only known skills, once each, in SKILL_IDS order; a skill can only be applied once it has a level. */
function appliedOf(raw: unknown, levels: Ratings): SkillId[] {
  const list = Array.isArray(raw) ? raw : [];
  return SKILL_IDS.filter((id) => list.includes(id) && levels[id] > 0);
}

function ratedOf(raw: Record<string, unknown>): { ok: true; data: Rated } | { ok: false; message: string } {
  const levels = validateRatings(raw.levels);
  if (!levels.ok) return levels;
  return { ok: true, data: { levels: levels.data, applied: appliedOf(raw.applied, levels.data) } };
}

/**
 * Validates saved or imported ratings in either format: format 1 (a level per
 * skill, nothing else) or format 2 (levels, applied marks, evidence notes and
 * a manager's view). Notes are cut at MAX_EVIDENCE_LENGTH on a character
 * boundary; unknown skills and empty notes are dropped.
 */
export function validateAssessment(raw: unknown): { ok: true; data: Assessment } | { ok: false; message: string } {
  if (!isObject(raw)) return { ok: false, message: 'The ratings are missing.' };
  if (!('levels' in raw)) {
    const v1 = validateRatings(raw);
    return v1.ok ? { ok: true, data: { ...emptyAssessment(), levels: v1.data } } : v1;
  }
  const rated = ratedOf(raw);
  if (!rated.ok) return rated;
  const evidence: Partial<Record<SkillId, string>> = {};
  if (raw.evidence !== undefined && !isObject(raw.evidence)) return { ok: false, message: 'The evidence notes are malformed.' };
  for (const id of SKILL_IDS) {
    const note = (raw.evidence as Record<string, unknown> | undefined)?.[id];
    if (note === undefined) continue;
    if (typeof note !== 'string') return { ok: false, message: `The evidence note for “${SKILL_LABELS[id]}” is not text.` };
    const text = cutText(note.trim(), MAX_EVIDENCE_LENGTH);
    if (text) evidence[id] = text;
  }
  let manager: ManagerView | null = null;
  if (raw.manager !== undefined && raw.manager !== null) {
    if (!isObject(raw.manager)) return { ok: false, message: 'The manager’s ratings are malformed.' };
    const m = ratedOf(raw.manager);
    if (!m.ok) return { ok: false, message: `In the manager’s ratings: ${m.message}` };
    const keptOn = typeof raw.manager.keptOn === 'string' && DAY.test(raw.manager.keptOn) ? raw.manager.keptOn : '';
    manager = { ...m.data, keptOn };
  }
  return { ok: true, data: { ...rated.data, evidence, manager } };
}

/** True when the reader has saved nothing: no level, no note and no manager's view. */
export const isEmptyAssessment = (a: Assessment) => ratedCount(a.levels) === 0 && Object.keys(a.evidence).length === 0 && a.manager === null;

// ---- Links --------------------------------------------------------------------

/**
 * The applied marks as a short code for a link: the skills' bits (first
 * skill lowest) in base 36, "" when none. Eleven skills fit in three
 * characters.
 */
export function encodeApplied(applied: readonly SkillId[]): string {
  const bits = SKILL_IDS.reduce((n, id, i) => (applied.includes(id) ? n | (1 << i) : n), 0);
  return bits ? bits.toString(36) : '';
}

/** Any string in, applied marks out (only for rated skills; garbage gives none). */
export function decodeApplied(value: unknown, levels: Ratings): SkillId[] {
  if (typeof value !== 'string' || !/^[0-9a-z]{1,3}$/.test(value)) return [];
  const bits = parseInt(value, 36);
  if (!Number.isSafeInteger(bits) || bits >= 1 << SKILL_IDS.length) return [];
  return SKILL_IDS.filter((id, i) => bits & (1 << i) && levels[id] > 0);
}

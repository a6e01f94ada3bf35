/**
 * Ratings, goals and the format saved before the store: what the
 * self-assessment, the plan, the store and the chooser share. Apart from
 * assessment.ts (the gap, suggestions and Markdown, which need every level
 * description) so the chooser and the store stay small. Pure.
 */
import { cutText } from './text.ts';
import { SKILL_IDS, SKILL_LABELS, type SkillId } from './ladder/skill-ids.ts';

export type Ratings = Record<SkillId, number>;

export interface Rung {
  id: string;
  name: string;
  rung: number;
  skills: Record<SkillId, number>;
}

export const emptyRatings = (): Ratings => Object.fromEntries(SKILL_IDS.map((id) => [id, 0])) as Ratings;

export const ratedCount = (r: Ratings) => SKILL_IDS.filter((id) => r[id] > 0).length;

/** The skills the reader has rated (1–5); "not rated" (0) is its own state and never counts as a level. */
export const ratedIds = (r: Ratings) => SKILL_IDS.filter((id) => r[id] > 0);

/** Mean squared difference from a rung over the rated skills only (Infinity when nothing is rated). */
export function distance(r: Ratings, rung: Rung): number {
  const ids = ratedIds(r);
  if (ids.length === 0) return Infinity;
  return ids.reduce((sum, id) => sum + (r[id] - rung.skills[id]) ** 2, 0) / ids.length;
}

/** The rung whose profile is closest to the rated skills (ties go to the lower rung); null when nothing is rated. */
export function closestRung<T extends Rung>(r: Ratings, rungs: T[]): T | null {
  if (ratedCount(r) === 0 || rungs.length === 0) return null;
  const sorted = [...rungs].sort((a, b) => a.rung - b.rung);
  return sorted.reduce((best, x) => (distance(r, x) < distance(r, best) ? x : best));
}

/** The rung above the given one, or null at the top. */
export function nextRung<T extends Rung>(current: T, rungs: T[]): T | null {
  return [...rungs].sort((a, b) => a.rung - b.rung).find((x) => x.rung > current.rung) ?? null;
}

/** Ratings as 11 digits for the URL ("?r=23332210332"); "" when nothing is rated. */
export function encodeRatings(r: Ratings): string {
  return ratedCount(r) === 0 ? '' : SKILL_IDS.map((id) => String(r[id])).join('');
}

/** Any string in, valid ratings out: exactly 11 digits 0–5, otherwise nothing rated. */
export function decodeRatings(value: unknown): Ratings {
  if (typeof value !== 'string' || !/^[0-5]{11}$/.test(value)) return emptyRatings();
  return Object.fromEntries(SKILL_IDS.map((id, i) => [id, Number(value[i])])) as Ratings;
}

// ---- The career plan -------------------------------------------------------

export const HORIZONS = ['short', 'mid', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];
export const HORIZON_LABELS: Record<Horizon, string> = {
  short: 'Short term (next 3–6 months)',
  mid: 'Mid term (6–18 months)',
  long: 'Long term (2–5 years)',
};

export interface PlanItem {
  horizon: Horizon;
  text: string;
}

export const GOAL_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done' };

/** A goal in the saved plan: a stable id (so edits from two tabs land on the right goal), an optional target date and a status. */
export interface Goal extends PlanItem {
  id: string;
  status: GoalStatus;
  /** "YYYY-MM-DD" or "" for no date. */
  target: string;
}

export const MAX_PLAN_ITEMS = 30;
export const MAX_ITEM_LENGTH = 300;
export const MAX_NAME_LENGTH = 80;

/** An id not used by any of the goals ("g1", "g2", …). */
export function nextGoalId(goals: readonly { id: string }[]): string {
  const max = goals.reduce((m, g) => Math.max(m, Number(/^g(\d{1,6})$/.exec(g.id)?.[1] ?? 0)), 0);
  return `g${max + 1}`;
}

/** Turns plain items into goals with fresh ids after the existing ones. */
export function toGoals(items: readonly PlanItem[], existing: readonly { id: string }[] = []): Goal[] {
  const out: Goal[] = [];
  for (const item of items) out.push({ ...item, id: nextGoalId([...existing, ...out]), status: 'planned', target: '' });
  return out;
}

// ---- The format before the store (version 1) ----------------------------

/**
 * Until the store (src/lib/store.ts), ratings and plan were kept together
 * under this key, and exported in this shape. Still read: existing readers'
 * data is migrated from it, and old export files import.
 */
export const LEGACY_KEY = 'itpm-career-guide:progress';
export const FORMAT_VERSION = 1;
export const APP_ID = 'itpm-career-guide';

export interface SavedProgress {
  app: typeof APP_ID;
  version: typeof FORMAT_VERSION;
  savedAt: string;
  ratings: Ratings;
  plan: PlanItem[] | null;
}

export type LoadResult = { status: 'empty' } | { status: 'ok'; progress: SavedProgress } | { status: 'invalid'; message: string };

function isHorizon(v: unknown): v is Horizon {
  return typeof v === 'string' && (HORIZONS as readonly string[]).includes(v);
}

/** Validates 11 ratings (missing ones are "not rated"); a message when one is out of range. */
export function validateRatings(raw: unknown): { ok: true; data: Ratings } | { ok: false; message: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: 'The ratings are missing.' };
  const ratings = emptyRatings();
  for (const id of SKILL_IDS) {
    const v = (raw as Record<string, unknown>)[id];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 5) {
      return { ok: false, message: `The rating for “${SKILL_LABELS[id]}” must be a whole number from 0 to 5.` };
    }
    ratings[id] = v;
  }
  return { ok: true, data: ratings };
}

/**
 * Validates progress in the version-1 format (the old localStorage key or an
 * old export file). Never throws; explains what is wrong in words a reader can
 * act on.
 */
export function parseProgress(raw: string | null | undefined): LoadResult {
  if (raw === null || raw === undefined || raw.trim() === '') return { status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'invalid', message: 'The saved data is not valid JSON.' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { status: 'invalid', message: 'The saved data is not a progress record.' };
  }
  const d = data as Record<string, unknown>;
  if (d.app !== APP_ID) return { status: 'invalid', message: 'This is not a file exported from the IT Project Management Career Guide.' };
  if (d.version !== FORMAT_VERSION) {
    return {
      status: 'invalid',
      message:
        typeof d.version === 'number' && d.version > FORMAT_VERSION
          ? `It was saved by a newer version of this guide (format ${d.version}); this page reads format ${FORMAT_VERSION}.`
          : `It uses an old format (${String(d.version)}) that this page can no longer read.`,
    };
  }
  const ratings = validateRatings(d.ratings);
  if (!ratings.ok) return { status: 'invalid', message: ratings.message };
  let plan: PlanItem[] | null = null;
  if (d.plan !== null && d.plan !== undefined) {
    if (!Array.isArray(d.plan)) return { status: 'invalid', message: 'The career plan is not a list.' };
    if (d.plan.length > MAX_PLAN_ITEMS) return { status: 'invalid', message: `The career plan has more than ${MAX_PLAN_ITEMS} goals.` };
    plan = [];
    for (const item of d.plan) {
      const it = item as Record<string, unknown>;
      if (typeof item !== 'object' || item === null || !isHorizon(it.horizon) || typeof it.text !== 'string') {
        return { status: 'invalid', message: 'A goal in the career plan is malformed.' };
      }
      plan.push({ horizon: it.horizon, text: cutText(it.text, MAX_ITEM_LENGTH) });
    }
  }
  return {
    status: 'ok',
    progress: { app: APP_ID, version: FORMAT_VERSION, savedAt: typeof d.savedAt === 'string' ? d.savedAt.slice(0, 40) : '', ratings: ratings.data, plan },
  };
}

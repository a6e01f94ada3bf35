/**
 * Two views of the same person's skills: their own ratings and their
 * manager's. The manager rates in their own browser, in a record of their
 * own ("review"), so a review never touches the manager's own
 * self-assessment; the ratings travel back by link or file, and the reader
 * may keep them beside their own (src/lib/evidence.ts, `manager`). Here: that
 * record, and the differences between two views said in words, from either
 * side of the conversation. Pure; never throws.
 */
import { emptyRatings, ratedCount, validateRatings } from './ratings.ts';
import type { Rated } from './evidence.ts';
import { SKILL_IDS, SKILL_LABELS, type SkillId } from './ladder/skill-ids.ts';
import type { RecordSpec } from './store.ts';

// ---- The manager's record ------------------------------------------------------

export interface Review {
  /** The person's own ratings, as their link carried them. */
  theirs: Rated;
  /** The manager's ratings of the same skills. */
  mine: Rated;
}

const emptyRated = (): Rated => ({ levels: emptyRatings(), applied: [] });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function ratedFrom(raw: unknown, which: string): { ok: true; data: Rated } | { ok: false; message: string } {
  if (!isObject(raw)) return { ok: false, message: `The review's ${which} ratings are missing.` };
  const levels = validateRatings(raw.levels);
  if (!levels.ok) return { ok: false, message: `In the review's ${which} ratings: ${levels.message}` };
  const list = Array.isArray(raw.applied) ? raw.applied : [];
  return { ok: true, data: { levels: levels.data, applied: SKILL_IDS.filter((id) => list.includes(id) && levels.data[id] > 0) } };
}

export const REVIEW: RecordSpec<Review> = {
  name: 'review',
  version: 1,
  empty: () => ({ theirs: emptyRated(), mine: emptyRated() }),
  validate(raw) {
    if (!isObject(raw)) return { ok: false, message: 'The review is malformed.' };
    const theirs = ratedFrom(raw.theirs, 'colleague’s');
    if (!theirs.ok) return theirs;
    const mine = ratedFrom(raw.mine, 'manager’s');
    if (!mine.ok) return mine;
    return { ok: true, data: { theirs: theirs.data, mine: mine.data } };
  },
};

export const isEmptyReview = (r: Review) => ratedCount(r.theirs.levels) === 0 && ratedCount(r.mine.levels) === 0;

/** True when two views hold the same levels and marks. */
export const sameRated = (a: Rated, b: Rated) => SKILL_IDS.every((id) => a.levels[id] === b.levels[id]) && a.applied.join() === b.applied.join();

// ---- The differences, in words ---------------------------------------------------

/** Who is reading: the person rated ("you" and "your manager") or their manager ("they" and "you"). */
export type Viewer = 'self' | 'manager';

export interface Difference {
  id: SkillId;
  /** How far apart the levels are (0 when only the applied marks differ). */
  gap: number;
  text: string;
}

export interface Comparison {
  /** One sentence on how often the two views give the same level. */
  summary: string;
  /** Each skill where they differ, the largest gap first. */
  differences: Difference[];
}

type Case = 'higher' | 'lower' | 'onlyOther' | 'onlyOwn' | 'same';

/**
 * The sentences, written for each case and each reader. `own` is the
 * person's self-rating, `other` the manager's; `applied` says which side
 * alone marks the skill as applied at work.
 */
const SENTENCES: Record<Viewer, Record<Case, (label: string, own: number, other: number) => string> & Record<'onlyOwnApplied' | 'onlyOtherApplied', string>> = {
  self: {
    higher: (l, own, other) => `Your manager puts you higher on ${l}: ${other} where you gave yourself ${own}.`,
    lower: (l, own, other) => `Your manager puts you lower on ${l}: ${other} where you gave yourself ${own}.`,
    onlyOther: (l, _own, other) => `You left ${l} unrated; your manager puts you at ${other}.`,
    onlyOwn: (l, own) => `Your manager did not rate ${l}; you gave yourself ${own}.`,
    same: (l, own) => `You both put ${l} at ${own}.`,
    onlyOwnApplied: 'Only you mark it as applied at work.',
    onlyOtherApplied: 'Only your manager marks it as applied at work.',
  },
  manager: {
    higher: (l, own, other) => `You put them higher on ${l}: ${other} where they gave themselves ${own}.`,
    lower: (l, own, other) => `You put them lower on ${l}: ${other} where they gave themselves ${own}.`,
    onlyOther: (l, _own, other) => `They left ${l} unrated; you put them at ${other}.`,
    onlyOwn: (l, own) => `You have not rated ${l} yet; they gave themselves ${own}.`,
    same: (l, own) => `You both put ${l} at ${own}.`,
    onlyOwnApplied: 'Only they mark it as applied at work.',
    onlyOtherApplied: 'Only you mark it as applied at work.',
  },
};

function summaryOf(agreed: number, both: number): string {
  if (both === 0) return 'There is no skill you have both rated yet.';
  if (agreed === both)
    return both === 1 ? 'You give the same level on the one skill you have both rated.' : `You give the same level on all ${both} skills you have both rated.`;
  if (agreed === 0)
    return both === 1
      ? 'Your levels differ on the one skill you have both rated.'
      : `Your levels differ on every one of the ${both} skills you have both rated.`;
  return `You give the same level on ${agreed} of the ${both} skills you have both rated.`;
}

/** The two views side by side: where they agree, and each difference in words for the given reader. */
export function compareViews(own: Rated, other: Rated, viewer: Viewer): Comparison {
  const words = SENTENCES[viewer];
  const differences: Difference[] = [];
  let both = 0;
  let agreed = 0;
  for (const id of SKILL_IDS) {
    const a = own.levels[id];
    const b = other.levels[id];
    if (a === 0 && b === 0) continue;
    const ownApplied = own.applied.includes(id);
    const otherApplied = other.applied.includes(id);
    const marksDiffer = a > 0 && b > 0 && ownApplied !== otherApplied;
    const kind: Case = a === 0 ? 'onlyOther' : b === 0 ? 'onlyOwn' : b > a ? 'higher' : b < a ? 'lower' : 'same';
    if (a > 0 && b > 0) {
      both += 1;
      if (a === b) agreed += 1;
      if (a === b && !marksDiffer) continue;
    }
    const label = SKILL_LABELS[id];
    const marks = marksDiffer ? ` ${ownApplied ? words.onlyOwnApplied : words.onlyOtherApplied}` : '';
    differences.push({ id, gap: a > 0 && b > 0 ? Math.abs(a - b) : 0, text: `${words[kind](label, a, b)}${marks}` });
  }
  // Largest gaps first; then skills one side left unrated; then marks alone; ties in the skills' own order.
  const weight = (d: Difference) => (d.gap > 0 ? 10 + d.gap : own.levels[d.id] === 0 || other.levels[d.id] === 0 ? 5 : 0);
  differences.sort((x, y) => weight(y) - weight(x) || SKILL_IDS.indexOf(x.id) - SKILL_IDS.indexOf(y.id));
  return { summary: summaryOf(agreed, both), differences };
}

/**
 * Reading progress: which chapters the reader has marked as read, kept in
 * the store (src/lib/store.ts) as the record "reading". Pure and small: every
 * chapter page loads it.
 */
import type { RecordSpec } from './store.ts';

export interface Reading {
  /** Chapter ids ("guide/skills"), in the order they were marked. */
  read: string[];
}

export const MAX_READ = 500;
const CHAPTER_ID = /^[a-z0-9][a-z0-9/-]{0,119}$/;

export const READING: RecordSpec<Reading> = {
  name: 'reading',
  version: 1,
  empty: () => ({ read: [] }),
  validate(raw) {
    const list = (raw as { read?: unknown } | null)?.read;
    if (!Array.isArray(list)) return { ok: false, message: 'The reading progress is malformed.' };
    // Unknown or odd entries are dropped rather than refused: a chapter may be renamed or removed.
    const read = [...new Set(list.filter((x): x is string => typeof x === 'string' && CHAPTER_ID.test(x)))].slice(0, MAX_READ);
    return { ok: true, data: { read } };
  },
};

/** Marks a chapter read or unread. */
export function setRead(r: Reading, id: string, read: boolean): Reading {
  const rest = r.read.filter((x) => x !== id);
  return { read: read && CHAPTER_ID.test(id) ? [...rest, id].slice(-MAX_READ) : rest };
}

/** How many of the given chapters are read (ids of removed chapters do not count). */
export const readCount = (r: Reading, chapters: readonly string[]) => chapters.filter((c) => r.read.includes(c)).length;

/**
 * The chapter to continue with: the first unread one after the chapter read
 * most recently (in reading order), else the first unread one from the
 * start; null when nothing is read yet (the page's own "Start reading" is the
 * way in) or everything is.
 */
export function nextUnread(r: Reading, order: readonly string[]): string | null {
  const known = r.read.filter((c) => order.includes(c));
  if (!known.length) return null;
  const last = order.indexOf(known.at(-1)!);
  const after = order.slice(last + 1).find((c) => !r.read.includes(c));
  return after ?? order.find((c) => !r.read.includes(c)) ?? null;
}

/** The career plan's record name (its key is the store's prefix + this), for pages that only ask whether a plan exists. */
export const PLAN_RECORD = 'plan';

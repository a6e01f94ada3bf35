/**
 * One store for everything the guide keeps in the reader's browser. Each kind
 * of data (ratings, plan, reading progress, chooser profile) is its own
 * record under its own key, in an envelope with a format version and a
 * revision:
 *
 *   { "app": "itpm-career-guide", "record": "plan", "version": 1,
 *     "rev": 7, "savedAt": "2026-11-25T10:00:00.000Z", "data": { … } }
 *
 * Rules (pure functions here; src/browser/storage.ts applies them to
 * localStorage):
 * - Records are independent: writing or clearing one never touches another.
 * - Every write is read-modify-write on the latest stored copy and bumps its
 *   revision, so a tab never writes back an older copy over a newer one.
 * - A record in a newer or unknown format (or corrupt) is reported, kept as it
 *   is and never overwritten by an ordinary write.
 * Nothing here throws on bad input. No DOM, no storage access.
 */

export const APP_ID = 'itpm-career-guide';
export const KEY_PREFIX = `${APP_ID}:`;

export interface RecordSpec<T> {
  /** Record name; the storage key is KEY_PREFIX + name. */
  name: string;
  /** The format version this code writes and reads. */
  version: number;
  /** The oldest format version `validate` still reads (default: only `version`); an older record is read and then saved as `version`. */
  oldest?: number;
  empty(): T;
  /** Validates the `data` of a stored or imported record; a message a reader can act on when it is wrong. */
  validate(data: unknown): { ok: true; data: T } | { ok: false; message: string };
}

export interface Meta {
  rev: number;
  savedAt: string;
}

export type Loaded<T> =
  | { status: 'empty' }
  | ({ status: 'ok'; data: T } & Meta)
  /** Written by a newer version of the guide: kept as it is, shown read-only. */
  | { status: 'newer'; version: number; message: string }
  /** Unreadable (corrupt, or not ours): kept as it is until the reader chooses to start afresh. */
  | { status: 'invalid'; message: string };

export const keyOf = (spec: { name: string }) => KEY_PREFIX + spec.name;

const MAX_REV = 1e12;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads one stored record. Any string (or null) in; never throws. */
export function parseRecord<T>(spec: RecordSpec<T>, raw: string | null | undefined): Loaded<T> {
  if (raw === null || raw === undefined || raw.trim() === '') return { status: 'empty' };
  let d: unknown;
  try {
    d = JSON.parse(raw);
  } catch {
    return { status: 'invalid', message: 'The saved data is not valid JSON.' };
  }
  if (!isObject(d) || d.app !== APP_ID || d.record !== spec.name) return { status: 'invalid', message: 'It is not a record this guide wrote.' };
  const v = d.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < (spec.oldest ?? spec.version))
    return { status: 'invalid', message: 'It uses a format this page cannot read.' };
  if (v > spec.version) {
    return {
      status: 'newer',
      version: v,
      message: `It was saved by a newer version of this guide (format ${v}; this page reads format ${spec.version}).`,
    };
  }
  const rev = d.rev;
  if (typeof rev !== 'number' || !Number.isInteger(rev) || rev < 0 || rev > MAX_REV)
    return { status: 'invalid', message: 'It is damaged (no valid revision).' };
  const checked = spec.validate(d.data);
  if (!checked.ok) return { status: 'invalid', message: checked.message };
  return { status: 'ok', data: checked.data, rev, savedAt: typeof d.savedAt === 'string' ? d.savedAt.slice(0, 40) : '' };
}

export function serialiseRecord<T>(spec: RecordSpec<T>, data: T, meta: Meta): string {
  return JSON.stringify({ app: APP_ID, record: spec.name, version: spec.version, rev: meta.rev, savedAt: meta.savedAt, data });
}

/** True when copy `a` is newer than copy `b` (higher revision; on a tie, the later save). */
export function isNewer(a: Meta, b: Meta | null): boolean {
  if (!b) return true;
  return a.rev > b.rev || (a.rev === b.rev && a.savedAt > b.savedAt);
}

export type WritePlan<T> =
  { ok: true; raw: string; loaded: Extract<Loaded<T>, { status: 'ok' }> } | { ok: false; reason: 'locked' | 'invalid'; message: string };

/**
 * Plans a write: applies `update` to the latest stored copy (or the empty
 * record) and gives the text to store with the next revision. A stored record
 * in a newer or unreadable format is never overwritten, unless `force` (the
 * reader chose to start afresh).
 */
export function planWrite<T>(spec: RecordSpec<T>, storedRaw: string | null, update: (current: T) => T, now: Date, force = false): WritePlan<T> {
  const stored = parseRecord(spec, storedRaw);
  if ((stored.status === 'newer' || stored.status === 'invalid') && !force) return { ok: false, reason: 'locked', message: stored.message };
  const base = stored.status === 'ok' ? stored.data : spec.empty();
  const next = spec.validate(update(clone(base)));
  if (!next.ok) return { ok: false, reason: 'invalid', message: next.message };
  const storedRev = stored.status === 'ok' ? stored.rev : storedRevision(storedRaw);
  const meta = { rev: Math.min(MAX_REV, storedRev + 1), savedAt: now.toISOString() };
  return { ok: true, raw: serialiseRecord(spec, next.data, meta), loaded: { status: 'ok', data: next.data, ...meta } };
}

/** The revision of any stored envelope, even one this page cannot read (0 when there is none). */
function storedRevision(raw: string | null): number {
  try {
    const rev = (JSON.parse(raw ?? 'null') as Record<string, unknown> | null)?.rev;
    return typeof rev === 'number' && Number.isInteger(rev) && rev >= 0 && rev < MAX_REV ? rev : 0;
  } catch {
    return 0;
  }
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

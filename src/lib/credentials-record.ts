/**
 * The store record (src/lib/store.ts) for the credentials a reader holds and
 * the learning they log towards renewing them. Kept apart from the renewal
 * arithmetic (src/lib/renewals.ts) so that every page that stores, exports
 * or imports records (src/lib/records.ts) carries only this. Pure; the
 * validation accepts any input and never throws.
 */
import { parseDay } from './day-parse.ts';
import { cutText } from './text.ts';
import type { RecordSpec } from './store.ts';

/** One piece of learning the reader logged. `units` in the rule's unit; `hours` count only for a rule counted in hours. */
export interface LogEntry {
  /** YYYY-MM-DD, the day it was done (or finished). */
  date: string;
  units?: number | undefined;
  hours?: number | undefined;
  /** An area of the rule, e.g. "Power Skills" (matched without regard to case). */
  area?: string | undefined;
  note?: string | undefined;
}

export const MAX_LOG_ENTRIES = 2000;
export const MAX_NOTE_LENGTH = 500;
/** More units than this in one entry is a typing error. */
export const MAX_ENTRY_UNITS = 1000;
export const MAX_HELD = 50;
const MAX_AREA_LENGTH = 100;

export interface HeldCredential {
  /** A certification id (a file name in src/content/certifications/). */
  id: string;
  /** YYYY-MM-DD. */
  earned: string;
}

export interface StoredLogEntry extends LogEntry {
  /** The credential it counts towards. */
  credential: string;
}

export interface CredentialsRecord {
  held: HeldCredential[];
  log: StoredLogEntry[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const CREDENTIALS: RecordSpec<CredentialsRecord> = {
  name: 'credentials',
  version: 1,
  empty: () => ({ held: [], log: [] }),
  validate(raw) {
    if (!isObject(raw) || !Array.isArray(raw.held) || !Array.isArray(raw.log)) return { ok: false, message: 'The credentials and learning log are malformed.' };
    if (raw.held.length > MAX_HELD) return { ok: false, message: `More than ${MAX_HELD} credentials are listed.` };
    if (raw.log.length > MAX_LOG_ENTRIES) return { ok: false, message: `The learning log has more than ${MAX_LOG_ENTRIES.toLocaleString('en-GB')} entries.` };
    const held: HeldCredential[] = [];
    for (const h of raw.held as unknown[]) {
      if (!isObject(h) || typeof h.id !== 'string' || !ID.test(h.id) || h.id.length > 60 || parseDay(h.earned) === null || held.some((x) => x.id === h.id)) {
        return { ok: false, message: 'A credential in the list is malformed.' };
      }
      held.push({ id: h.id, earned: h.earned as string });
    }
    const log: StoredLogEntry[] = [];
    for (const e of raw.log as unknown[]) {
      if (!isObject(e) || typeof e.credential !== 'string' || !ID.test(e.credential) || e.credential.length > 60 || parseDay(e.date) === null) {
        return { ok: false, message: 'An entry in the learning log is malformed.' };
      }
      const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_ENTRY_UNITS ? v : undefined);
      const units = number(e.units);
      const hours = number(e.hours);
      if (units === undefined && hours === undefined) return { ok: false, message: 'An entry in the learning log has no units or hours.' };
      log.push({
        credential: e.credential,
        date: e.date as string,
        ...(units !== undefined ? { units } : {}),
        ...(hours !== undefined ? { hours } : {}),
        ...(typeof e.area === 'string' && e.area.trim() ? { area: cutText(e.area.trim(), MAX_AREA_LENGTH) } : {}),
        ...(typeof e.note === 'string' && e.note ? { note: cutText(e.note, MAX_NOTE_LENGTH) } : {}),
      });
    }
    return { ok: true, data: { held, log } };
  },
};

/** True when the record holds no credential and no log entry (nothing worth exporting or importing). */
export const isEmptyCredentials = (r: CredentialsRecord): boolean => r.held.length === 0 && r.log.length === 0;

/** The log entries for one credential (what to pass to computeRenewal). */
export function logFor(record: CredentialsRecord, id: string): StoredLogEntry[] {
  return record.log.filter((e) => e.credential === id);
}

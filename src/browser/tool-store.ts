/**
 * What the tools (self-assessment, plan, chooser) add to the store: the
 * one-off migration from the key used before the store, undo for the
 * session, export and import of every record, and file downloads.
 */
import { LEGACY_KEY } from '../lib/ratings.ts';
import { checkImport, legacyBundle, planMigration, RECORDS, isEmptyRecord, type Imported, type RecordName } from '../lib/records.ts';
import { parseBundle, serialiseBundle } from '../lib/bundle.ts';
import { isNewer, keyOf, parseRecord, type Loaded, type RecordSpec } from '../lib/store.ts';
import { local, rawOf, read, setRaw, write } from './storage.ts';

/** True when this browser lets the page keep data (false when storage is blocked or full). */
export function storageWorks(): boolean {
  const s = local();
  if (!s) return false;
  try {
    s.setItem('itpm-career-guide:probe', '1');
    s.removeItem('itpm-career-guide:probe');
    return true;
  } catch {
    return false;
  }
}

/** Should a copy that arrived from another tab replace the one shown? Never when it is older. */
export function shouldAdopt<T>(shown: Loaded<T>, incoming: Loaded<T>): boolean {
  if (incoming.status === 'ok') return shown.status !== 'ok' || isNewer(incoming, shown);
  return incoming.status !== shown.status;
}



/**
 * Moves data saved before the store into its own records. Returns a message
 * when the old data cannot be read (it is then kept untouched).
 */
export function migrate(): string | null {
  const m = planMigration(rawOf, new Date());
  if (m.kind === 'unreadable') return m.message;
  if (m.kind === 'none') return null;
  for (const [key, value] of Object.entries(m.writes)) if (!setRaw(key, value)) return null; // storage refused: keep the old key
  // Remove the old key only once every new record reads back.
  if (Object.entries(m.writes).every(([key, value]) => rawOf(key) === value)) setRaw(LEGACY_KEY, null);
  return null;
}

// ---- Undo for the session ------------------------------------------------------

const UNDO_KEY = 'itpm-career-guide:undo';

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Keeps the records an action is about to replace, so the reader can undo it during this session. */
export function keepForUndo(action: string, names: RecordName[]): boolean {
  const records = Object.fromEntries(names.map((n) => [n, rawOf(keyOf(RECORDS[n]))]));
  try {
    session()?.setItem(UNDO_KEY, JSON.stringify({ action, records }));
    return !!session();
  } catch {
    return false;
  }
}

/** The last undoable action and the records it replaced, or null. */
export function undoable(): { action: string; names: RecordName[] } | null {
  try {
    const d = JSON.parse(session()?.getItem(UNDO_KEY) ?? 'null') as { action?: unknown; records?: unknown } | null;
    if (!d || typeof d.action !== 'string' || typeof d.records !== 'object' || d.records === null) return null;
    const names = Object.keys(d.records).filter((n): n is RecordName => n in RECORDS);
    return names.length ? { action: d.action.slice(0, 200), names } : null;
  } catch {
    return null;
  }
}

/** Puts back what the last action replaced, as a new revision (so other tabs take it too). */
export function undo(): boolean {
  let records: Record<string, unknown>;
  try {
    records = (JSON.parse(session()?.getItem(UNDO_KEY) ?? 'null') as { records?: Record<string, unknown> } | null)?.records ?? {};
  } catch {
    return false;
  }
  let ok = true;
  for (const name of Object.keys(records).filter((n): n is RecordName => n in RECORDS)) {
    const spec = RECORDS[name] as RecordSpec<unknown>;
    const raw = records[name];
    const before = typeof raw === 'string' ? parseRecord(spec, raw) : null;
    if (before && before.status !== 'ok') ok = setRaw(keyOf(spec), raw as string) && ok; // unreadable before: restore its exact text
    else ok = write(spec, () => (before?.status === 'ok' ? before.data : spec.empty()), true).ok && ok;
  }
  if (ok) session()?.removeItem(UNDO_KEY);
  return ok;
}

// ---- Export and import ------------------------------------------------------------

/** Every readable record that holds something, as one file. */
export function exportAll(): string {
  const records: Record<string, unknown> = {};
  for (const name of Object.keys(RECORDS) as RecordName[]) {
    const loaded = read(RECORDS[name] as RecordSpec<unknown>);
    if (loaded.status === 'ok' && !isEmptyRecord(name, loaded.data as never)) records[name] = loaded.data;
  }
  return serialiseBundle(records, new Date());
}

export const readImport = (text: string): Imported => checkImport(parseBundle(text, legacyBundle));

/** Offers a text file for download without a server round trip. */
export function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

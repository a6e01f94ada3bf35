/**
 * What the tools (self-assessment, plan, chooser) add to the store: the
 * one-off migration from the key used before the store, undo for the
 * session, export and import of every record, and file downloads.
 */
import { LEGACY_KEY } from '../lib/ratings.ts';
import { checkImport, legacyBundle, planMigration, RECORDS, isEmptyRecord, type Imported, type RecordName } from '../lib/records.ts';
import { parseBundle, serialiseBundle } from '../lib/bundle.ts';
import { isNewer, keyOf, parseRecord, type Loaded, type RecordSpec } from '../lib/store.ts';
import { dropUndo, latestUndo, parseHistory, pushUndo, UNDO_KEY, type UndoHistory } from '../lib/undo.ts';
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
  // Remove the old key only once every part of it is safely stored: each new record reads back, and no part was kept
  // out because its record exists but cannot be read.
  if (m.removeOld && Object.entries(m.writes).every(([key, value]) => rawOf(key) === value)) setRaw(LEGACY_KEY, null);
  return null;
}

// ---- Undo for the session ------------------------------------------------------

/**
 * Undo keeps a short history per record in sessionStorage (src/lib/undo.ts):
 * an action on one record never replaces the undo of another, and an action
 * that touched several records (an import) is undone as one.
 */
function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function history(): UndoHistory {
  try {
    return parseHistory(session()?.getItem(UNDO_KEY) ?? null);
  } catch {
    return {};
  }
}

function saveHistory(h: UndoHistory): boolean {
  try {
    const s = session();
    if (!s) return false;
    s.setItem(UNDO_KEY, JSON.stringify(h));
    return true;
  } catch {
    return false;
  }
}

/** Keeps the records an action is about to replace, so the reader can undo it during this session. Call it only before a real change. */
export function keepForUndo(action: string, names: RecordName[]): boolean {
  const raws = Object.fromEntries(names.map((n) => [n, rawOf(keyOf(RECORDS[n]))]));
  return saveHistory(pushUndo(history(), action, raws, Date.now()));
}

/** The latest undoable action on a record (or on any record), or null. */
export function undoable(name?: RecordName): { action: string; names: RecordName[] } | null {
  const entry = latestUndo(history(), name);
  return entry ? { action: entry.action, names: entry.names.filter((n): n is RecordName => n in RECORDS) } : null;
}

/** Puts back what the latest action on a record replaced (with every record that action touched), as a new revision. */
export function undo(name?: RecordName): boolean {
  const h = history();
  const entry = latestUndo(h, name);
  if (!entry) return false;
  let ok = true;
  for (const n of entry.names.filter((x): x is RecordName => x in RECORDS)) {
    const spec = RECORDS[n] as RecordSpec<unknown>;
    const raw = entry.raws[n] ?? null;
    const before = typeof raw === 'string' ? parseRecord(spec, raw) : null;
    if (before && before.status !== 'ok')
      ok = setRaw(keyOf(spec), raw) && ok; // unreadable before: restore its exact text
    else ok = write(spec, () => (before?.status === 'ok' ? before.data : spec.empty()), true).ok && ok;
  }
  if (ok) saveHistory(dropUndo(h, entry));
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

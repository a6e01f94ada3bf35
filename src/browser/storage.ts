/**
 * The one place that touches the browser's storage for the reader's data: a
 * thin layer over src/lib/store.ts (which holds the rules). Storage may be
 * blocked, full or hold anything; nothing here throws.
 */
import { keyOf, parseRecord, planWrite, type Loaded, type RecordSpec } from '../lib/store.ts';

export function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked by the browser's settings
  }
}

export function rawOf(key: string): string | null {
  try {
    return local()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function setRaw(key: string, value: string | null): boolean {
  try {
    const s = local();
    if (!s) return false;
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export const read = <T>(spec: RecordSpec<T>): Loaded<T> => parseRecord(spec, rawOf(keyOf(spec)));

export type Written<T> = { ok: true; loaded: Extract<Loaded<T>, { status: 'ok' }> } | { ok: false; message: string };

/**
 * Changes one record: `update` gets the latest stored copy (not this tab's
 * possibly older one) and returns the new data, saved as the next revision.
 * Refuses to overwrite a record in a newer or unreadable format unless `force`.
 */
export function write<T>(spec: RecordSpec<T>, update: (current: T) => T, force = false): Written<T> {
  const plan = planWrite(spec, rawOf(keyOf(spec)), update, new Date(), force);
  if (!plan.ok) return plan;
  return setRaw(keyOf(spec), plan.raw) ? { ok: true, loaded: plan.loaded } : { ok: false, message: 'Your browser would not save it (storage is off or full).' };
}

/** Calls back when another tab changes the record (the `storage` event fires only in the other tabs). */
export function onExternalChange<T>(spec: RecordSpec<T>, callback: (loaded: Loaded<T>) => void): void {
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === keyOf(spec)) callback(read(spec));
  });
}

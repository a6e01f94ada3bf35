/**
 * The undo history of the reader's records (pure; kept in sessionStorage by
 * src/browser/tool-store.ts). Each record has its own short history, so an
 * action on one record never replaces the undo of another, and a later
 * action on the same record stacks on top instead of replacing it. An action
 * that touched several records at once (an import) is one entry in each of
 * their histories, sharing an id, and is undone as one.
 */
import { cutText } from './text.ts';

export const UNDO_KEY = 'itpm-career-guide:undo';
/** How many actions each record remembers. */
export const UNDO_DEPTH = 5;

export interface UndoEntry {
  id: string;
  action: string;
  at: number;
  /** Every record the action touched (for undoing it as one). */
  names: string[];
  /** Each touched record's stored text before the action (null: nothing was stored). */
  raws: Record<string, string | null>;
}

/** Record name → its entries, oldest first. */
export type UndoHistory = Record<string, UndoEntry[]>;

const isEntry = (e: unknown): e is UndoEntry => {
  const x = e as Partial<UndoEntry> | null;
  return (
    !!x &&
    typeof x.id === 'string' &&
    typeof x.action === 'string' &&
    typeof x.at === 'number' &&
    Array.isArray(x.names) &&
    x.names.every((n) => typeof n === 'string') &&
    typeof x.raws === 'object' &&
    x.raws !== null &&
    Object.values(x.raws).every((r) => r === null || typeof r === 'string')
  );
};

/** Any text in, a valid history out (nothing usable: an empty history). */
export function parseHistory(text: string | null): UndoHistory {
  if (!text) return {};
  let d: unknown;
  try {
    d = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return {};
  const out: UndoHistory = {};
  for (const [name, list] of Object.entries(d as Record<string, unknown>)) {
    if (Array.isArray(list)) out[name] = list.filter(isEntry).slice(-UNDO_DEPTH);
  }
  return out;
}

/** The history with an action added to each record it touches. */
export function pushUndo(h: UndoHistory, action: string, raws: Record<string, string | null>, at: number): UndoHistory {
  const names = Object.keys(raws);
  const entry: UndoEntry = { id: `${at}-${names.join('+')}`, action: cutText(action, 200), at, names, raws };
  const out: UndoHistory = { ...h };
  for (const n of names) out[n] = [...(out[n] ?? []), entry].slice(-UNDO_DEPTH);
  return out;
}

/** The latest action on one record, or on any record when none is named. */
export function latestUndo(h: UndoHistory, name?: string): UndoEntry | null {
  const lists = name ? [h[name] ?? []] : Object.values(h);
  const all = lists.flatMap((l) => (l.length ? [l.at(-1)!] : []));
  return all.sort((a, b) => b.at - a.at)[0] ?? null;
}

/** The history without an entry (from every record it touched). */
export function dropUndo(h: UndoHistory, entry: UndoEntry): UndoHistory {
  return Object.fromEntries(Object.entries(h).map(([n, list]) => [n, list.filter((e) => e.id !== entry.id)]));
}

/**
 * Shareable state lives in the URL fragment ("#r=…"), which browsers never
 * send to the server, so a reader's answers stay out of access logs. Links
 * from before kept it in the query string ("?r=…"): they still open, and the
 * page rewrites them to the fragment. Any string in, never throws. Pure.
 */

import { decodeRatings, encodeRatings, ratedCount } from './ratings.ts';
import { decodeApplied, encodeApplied, type Rated } from './evidence.ts';
import { decodeProfile, PROFILE_KEYS, type Profile } from './certs/profile.ts';

/** Longest fragment or query string read; anything past it is ignored. */
export const MAX_STATE_LENGTH = 4000;

export interface UrlState {
  /** The parameters, as a query string without "?" or "#". */
  params: string;
  /** True when they came from an old query-string link (the page then rewrites the URL). */
  fromQuery: boolean;
}

function safeParams(text: string): URLSearchParams {
  try {
    return new URLSearchParams(text.slice(0, MAX_STATE_LENGTH));
  } catch {
    return new URLSearchParams();
  }
}

/**
 * The state in a page's URL: the fragment when it holds any of the page's
 * keys, otherwise an old-style query string that does. A fragment that is a
 * heading anchor ("#compare") is not state.
 */
export function readUrlState(search: unknown, hash: unknown, keys: readonly string[]): UrlState {
  const s = typeof search === 'string' ? search.replace(/^\?/, '') : '';
  const h = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
  const has = (text: string) => {
    const p = safeParams(text);
    return keys.some((k) => p.has(k));
  };
  if (has(h)) return { params: only(h, keys), fromQuery: false };
  if (has(s)) return { params: only(s, keys), fromQuery: true };
  return { params: '', fromQuery: false };
}

/** Just the page's own keys (in a stable order), so nothing else rides along into the fragment. */
function only(text: string, keys: readonly string[]): string {
  const p = safeParams(text);
  const out = new URLSearchParams();
  for (const k of keys) for (const v of p.getAll(k)) out.append(k, v);
  return out.toString();
}

/**
 * The URL for a state: the page's keys move out of the query string into the
 * fragment (other query parameters are kept); an empty state gives no fragment.
 */
export function urlWithState(href: string, params: string, keys: readonly string[]): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const query = new URLSearchParams(url.search);
  for (const k of keys) query.delete(k);
  const q = query.toString();
  url.search = q ? `?${q}` : '';
  url.hash = params.replace(/^[?#]/, '');
  return url.hash ? url.toString() : url.toString().replace(/#$/, '');
}

// ---- The self-assessment's ratings ---------------------------------------------

/**
 * A ratings link: the person's levels (r, eleven digits) and applied marks
 * (a), and, on a link a manager sends back, the manager's (m, ma). Evidence
 * notes never travel in a link, which stays short; they go in the export file.
 */
export const RATING_KEYS = ['r', 'a', 'm', 'ma'] as const;

export interface RatedLink {
  /** The person's own ratings, or null when the link carries none. */
  self: Rated | null;
  /** The manager's ratings, or null. */
  manager: Rated | null;
  fromQuery: boolean;
}

function ratedOf(params: URLSearchParams, levelsKey: string, appliedKey: string): Rated | null {
  const levels = decodeRatings(params.get(levelsKey));
  return ratedCount(levels) > 0 ? { levels, applied: decodeApplied(params.get(appliedKey), levels) } : null;
}

/** The ratings a link carries ("#r=23332210332&a=1f", or an old "?r=…"); garbage gives nothing. */
export function ratedFromUrl(search: unknown, hash: unknown): RatedLink {
  const state = readUrlState(search, hash, RATING_KEYS);
  const params = new URLSearchParams(state.params);
  return { self: ratedOf(params, 'r', 'a'), manager: ratedOf(params, 'm', 'ma'), fromQuery: state.fromQuery };
}

/** The fragment parameters for a ratings link ("" when nothing is rated). */
export function ratedParams(self: Rated | null, manager: Rated | null = null): string {
  const part = (r: Rated | null, levelsKey: string, appliedKey: string) => {
    if (!r || ratedCount(r.levels) === 0) return [];
    const applied = encodeApplied(r.applied);
    return [`${levelsKey}=${encodeRatings(r.levels)}`, ...(applied ? [`${appliedKey}=${applied}`] : [])];
  };
  return [...part(self, 'r', 'a'), ...part(manager, 'm', 'ma')].join('&');
}

// ---- The certification chooser's profile -----------------------------------------

/** The chooser's answers from a link: the profile, and whether the link chose a career stage. */
export function profileFromUrl(
  search: unknown,
  hash: unknown,
  known: readonly string[],
): { params: string; profile: Profile; fromQuery: boolean; stageGiven: boolean } {
  const state = readUrlState(search, hash, PROFILE_KEYS);
  return { ...state, profile: decodeProfile(state.params, known), stageGiven: new URLSearchParams(state.params).has('stage') };
}

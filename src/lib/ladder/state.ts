/**
 * The explorer's state in the URL fragment: "#role-<id>" selects a role and
 * "#compare-<a>-vs-<b>" compares two. Old "?role=…&compare=…" links still
 * open. Any string in, a valid state out: malformed escapes, unknown ids,
 * markup and huge inputs fall back to the default view. Pure.
 */
import { safeDecode } from '../url.ts';

export interface ExplorerState {
  role: string;
  compare: string | null;
}

/** Decodes ?role=…&compare=… (any string in, valid state out). */
export function decodeExplorerState(search: string, roleIds: readonly string[], fallback: string): ExplorerState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search.slice(0, 2000) : '');
  } catch {
    return { role: fallback, compare: null };
  }
  const role = params.get('role');
  const compare = params.get('compare');
  const selected = role !== null && roleIds.includes(role) ? role : fallback;
  const other = compare !== null && roleIds.includes(compare) && compare !== selected ? compare : null;
  return { role: selected, compare: other };
}

export function encodeExplorerState(state: ExplorerState, fallback: string): string {
  const params = new URLSearchParams();
  if (state.role !== fallback || state.compare) params.set('role', state.role);
  if (state.compare && state.compare !== state.role) params.set('compare', state.compare);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export { safeDecode };

export function decodeExplorerUrl(hash: string, search: string, roleIds: readonly string[], fallback: string): ExplorerState {
  const fromQuery = decodeExplorerState(search, roleIds, fallback);
  const raw =
    safeDecode(
      String(hash ?? '')
        .replace(/^#/, '')
        .slice(0, 300),
    ) ?? '';
  const compare = /^compare-([a-z0-9-]+?)-vs-([a-z0-9-]+)$/.exec(raw);
  if (compare && roleIds.includes(compare[1]!)) {
    const other = roleIds.includes(compare[2]!) && compare[2] !== compare[1] ? compare[2]! : null;
    return { role: compare[1]!, compare: other };
  }
  const role = /^role-([a-z0-9-]+)$/.exec(raw);
  if (role && roleIds.includes(role[1]!)) return { role: role[1]!, compare: null };
  // No usable fragment: an old query-string link, or the default view.
  return fromQuery;
}

/** The fragment for a state ("" for the default view). */
export function encodeExplorerHash(state: ExplorerState, fallback: string): string {
  if (state.compare && state.compare !== state.role) return `#compare-${state.role}-vs-${state.compare}`;
  return state.role === fallback ? '' : `#role-${state.role}`;
}

/**
 * The explorer's state in the URL fragment: "#role-<id>" selects a role and
 * "#compare-<a>-vs-<b>" compares two. Old "?role=…&compare=…" links still
 * open. Any string in, a valid state out: malformed escapes, unknown ids,
 * markup and huge inputs fall back to the default view. Pure.
 */
import { decodeExplorerState, type ExplorerState } from './compare.ts';
import { safeDecode } from '../url.ts';

export { safeDecode };

export function decodeExplorerUrl(hash: string, search: string, roleIds: readonly string[], fallback: string): ExplorerState {
  const fromQuery = decodeExplorerState(search, roleIds, fallback);
  const raw = safeDecode(String(hash ?? '').replace(/^#/, '').slice(0, 300)) ?? '';
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

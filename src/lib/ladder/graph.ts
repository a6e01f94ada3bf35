/**
 * The career ladder as a graph of moves between roles: reachability, paths to
 * a target, and the integrity rules (every rung reaches the top, every entry
 * route reaches the ladder). Pure.
 */
export interface RoleNode {
  id: string;
  kind: 'rung' | 'entry' | 'side-door' | 'specialisation';
  rung?: number | undefined;
  moves: Array<{ to: string }>;
}

/** Shortest path of role ids from `from` to `to` (inclusive), or null. */
export function shortestPath(roles: RoleNode[], from: string, to: string): string[] | null {
  const byId = new Map(roles.map((r) => [r.id, r]));
  if (!byId.has(from) || !byId.has(to)) return null;
  const prev = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === to) {
      const path: string[] = [];
      for (let at: string | null = id; at !== null; at = prev.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const m of byId.get(id)?.moves ?? []) {
      if (byId.has(m.to) && !prev.has(m.to)) {
        prev.set(m.to, id);
        queue.push(m.to);
      }
    }
  }
  return null;
}

/** Rungs in ladder order. */
export function rungs<T extends RoleNode>(roles: T[]): T[] {
  return roles.filter((r) => r.kind === 'rung').sort((a, b) => (a.rung ?? 0) - (b.rung ?? 0));
}

/** Roles that can move directly into `id`. */
export function movesInto<T extends RoleNode>(roles: T[], id: string): T[] {
  return roles.filter((r) => r.moves.some((m) => m.to === id));
}

/** Graph rules, as messages naming the file and field. */
export function checkLadder(roles: Array<RoleNode & { file: string }>): string[] {
  const errors: string[] = [];
  const ids = new Set(roles.map((r) => r.id));
  const ladder = rungs(roles);
  const top = ladder.at(-1);
  for (const r of roles) {
    r.moves.forEach((m, i) => {
      if (!ids.has(m.to)) errors.push(`${r.file}: role "${r.id}" field "moves[${i}].to" points to missing role "${m.to}"`);
      else if (m.to === r.id) errors.push(`${r.file}: role "${r.id}" field "moves[${i}].to" points to itself`);
    });
    if (r.kind === 'rung' && r.rung === undefined) errors.push(`${r.file}: role "${r.id}" field "rung" is required for a rung`);
    if (r.kind !== 'rung' && r.rung !== undefined) errors.push(`${r.file}: role "${r.id}" field "rung" is only for rungs`);
  }
  const numbers = ladder.map((r) => r.rung);
  if (new Set(numbers).size !== numbers.length) errors.push(`roles: two rungs share a "rung" number (${numbers.join(', ')})`);
  if (!top) return [...errors, 'roles: the ladder has no rungs'];
  for (const r of ladder) {
    if (r !== top && !shortestPath(roles, r.id, top.id)) {
      errors.push(`${r.file}: role "${r.id}" field "moves" never leads to the top rung "${top.id}"`);
    }
  }
  for (const r of roles.filter((x) => x.kind === 'entry')) {
    if (!ladder.some((rung) => shortestPath(roles, r.id, rung.id))) {
      errors.push(`${r.file}: entry route "${r.id}" field "moves" never reaches the ladder`);
    }
  }
  return errors;
}

/**
 * Layout of the ladder map: where each role sits and the path of an arrow for
 * every move in the role data. Pure geometry in viewBox units (no DOM), so the
 * map is drawn at build time and reads without JavaScript.
 *
 *   left column      centre column       right column
 *   specialisations  rungs 5 (top)…1     side doors
 *   entry routes
 */
import type { RoleNode } from './graph.ts';

export interface MapRole extends RoleNode {
  name: string;
}

export type Column = 'left' | 'centre' | 'right';

export interface MapNode {
  id: string;
  name: string;
  kind: RoleNode['kind'];
  rung?: number | undefined;
  column: Column;
  /** Top-left corner and size, in viewBox units. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How an arrow is drawn (and explained in the legend). */
export type EdgeStyle = 'spine' | 'into' | 'across';

export interface MapEdge {
  from: string;
  to: string;
  /** True when the data has moves both ways: one line with a head at each end. */
  both: boolean;
  style: EdgeStyle;
  /** SVG path data. */
  d: string;
}

export interface MapLabel {
  text: string;
  x: number;
  y: number;
  column: Column;
}

export interface LadderLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  labels: MapLabel[];
}

export const MAP = { width: 960, nodeW: 210, nodeH: 68, rungGap: 124, sideGap: 86, top: 44, margin: 24 } as const;

const COLUMN_X: Record<Column, number> = {
  left: MAP.margin,
  centre: (MAP.width - MAP.nodeW) / 2,
  right: MAP.width - MAP.margin - MAP.nodeW,
};
const COLUMN_INDEX: Record<Column, number> = { left: 0, centre: 1, right: 2 };

export function columnOf(kind: RoleNode['kind']): Column {
  if (kind === 'rung') return 'centre';
  if (kind === 'side-door') return 'right';
  return 'left';
}

/** Places `items` top-down from `start`, each at least `gap` apart, ordered by their preferred y. */
function stack<T>(items: T[], preferred: (t: T) => number, start: number, gap: number): Map<T, number> {
  const sorted = [...items].sort((a, b) => preferred(a) - preferred(b));
  const placed = new Map<T, number>();
  let y = start;
  for (const item of sorted) {
    y = Math.max(y, preferred(item));
    placed.set(item, y);
    y += gap;
  }
  return placed;
}

/** Reverses a path made only of M, L and Q commands (so its arrowhead points the other way). */
export function reversePath(d: string): string {
  const tokens = d.match(/[MLQ][^MLQ]*/g) ?? [];
  const pts: Array<{ cmd: string; coords: number[][] }> = tokens.map((t) => ({
    cmd: t[0]!,
    coords: t
      .slice(1)
      .trim()
      .split(/\s+/)
      .map((p) => p.split(',').map(Number)),
  }));
  // Walk the segments backwards: each segment ends where the previous one started.
  const out: string[] = [];
  const endOf = (i: number) => pts[i]!.coords.at(-1)!;
  out.push(`M${endOf(pts.length - 1).join(',')}`);
  for (let i = pts.length - 1; i > 0; i--) {
    const seg = pts[i]!;
    const start = endOf(i - 1).join(',');
    out.push(seg.cmd === 'Q' ? `Q${seg.coords[0]!.join(',')} ${start}` : `L${start}`);
  }
  return out.join(' ');
}

export interface LayoutOptions {
  /** Node height in viewBox units (taller when each role carries an organisation's grade line). */
  nodeH?: number;
}

export function layoutLadder(roles: readonly MapRole[], options: LayoutOptions = {}): LadderLayout {
  const nodeH = options.nodeH ?? MAP.nodeH;
  const extra = nodeH - MAP.nodeH;
  const rungGap = MAP.rungGap + extra;
  const sideGap = MAP.sideGap + extra;
  const byId = new Map(roles.map((r) => [r.id, r]));
  const rungs = roles.filter((r) => r.kind === 'rung').sort((a, b) => (b.rung ?? 0) - (a.rung ?? 0));
  const rungY = new Map(rungs.map((r, i) => [r.id, MAP.top + i * rungGap]));
  const bottomRung = MAP.top + (rungs.length - 1) * rungGap;

  // Side roles sit level with the rungs they connect to, so their arrows stay short.
  const linkedRungY = (r: MapRole) => {
    const ys = [...r.moves.map((m) => rungY.get(m.to)), ...roles.filter((o) => o.moves.some((m) => m.to === r.id)).map((o) => rungY.get(o.id))].filter(
      (y): y is number => y !== undefined,
    );
    return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : bottomRung;
  };
  const nameOrder = (a: MapRole, b: MapRole) => a.name.localeCompare(b.name, 'en');
  const specialisations = roles.filter((r) => r.kind === 'specialisation').sort(nameOrder);
  const entries = roles.filter((r) => r.kind === 'entry').sort(nameOrder);
  const sideDoors = roles.filter((r) => r.kind === 'side-door').sort(nameOrder);

  const y = new Map<string, number>(rungY);
  const specY = stack(specialisations, () => MAP.top, MAP.top, sideGap);
  specialisations.forEach((r) => y.set(r.id, specY.get(r)!));
  const afterSpecs = specialisations.length ? MAP.top + specialisations.length * sideGap + MAP.top : MAP.top;
  const entryY = stack(entries, () => afterSpecs, afterSpecs, sideGap);
  entries.forEach((r) => y.set(r.id, entryY.get(r)!));
  const doorY = stack(sideDoors, (r) => linkedRungY(r) - nodeH / 2, MAP.top, sideGap);
  sideDoors.forEach((r) => y.set(r.id, doorY.get(r)!));

  const nodes: MapNode[] = [...rungs, ...specialisations, ...entries, ...sideDoors].map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    rung: r.rung,
    column: columnOf(r.kind),
    x: COLUMN_X[columnOf(r.kind)],
    y: y.get(r.id)!,
    w: MAP.nodeW,
    h: nodeH,
  }));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const lowest = Math.max(...nodes.map((n) => n.y + n.h));
  const height = lowest + MAP.margin * 2;

  // One edge per pair of roles; a pair with moves both ways becomes one two-headed arrow.
  const pairs = new Map<string, { from: string; to: string; both: boolean }>();
  for (const r of roles) {
    for (const m of r.moves) {
      if (!byId.has(m.to) || m.to === r.id) continue;
      const key = [r.id, m.to].sort().join('|');
      const existing = pairs.get(key);
      if (existing) existing.both = existing.both || existing.from !== r.id;
      else pairs.set(key, { from: r.id, to: m.to, both: false });
    }
  }

  const styleOf = (a: MapNode, b: MapNode): EdgeStyle => {
    if (a.kind === 'rung' && b.kind === 'rung') return 'spine';
    if (a.kind === 'entry') return 'into';
    return 'across';
  };

  // Ports: edges leaving the same side of a node are spread along it, ordered by where they go.
  type Side = 'top' | 'bottom' | 'left' | 'right';
  const sideFor = (self: MapNode, other: MapNode): Side => {
    const dc = COLUMN_INDEX[other.column] - COLUMN_INDEX[self.column];
    if (dc > 0) return 'right';
    if (dc < 0) return 'left';
    return other.y < self.y ? 'top' : 'bottom';
  };
  const attachments = new Map<string, Array<{ edge: string; other: MapNode }>>();
  const edgeList = [...pairs.values()];
  const detour = (a: MapNode, b: MapNode) => Math.abs(COLUMN_INDEX[a.column] - COLUMN_INDEX[b.column]) === 2;
  for (const e of edgeList) {
    const a = nodeById.get(e.from)!;
    const b = nodeById.get(e.to)!;
    const key = `${e.from}|${e.to}`;
    // Arrows that must cross the centre column leave and arrive from below.
    const sa = sideFor(a, b);
    const sb = sideFor(b, a);
    attachments.set(`${a.id}:${sa}`, [...(attachments.get(`${a.id}:${sa}`) ?? []), { edge: key, other: b }]);
    attachments.set(`${b.id}:${sb}`, [...(attachments.get(`${b.id}:${sb}`) ?? []), { edge: key, other: a }]);
  }
  const port = (n: MapNode, side: Side, edge: string): [number, number] => {
    const list = [...(attachments.get(`${n.id}:${side}`) ?? [])].sort((p, q) =>
      side === 'left' || side === 'right' ? p.other.y - q.other.y : p.other.x - q.other.x,
    );
    const i = Math.max(
      0,
      list.findIndex((p) => p.edge === edge),
    );
    const f = (i + 1) / (list.length + 1);
    switch (side) {
      case 'left':
        return [n.x, n.y + n.h * f];
      case 'right':
        return [n.x + n.w, n.y + n.h * f];
      case 'top':
        return [n.x + n.w * f, n.y];
      case 'bottom':
        return [n.x + n.w * f, n.y + n.h];
    }
  };
  const r = (v: number) => Math.round(v * 10) / 10;

  const edges: MapEdge[] = edgeList.map((e) => {
    const a = nodeById.get(e.from)!;
    const b = nodeById.get(e.to)!;
    const key = `${e.from}|${e.to}`;
    let d: string;
    if (detour(a, b)) {
      // Round the centre column: out through the gutter, along the floor, up the far gutter.
      const [left, right] = COLUMN_INDEX[a.column] < COLUMN_INDEX[b.column] ? [a, b] : [b, a];
      const [sx, sy] = port(left, 'right', key);
      const [tx, ty] = port(right, 'left', key);
      const g1 = (COLUMN_X.left + MAP.nodeW + COLUMN_X.centre) / 2 - 10;
      const g2 = (COLUMN_X.centre + MAP.nodeW + COLUMN_X.right) / 2 + 10;
      const floor = lowest + MAP.margin;
      const k = 12;
      const path = [
        `M${r(sx)},${r(sy)}`,
        `L${r(g1 - k)},${r(sy)} Q${r(g1)},${r(sy)} ${r(g1)},${r(sy + k)}`,
        `L${r(g1)},${r(floor - k)} Q${r(g1)},${r(floor)} ${r(g1 + k)},${r(floor)}`,
        `L${r(g2 - k)},${r(floor)} Q${r(g2)},${r(floor)} ${r(g2)},${r(floor - k)}`,
        `L${r(g2)},${r(ty + k)} Q${r(g2)},${r(ty)} ${r(g2 + k)},${r(ty)}`,
        `L${r(tx)},${r(ty)}`,
      ].join(' ');
      // The path runs left to right; an arrow from the right-hand role needs it reversed.
      d = left === a ? path : reversePath(path);
    } else {
      const sa = sideFor(a, b);
      const [sx, sy] = port(a, sa, key);
      const [tx, ty] = port(b, sideFor(b, a), key);
      if (sa === 'top' || sa === 'bottom') {
        const my = (sy + ty) / 2;
        d = `M${r(sx)},${r(sy)} C${r(sx)},${r(my)} ${r(tx)},${r(my)} ${r(tx)},${r(ty)}`;
      } else {
        const mx = (sx + tx) / 2;
        d = `M${r(sx)},${r(sy)} C${r(mx)},${r(sy)} ${r(mx)},${r(ty)} ${r(tx)},${r(ty)}`;
      }
    }
    return { from: e.from, to: e.to, both: e.both, style: styleOf(a, b), d };
  });

  const labels: MapLabel[] = [
    { text: 'The ladder', x: COLUMN_X.centre, y: MAP.top - 14, column: 'centre' },
    { text: 'Side doors', x: COLUMN_X.right, y: (sideDoors.length ? Math.min(...sideDoors.map((s) => y.get(s.id)!)) : MAP.top) - 14, column: 'right' },
  ];
  if (specialisations.length) labels.push({ text: 'Specialisations', x: COLUMN_X.left, y: MAP.top - 14, column: 'left' });
  if (entries.length) labels.push({ text: 'Entry routes', x: COLUMN_X.left, y: afterSpecs - 14, column: 'left' });

  return { width: MAP.width, height, nodes, edges, labels };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The role to move to with an arrow key: the nearest role joined to this one
 * by an arrow in that direction, or failing that the nearest role in that
 * direction in the same column. Null when there is none.
 */
export interface MapGeometry {
  nodes: ReadonlyArray<Pick<MapNode, 'id' | 'x' | 'y' | 'w' | 'h' | 'column'>>;
  edges: ReadonlyArray<Pick<MapEdge, 'from' | 'to'>>;
}

export function neighbour(layout: MapGeometry, id: string, direction: Direction): string | null {
  const self = layout.nodes.find((n) => n.id === id);
  if (!self) return null;
  type GeoNode = MapGeometry['nodes'][number];
  const cx = (n: GeoNode) => n.x + n.w / 2;
  const cy = (n: GeoNode) => n.y + n.h / 2;
  const dx = (n: GeoNode) => cx(n) - cx(self);
  const dy = (n: GeoNode) => cy(n) - cy(self);
  const inDirection = (n: GeoNode) => {
    switch (direction) {
      case 'up':
        return dy(n) < -1 && Math.abs(dx(n)) <= Math.abs(dy(n)) * 4;
      case 'down':
        return dy(n) > 1 && Math.abs(dx(n)) <= Math.abs(dy(n)) * 4;
      case 'left':
        return dx(n) < -1;
      case 'right':
        return dx(n) > 1;
    }
  };
  const distance = (n: GeoNode) => Math.hypot(dx(n), dy(n));
  const linked = new Set(layout.edges.flatMap((e) => (e.from === id ? [e.to] : e.to === id ? [e.from] : [])));
  const candidates = layout.nodes.filter((n) => n.id !== id && inDirection(n));
  const byDistance = (list: GeoNode[]) => [...list].sort((a, b) => distance(a) - distance(b))[0]?.id ?? null;
  const vertical = direction === 'up' || direction === 'down';
  return (
    byDistance(candidates.filter((n) => linked.has(n.id) && (!vertical || n.column === self.column))) ??
    byDistance(candidates.filter((n) => linked.has(n.id))) ??
    byDistance(candidates.filter((n) => n.column === self.column)) ??
    (vertical ? null : byDistance(candidates))
  );
}

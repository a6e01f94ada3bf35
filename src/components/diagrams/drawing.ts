/**
 * What the diagrams draw with. Each diagram builds its drawings as lists of
 * shapes (rectangles, paths and blocks of text) with the helpers here, and
 * Drawing.astro turns each list into an SVG. Every diagram has its own class
 * prefix (dm, es, gl, pg, rf), and the helpers that `shapes()` returns give a
 * shape that prefix's default classes.
 */

/** One thing drawn: a rectangle (`r`), a path (`p`) or text (`t`), with its CSS class. */
export type Shape =
  | { k: 'r'; x: number; y: number; w: number; h: number; c: string }
  | { k: 'p'; d: string; c: string }
  | { k: 't'; x: number; y: number; s: string[]; c: string; a?: 'middle' | 'end'; tr?: string };

/** The line height of text, in SVG units: each line after the first starts this far below. */
export const LH = 16;

/** Rounds to one decimal place, so that paths stay short. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Splits a sentence into lines of at most n characters. */
export function wrap(s: string, n: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line && line.length + w.length >= n) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return [...out, line];
}

/**
 * How a diagram draws its arrows. `any`: at any angle, the points rounded to
 * one decimal place and a head 9 long and 9 wide. `square`: along right angles
 * only, the points as given and a head 9 long and 10 wide.
 */
export type Arrows = 'any' | 'square';

/** The path data of a line through [x, y, x, y, …]. */
function line(pts: number[]): string {
  let d = '';
  for (let i = 0; i < pts.length; i += 2) d += `${i ? 'L' : 'M'}${pts[i]} ${pts[i + 1]}`;
  return d;
}

/**
 * The helpers for one diagram: rect, path and text default to the classes
 * `<prefix>-box`, `<prefix>-ln` and `<prefix>-t`; arrow draws its line in
 * `<prefix>-ln` unless told otherwise and its head in `<prefix>-hd`; clock
 * draws in `<prefix>-clk`.
 */
export function shapes(prefix: string, arrows: Arrows = 'any') {
  const rect = (x: number, y: number, w: number, h: number, c = `${prefix}-box`): Shape => ({ k: 'r', x, y, w, h, c });
  const path = (d: string, c = `${prefix}-ln`): Shape => ({ k: 'p', d, c });
  const text = (x: number, y: number, s: string | readonly string[], c = `${prefix}-t`, a?: 'middle' | 'end', tr?: string): Shape => ({
    k: 't',
    x,
    y,
    s: typeof s === 'string' ? [s] : [...s],
    c,
    a,
    tr,
  });
  /** A polyline through [x, y, x, y, …] with an arrowhead at its end. */
  function arrow(pts: number[], c = `${prefix}-ln`): Shape[] {
    const n = pts.length;
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = pts.slice(n - 4);
    if (arrows === 'square') {
      const [dx, dy] = [Math.sign(x2 - x1), Math.sign(y2 - y1)];
      const head = `M${x2} ${y2}l${-dx * 9 - dy * 5} ${-dy * 9 + dx * 5}l${dy * 10} ${-dx * 10}z`;
      return [path(line([...pts.slice(0, n - 2), x2 - dx * 9, y2 - dy * 9]), c), path(head, `${prefix}-hd`)];
    }
    const len = Math.hypot(x2 - x1, y2 - y1);
    const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
    const [bx, by] = [x2 - ux * 9, y2 - uy * 9];
    const head = `M${x2} ${y2}L${r1(bx - uy * 4.5)} ${r1(by + ux * 4.5)}L${r1(bx + uy * 4.5)} ${r1(by - ux * 4.5)}Z`;
    return [path(line([...pts.slice(0, n - 2), bx, by].map(r1)), c), path(head, `${prefix}-hd`)];
  }
  /** A small clock face centred on (x, y). */
  const clock = (x: number, y: number): Shape => path(`M${x - 6} ${y}a6 6 0 1 0 12 0a6 6 0 1 0 -12 0M${x} ${y - 3.5}V${y}h3`, `${prefix}-clk`);
  return { rect, path, text, arrow, clock };
}

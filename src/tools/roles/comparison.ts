/**
 * The explorer's comparison of two roles, drawn with DOM APIs: a radar chart
 * of their levels, each skill that changes in words with the reason behind
 * it, how budgets, teams and decisions change, and a table of the levels.
 * Loaded by the explorer (island.ts) on the first comparison, so the map's
 * page does not carry it until a reader compares.
 */
import { asStepUp, differencesInWords, type ComparableRole } from '../../lib/ladder/compare.ts';
import type { ProfileChange } from '../../lib/ladder/profile-compare.ts';
import { el } from '../../browser/dom.ts';
// By URL, not as a side-effect import: Astro would put a CSS import of this lazily loaded module into the page's <head>.
import stylesUrl from './comparison.css?url';

/** Adds the comparison's stylesheet once. */
function loadStyles(): void {
  if (document.querySelector('link[data-comparison-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesUrl;
  link.dataset.comparisonCss = '';
  document.head.append(link);
}

type Skills = Array<{ id: keyof ComparableRole['skills']; label: string }>;

/** How two roles' profiles compare, as /roles/profiles.json gives it (written at build time). */
export interface ProfileComparison {
  pairs: Record<string, { changes: ProfileChange[]; note: string | null }>;
  noProfile: Record<string, string>;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: Array<Node | string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

/** Two roles' levels on one radar ("snowflake"), each skill an axis from 0 to 5. */
function radar(skills: Skills, a: ComparableRole, b: ComparableRole): SVGElement {
  const size = 360;
  const c = size / 2;
  const r = 112;
  const n = skills.length;
  const at = (i: number, level: number) => {
    const angle = (Math.PI * 2 * i) / n - Math.PI / 2;
    return [c + (Math.cos(angle) * (r * level)) / 5, c + (Math.sin(angle) * (r * level)) / 5] as const;
  };
  const rings = [1, 2, 3, 4, 5].map((level) => svg('polygon', { class: 'radar-ring', points: skills.map((_, i) => at(i, level).join(',')).join(' ') }));
  const axes = skills.map((_, i) => svg('line', { class: 'radar-axis', x1: c, y1: c, x2: at(i, 5)[0], y2: at(i, 5)[1] }));
  const labels = skills.map((s, i) => {
    const [x, y] = at(i, 6.3);
    const anchor = Math.abs(x - c) < 8 ? 'middle' : x > c ? 'start' : 'end';
    const lines: string[] = [];
    for (const w of s.label.split(' ')) {
      if (lines.length && lines.at(-1)!.length + w.length < 12) lines[lines.length - 1] += ` ${w}`;
      else lines.push(w);
    }
    return svg(
      'text',
      { x, y: y - ((lines.length - 1) * 17) / 2, 'text-anchor': anchor, class: 'radar-label' },
      ...lines.map((line, j) => svg('tspan', { x, dy: j === 0 ? 5 : 17 }, line)),
    );
  });
  const shape = (role: ComparableRole, cls: string) =>
    svg('polygon', { class: cls, points: skills.map((s, i) => at(i, role.skills[s.id]).join(',')).join(' ') });
  return svg(
    'svg',
    {
      viewBox: `-100 -30 ${size + 200} ${size + 60}`,
      class: 'radar',
      role: 'img',
      'aria-label': `Radar chart of ${a.name} and ${b.name}; the table below gives the same levels.`,
    },
    ...rings,
    ...axes,
    shape(a, 'radar-a'),
    shape(b, 'radar-b'),
    ...labels,
  );
}

/** How budgets, teams, duration, work in parallel, decisions and stakeholders change, once the profiles have arrived. */
function profileBlock(data: ProfileComparison | null, a: ComparableRole, b: ComparableRole): HTMLElement | null {
  if (!data) return null;
  const own = (o: Record<string, unknown>, key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);
  const pair = own(data.pairs, `${a.id}>${b.id}`) as ProfileComparison['pairs'][string] | undefined;
  // One role without a profile: the sentence that says so; neither: nothing to compare.
  const [aMissing, bMissing] = [own(data.noProfile, a.id), own(data.noProfile, b.id)] as Array<string | undefined>;
  const missing = aMissing && !bMissing ? aMissing : bMissing && !aMissing ? bMissing : undefined;
  const changes: ProfileChange[] = pair?.changes ?? (missing ? [{ key: 'missing', text: missing }] : []);
  if (changes.length === 0) return null;
  return el(
    'div',
    { class: 'compare-profile', 'data-compare-profile': '' },
    el('h3', {}, 'What each is trusted with'),
    el(
      'ul',
      { class: 'differences' },
      // A sentence stands as it is; a label with the role data's words under it is set like a skill's change.
      ...changes.map((c) =>
        el('li', { 'data-change': c.key }, ...(c.detail ? [el('strong', {}, c.text), el('span', { class: 'why' }, `${c.detailRole}: ${c.detail}`)] : [c.text])),
      ),
    ),
    pair?.note ? el('p', { class: 'small' }, pair.note) : null,
  );
}

/** Draws the comparison of two roles into `body`; returns them ordered as a step up (lower rung first). */
export function drawComparison(
  body: HTMLElement,
  input: { skills: Skills; chosen: ComparableRole; other: ComparableRole; profiles: ProfileComparison | null },
): [ComparableRole, ComparableRole] {
  loadStyles();
  const [a, b] = asStepUp(input.chosen, input.other);
  const changes = differencesInWords(a, b);
  body.replaceChildren(
    el(
      'div',
      { class: 'compare-layout' },
      el(
        'div',
        {},
        el(
          'p',
          { class: 'legend' },
          el('span', { class: 'key key-a', 'aria-hidden': 'true' }),
          ` ${a.name}  `,
          el('span', { class: 'key key-b', 'aria-hidden': 'true' }),
          ` ${b.name}`,
        ),
        radar(input.skills, a, b),
      ),
      el(
        'div',
        {},
        el('h3', {}, changes.length ? `What changes from ${a.name} to ${b.name}` : 'No skill level changes'),
        changes.length
          ? el(
              'ul',
              { class: 'differences' },
              ...changes.map((d) =>
                el('li', {}, el('strong', {}, d.text), d.why ? el('span', { class: 'why' }, el('span', { class: 'sr-only' }, `${d.whyRole}: `), d.why) : null),
              ),
            )
          : el('p', {}, `${b.name} asks for the same levels as ${a.name}.`),
      ),
    ),
    ...[profileBlock(input.profiles, a, b)].filter((x): x is HTMLElement => x !== null),
    el(
      'table',
      { class: 'compare-table' },
      el('caption', {}, `Skill levels, ${a.name} and ${b.name}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Skill'), el('th', { scope: 'col' }, a.name), el('th', { scope: 'col' }, b.name))),
      el(
        'tbody',
        {},
        ...input.skills.map((s) =>
          el('tr', {}, el('th', { scope: 'row' }, s.label), el('td', {}, String(a.skills[s.id])), el('td', {}, String(b.skills[s.id]))),
        ),
      ),
    ),
  );
  return [a, b];
}

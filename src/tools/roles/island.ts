/**
 * <role-explorer>: selection, keyboard navigation and comparison on the
 * server-rendered ladder map. Every role's details are already on the page
 * (the CSS shows one before first paint); this moves them beside the map on
 * wide screens or under the selected role on narrow ones, moves focus there
 * and back, draws the comparison (a radar chart, its table and the changes in
 * words) with DOM APIs, and keeps the state in the URL fragment.
 */
import { asStepUp, differencesInWords, type ComparableRole, type ExplorerState } from '../../lib/ladder/compare.ts';
import { neighbour, type Direction, type MapGeometry } from '../../lib/ladder/layout.ts';
import { decodeExplorerUrl, encodeExplorerHash } from '../../lib/ladder/state.ts';
import { el, readJson } from '../../browser/dom.ts';

interface ExplorerData extends MapGeometry {
  fallback: string;
  roles: Array<ComparableRole & { moves: string[] }>;
  skills: Array<{ id: keyof ComparableRole['skills']; label: string }>;
}

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: Array<Node | string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

/** Two roles' levels on one radar ("snowflake"), each skill an axis from 0 to 5. */
function radar(data: ExplorerData, a: ComparableRole, b: ComparableRole): SVGElement {
  const size = 360;
  const c = size / 2;
  const r = 112;
  const n = data.skills.length;
  const at = (i: number, level: number) => {
    const angle = (Math.PI * 2 * i) / n - Math.PI / 2;
    return [c + Math.cos(angle) * (r * level) / 5, c + Math.sin(angle) * (r * level) / 5] as const;
  };
  const rings = [1, 2, 3, 4, 5].map((level) =>
    svg('polygon', { class: 'radar-ring', points: data.skills.map((_, i) => at(i, level).join(',')).join(' ') }),
  );
  const axes = data.skills.map((_, i) => svg('line', { class: 'radar-axis', x1: c, y1: c, x2: at(i, 5)[0], y2: at(i, 5)[1] }));
  const labels = data.skills.map((s, i) => {
    const [x, y] = at(i, 6.2);
    const anchor = Math.abs(x - c) < 8 ? 'middle' : x > c ? 'start' : 'end';
    const words = s.label.split(' ');
    const lines: string[] = [];
    for (const w of words) {
      if (lines.length && (lines.at(-1)!.length + w.length < 13)) lines[lines.length - 1] += ` ${w}`;
      else lines.push(w);
    }
    return svg(
      'text',
      { x, y: y - ((lines.length - 1) * 14) / 2, 'text-anchor': anchor, class: 'radar-label' },
      ...lines.map((line, j) => svg('tspan', { x, dy: j === 0 ? 4 : 14 }, line)),
    );
  });
  const shape = (role: ComparableRole, cls: string) =>
    svg('polygon', { class: cls, points: data.skills.map((s, i) => at(i, role.skills[s.id]).join(',')).join(' ') });
  return svg(
    'svg',
    { viewBox: `-70 -20 ${size + 140} ${size + 40}`, class: 'radar', role: 'img', 'aria-label': `Radar chart of ${a.name} and ${b.name}; the table below gives the same levels.` },
    ...rings,
    ...axes,
    shape(a, 'radar-a'),
    shape(b, 'radar-b'),
    ...labels,
  );
}

class RoleExplorer extends HTMLElement {
  #data: ExplorerData | null = null;
  #state: ExplorerState = { role: '', compare: null };

  connectedCallback() {
    const data = readJson<ExplorerData>(this, 'script[data-explorer-data]');
    if (!data || data.roles.length === 0) return;
    this.#data = data;
    const ids = data.roles.map((r) => r.id);
    const initial = decodeExplorerUrl(window.location.hash, window.location.search, ids, data.fallback);
    this.classList.add('enhanced');

    this.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const back = target?.closest<HTMLAnchorElement>('a[data-back]');
      if (back) {
        e.preventDefault();
        this.#node(this.#state.role)?.focus();
        return;
      }
      const link = target?.closest<HTMLAnchorElement>('a[data-role], a[data-role-link]');
      const id = link?.dataset.role ?? link?.dataset.roleLink ?? '';
      if (!link || !ids.includes(id)) return;
      e.preventDefault();
      this.#set({ role: id, compare: this.#state.compare === id ? null : this.#state.compare }, true, true);
    });
    this.querySelector('[data-ladder-map]')?.addEventListener('keydown', (e) => this.#onMapKey(e as KeyboardEvent));
    this.querySelector('[data-panel]')?.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.#node(this.#state.role)?.focus();
    });
    this.querySelector<HTMLSelectElement>('[data-compare]')?.addEventListener('change', (e) => {
      const value = (e.target as HTMLSelectElement).value;
      this.#set({ role: this.#state.role, compare: value && value !== this.#state.role ? value : null }, true, false);
      const panel = this.querySelector<HTMLElement>('[data-compare-panel]');
      if (panel && !panel.hidden) this.#reveal(panel);
    });
    window.addEventListener('hashchange', () => this.#set(decodeExplorerUrl(window.location.hash, '', ids, data.fallback), false, false));
    // Old ?role=… links open on the same view, with the state moved into the fragment.
    this.#set(initial, window.location.search !== '', false);
    // A shared comparison opens at the comparison, inside the side panel (the page itself does not move).
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    const compare = this.querySelector<HTMLElement>('[data-compare-panel]');
    if (initial.compare && panel && compare && getComputedStyle(panel).overflowY === 'auto') {
      panel.scrollTop += compare.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    }
  }

  #node(id: string) {
    return this.querySelector<HTMLAnchorElement>(`[data-ladder-map] a[data-role="${CSS.escape(id)}"]`);
  }

  #role(id: string | null) {
    return this.#data!.roles.find((r) => r.id === id) ?? null;
  }

  /** True when the map is the narrow, vertical version (its connectors are hidden). */
  #narrow() {
    const edges = this.querySelector<SVGElement>('.lm-edges');
    return !edges || getComputedStyle(edges).display === 'none';
  }

  #set(state: ExplorerState, updateUrl: boolean, focus: boolean) {
    this.#state = state;
    const data = this.#data!;
    const role = this.#role(state.role)!;
    const into = data.roles.filter((r) => r.moves.includes(role.id)).map((r) => r.id);
    for (const node of this.querySelectorAll<HTMLAnchorElement>('[data-ladder-map] a[data-role]')) {
      const id = node.dataset.role!;
      if (id === role.id) node.setAttribute('aria-current', 'true');
      else node.removeAttribute('aria-current');
      node.classList.toggle('is-next', role.moves.includes(id));
      node.classList.toggle('is-prev', into.includes(id));
      node.classList.toggle('is-compared', id === state.compare);
    }
    for (const path of this.querySelectorAll<SVGPathElement>('.lm-edge')) {
      path.classList.toggle('is-active', path.dataset.from === role.id || path.dataset.to === role.id);
    }
    const details = this.querySelector<HTMLElement>('[data-role-details]')!;
    let shown: HTMLElement | null = null;
    for (const section of this.querySelectorAll<HTMLElement>('[data-role-detail]')) {
      const selected = section.dataset.roleDetail === role.id;
      section.toggleAttribute('data-selected', selected);
      if (selected) shown = section;
      // Only the selected role's details may sit under its node; the others go home.
      else if (section.parentElement !== details) details.append(section);
    }
    if (shown) {
      const li = this.#node(role.id)?.closest('li');
      if (focus && this.#narrow() && li) li.append(shown);
      else if (shown.parentElement !== details) details.append(shown);
    }
    const select = this.querySelector<HTMLSelectElement>('[data-compare]');
    if (select) {
      select.value = state.compare ?? '';
      for (const option of select.options) option.disabled = option.value === role.id;
    }
    this.#renderCompare();
    const other = this.#role(state.compare);
    this.querySelector<HTMLElement>('[data-announce]')!.textContent = other ? `Comparing ${role.name} with ${other.name}` : `Showing ${role.name}`;
    if (updateUrl) {
      const url = new URL(window.location.href);
      url.search = '';
      url.hash = encodeExplorerHash(state, data.fallback);
      history.replaceState(history.state, '', url);
    }
    if (focus && shown) this.#reveal(shown);
  }

  /** Moves focus to a section and scrolls it to the top of the side panel (wide) or of the window (narrow). */
  #reveal(section: HTMLElement) {
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    section.focus({ preventScroll: true });
    if (panel && panel.contains(section) && getComputedStyle(panel).overflowY === 'auto') {
      panel.scrollTop += section.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    } else {
      section.scrollIntoView({ block: 'start' });
    }
  }

  #renderCompare() {
    const data = this.#data!;
    const panel = this.querySelector<HTMLElement>('[data-compare-panel]')!;
    const chosen = this.#role(this.#state.role)!;
    const other = this.#role(this.#state.compare);
    panel.hidden = !other;
    if (!other) return;
    const [a, b] = asStepUp(chosen, other);
    this.querySelector('[data-compare-heading]')!.textContent = `${a.name} and ${b.name} compared`;
    const changes = differencesInWords(a, b);
    this.querySelector('[data-compare-body]')!.replaceChildren(
      el('p', { class: 'legend' }, el('span', { class: 'key key-a', 'aria-hidden': 'true' }), ` ${a.name}  `, el('span', { class: 'key key-b', 'aria-hidden': 'true' }), ` ${b.name}`),
      radar(data, a, b),
      el('h3', {}, changes.length ? `What changes from ${a.name} to ${b.name}` : 'No skill level changes'),
      changes.length
        ? el('ul', { class: 'differences' }, ...changes.map((d) => el('li', {}, d.text)))
        : el('p', {}, `${b.name} asks for the same levels as ${a.name}.`),
      el(
        'div',
        { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': `Skill levels, ${a.name} and ${b.name}` },
        el(
          'table',
          { class: 'compare-table' },
          el('caption', {}, `Skill levels, ${a.name} and ${b.name}`),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Skill'), el('th', { scope: 'col' }, a.name), el('th', { scope: 'col' }, b.name))),
          el(
            'tbody',
            {},
            ...data.skills.map((s) =>
              el('tr', {}, el('th', { scope: 'row' }, s.label), el('td', {}, String(a.skills[s.id])), el('td', {}, String(b.skills[s.id]))),
            ),
          ),
        ),
      ),
    );
  }

  /** Arrow keys follow the map's arrows; Home and End go to the top and bottom rung. */
  #onMapKey(e: KeyboardEvent) {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-role]') : null;
    if (!link) return;
    const data = this.#data!;
    const rungs = data.nodes.filter((n) => n.column === 'centre').sort((p, q) => p.y - q.y);
    let target: string | null = null;
    if (e.key in KEYS) target = neighbour(data, link.dataset.role!, KEYS[e.key]!);
    else if (e.key === 'Home') target = rungs[0]?.id ?? null;
    else if (e.key === 'End') target = rungs.at(-1)?.id ?? null;
    else return;
    e.preventDefault();
    if (target) this.#node(target)?.focus();
  }
}

if (!customElements.get('role-explorer')) customElements.define('role-explorer', RoleExplorer);

/**
 * <role-explorer>: selection, keyboard navigation and comparison on the
 * server-rendered ladder map. Every role's details are already on the page
 * (the CSS shows one before first paint); this shows the selected one beside
 * the map on wide screens or under its node on narrow ones, moves focus there
 * and back, draws the comparison (a radar chart, its table and the changes in
 * words, and how budgets, teams and decisions change) with DOM APIs, and
 * keeps the state in the URL fragment. Names, levels and moves are read from
 * the rendered page; the reasons behind each level and the roles' profiles
 * in fields are fetched when a comparison first needs them.
 *
 * Keyboard: the map is one Tab stop (a roving tabindex on the selected role);
 * arrows move focus along the map's arrows without selecting; Enter selects.
 * The comparison changes only when a role's button is pressed.
 */
import { asStepUp, differencesInWords, type ComparableRole, type ExplorerState } from '../../lib/ladder/compare.ts';
import type { ProfileChange } from '../../lib/ladder/profile-compare.ts';
import { neighbour, type Direction, type MapGeometry } from '../../lib/ladder/layout.ts';
import { decodeExplorerUrl, encodeExplorerHash } from '../../lib/ladder/state.ts';
import { el, readJson } from '../../browser/dom.ts';
import { wireCopyLink } from '../../browser/share.ts';

interface ExplorerData extends MapGeometry {
  fallback: string;
  skills: Array<{ id: keyof ComparableRole['skills']; label: string }>;
  notesHref: string;
  profilesHref: string;
}
/** How two roles' profiles compare, as /roles/profiles.json gives it (written at build time). */
interface ProfileComparison {
  pairs: Record<string, { changes: ProfileChange[]; note: string | null }>;
  noProfile: Record<string, string>;
}
type Role = ComparableRole & { moves: string[] };

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: Array<Node | string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

/** Two roles' levels on one radar ("snowflake"), each skill an axis from 0 to 5. */
function radar(skills: ExplorerData['skills'], a: ComparableRole, b: ComparableRole): SVGElement {
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
  const shape = (role: ComparableRole, cls: string) => svg('polygon', { class: cls, points: skills.map((s, i) => at(i, role.skills[s.id]).join(',')).join(' ') });
  return svg(
    'svg',
    { viewBox: `-100 -30 ${size + 200} ${size + 60}`, class: 'radar', role: 'img', 'aria-label': `Radar chart of ${a.name} and ${b.name}; the table below gives the same levels.` },
    ...rings,
    ...axes,
    shape(a, 'radar-a'),
    shape(b, 'radar-b'),
    ...labels,
  );
}

class RoleExplorer extends HTMLElement {
  #data: ExplorerData | null = null;
  #roles: Role[] = [];
  #state: ExplorerState = { role: '', compare: null };
  #notes: Record<string, Partial<Record<string, string>>> | null = null;
  #profiles: ProfileComparison | null = null;
  #notesRequested = false;

  connectedCallback() {
    const data = readJson<ExplorerData>(this, 'script[data-explorer-data]');
    this.#roles = this.#readRoles();
    if (!data || this.#roles.length === 0) return;
    this.#data = data;
    const ids = this.#roles.map((r) => r.id);
    const initial = decodeExplorerUrl(window.location.hash, window.location.search, ids, data.fallback);
    this.classList.add('enhanced');

    this.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('a[data-back]')) {
        e.preventDefault();
        this.#node(this.#state.role)?.focus();
        return;
      }
      if (target?.closest('a[data-to-compare]')) {
        e.preventDefault();
        this.#reveal(this.querySelector<HTMLElement>('[data-compare-panel]')!);
        return;
      }
      const choice = target?.closest<HTMLButtonElement>('button[data-compare-with]');
      if (choice) {
        const id = choice.dataset.compareWith!;
        this.#set({ role: this.#state.role, compare: this.#state.compare === id || id === this.#state.role ? null : id }, true, false);
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
    window.addEventListener('hashchange', () => this.#set(decodeExplorerUrl(window.location.hash, '', ids, data.fallback), false, false));
    // The address always carries the view (the fragment is kept up to date by #set).
    wireCopyLink({
      button: this.querySelector<HTMLButtonElement>('[data-copy-link]')!,
      status: this.querySelector<HTMLElement>('[data-copy-status]')!,
      url: () => window.location.href,
      fallback: this.querySelector<HTMLInputElement>('[data-copy-fallback]'),
      copied: () => (this.#state.compare ? 'Link copied: it opens this comparison.' : 'Link copied: it opens this role on the map.'),
    });
    // Old ?role=… links open on the same view, with the state moved into the fragment.
    this.#set(initial, window.location.search !== '', false);
    // A shared comparison opens at the comparison.
    if (initial.compare) this.querySelector<HTMLElement>('[data-compare-panel]')?.scrollIntoView({ block: 'start' });
  }

  /** The roles as the page renders them: name, moves and the level of every skill. */
  #readRoles(): Role[] {
    return [...this.querySelectorAll<HTMLElement>('[data-role-detail]')].map((section) => {
      const skills: Record<string, number> = {};
      const row = document.querySelector(`tr[data-role-levels="${CSS.escape(section.dataset.roleDetail!)}"]`);
      for (const cell of row?.querySelectorAll<HTMLElement>('td[data-skill]') ?? []) skills[cell.dataset.skill!] = Number(cell.textContent);
      return {
        id: section.dataset.roleDetail!,
        name: section.dataset.name ?? '',
        moves: (section.dataset.moves ?? '').split(' ').filter(Boolean),
        skills: skills as Role['skills'],
      };
    });
  }

  #node(id: string) {
    return this.querySelector<HTMLAnchorElement>(`[data-ladder-map] a[data-role="${CSS.escape(id)}"]`);
  }

  #role(id: string | null) {
    return this.#roles.find((r) => r.id === id) ?? null;
  }

  /** True when the map is the narrow, vertical version (its connectors are hidden). */
  #narrow() {
    const edges = this.querySelector<SVGElement>('.lm-edges');
    return !edges || getComputedStyle(edges).display === 'none';
  }

  /** The map is one Tab stop: only the selected role is in the tab order. */
  #rove(id: string) {
    for (const node of this.querySelectorAll<HTMLAnchorElement>('[data-ladder-map] a[data-role]')) node.tabIndex = node.dataset.role === id ? 0 : -1;
  }

  #set(state: ExplorerState, updateUrl: boolean, focus: boolean) {
    this.#state = state;
    const data = this.#data!;
    const role = this.#role(state.role)!;
    const into = this.#roles.filter((r) => r.moves.includes(role.id)).map((r) => r.id);
    for (const node of this.querySelectorAll<HTMLAnchorElement>('[data-ladder-map] a[data-role]')) {
      const id = node.dataset.role!;
      if (id === role.id) node.setAttribute('aria-current', 'true');
      else node.removeAttribute('aria-current');
      node.classList.toggle('is-next', role.moves.includes(id));
      node.classList.toggle('is-prev', into.includes(id));
      node.classList.toggle('is-compared', id === state.compare);
    }
    this.#rove(role.id);
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
    if (shown) this.#renderSkills(shown, role);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-compare-with]')) {
      const id = button.dataset.compareWith!;
      button.setAttribute('aria-pressed', String(id === state.compare));
      button.disabled = id === role.id;
    }
    const label = this.querySelector<HTMLElement>('[data-compare-label]');
    if (label) label.textContent = `Compare ${role.name} with:`;
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

  /** The selected role's levels as bars in its details (the page's table holds them for readers without scripts). */
  #renderSkills(section: HTMLElement, role: Role) {
    const box = section.querySelector<HTMLElement>('[data-role-skills]');
    if (!box || box.querySelector('.skill-bars')) return;
    const list = el(
      'ul',
      { class: 'skill-bars' },
      ...this.#data!.skills.map((s) =>
        el(
          'li',
          {},
          el('span', { class: 'skill-label' }, `${s.label}: ${role.skills[s.id]} of 5`),
          el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { class: 'fill', style: `--v:${role.skills[s.id]}` })),
        ),
      ),
    );
    const profile = section.querySelector<HTMLAnchorElement>('a[data-full-profile]');
    box.querySelector('p')?.replaceChildren('Why each level sits where it does: ', el('a', { href: profile?.href ?? '#skills-table' }, `the full profile of ${role.name}`), '.');
    box.append(list);
  }

  /** Moves focus to a section, scrolling it into view only when it is not already on screen. */
  #reveal(section: HTMLElement) {
    section.focus({ preventScroll: true });
    const box = section.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight * 0.6) section.scrollIntoView({ block: 'start' });
  }

  /**
   * The reasons behind each level and the roles' profiles, fetched once when a comparison first needs them; the
   * comparison reads well without them and is drawn again when they arrive.
   */
  #loadNotes() {
    if (this.#notesRequested) return;
    this.#notesRequested = true;
    const get = (href: string) =>
      fetch(href)
        .then((r) => (r.ok ? r.json() : null))
        .then((json: unknown) => (json && typeof json === 'object' ? (json as Record<string, unknown>) : null))
        .catch(() => null);
    const object = (v: unknown) => (v && typeof v === 'object' ? v : null);
    // Each is drawn in as soon as it arrives.
    void get(this.#data!.notesHref).then((json) => {
      if (!object(json?.notes)) return;
      this.#notes = json!.notes as Record<string, Partial<Record<string, string>>>;
      this.#renderCompare();
    });
    void get(this.#data!.profilesHref).then((json) => {
      if (!object(json?.pairs) || !object(json?.noProfile)) return;
      this.#profiles = json as unknown as ProfileComparison;
      this.#renderCompare();
    });
  }

  /** How budgets, teams, duration, work in parallel, decisions and stakeholders change, once the comparison has arrived. */
  #profileBlock(a: ComparableRole, b: ComparableRole): HTMLElement | null {
    const data = this.#profiles;
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

  #renderCompare() {
    const data = this.#data!;
    const body = this.querySelector<HTMLElement>('[data-compare-body]')!;
    const heading = this.querySelector<HTMLElement>('[data-compare-heading]')!;
    const chosen = this.#role(this.#state.role)!;
    const other = this.#role(this.#state.compare);
    const copy = this.querySelector<HTMLElement>('[data-copy-link]')!;
    copy.textContent = other ? 'Copy a link to this comparison' : `Copy a link to ${chosen.name}`;
    this.querySelector<HTMLElement>('[data-copy-status]')!.textContent = '';
    this.querySelector('[data-compare-panel]')!.toggleAttribute('data-empty', !other);
    if (!other) {
      heading.textContent = 'Compare two roles';
      body.replaceChildren(el('p', { class: 'small' }, `Choose a role above to see how it differs from ${chosen.name}, skill by skill.`));
      return;
    }
    this.#loadNotes();
    const withNotes = (r: Role): ComparableRole => ({ ...r, skillNotes: this.#notes?.[r.id] });
    const [a, b] = asStepUp(withNotes(chosen), withNotes(other));
    heading.textContent = `${a.name} and ${b.name} compared`;
    const changes = differencesInWords(a, b);
    body.replaceChildren(
      el('div', { class: 'compare-layout' },
        el('div', {},
          el('p', { class: 'legend' }, el('span', { class: 'key key-a', 'aria-hidden': 'true' }), ` ${a.name}  `, el('span', { class: 'key key-b', 'aria-hidden': 'true' }), ` ${b.name}`),
          radar(data.skills, a, b),
        ),
        el('div', {},
          el('h3', {}, changes.length ? `What changes from ${a.name} to ${b.name}` : 'No skill level changes'),
          changes.length
            ? el('ul', { class: 'differences' }, ...changes.map((d) => el('li', {}, el('strong', {}, d.text), d.why ? el('span', { class: 'why' }, el('span', { class: 'sr-only' }, `${d.whyRole}: `), d.why) : null)))
            : el('p', {}, `${b.name} asks for the same levels as ${a.name}.`),
        ),
      ),
      ...[this.#profileBlock(a, b)].filter((x): x is HTMLElement => x !== null),
      el(
        'table',
        { class: 'compare-table' },
        el('caption', {}, `Skill levels, ${a.name} and ${b.name}`),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Skill'), el('th', { scope: 'col' }, a.name), el('th', { scope: 'col' }, b.name))),
        el('tbody', {}, ...data.skills.map((s) => el('tr', {}, el('th', { scope: 'row' }, s.label), el('td', {}, String(a.skills[s.id])), el('td', {}, String(b.skills[s.id]))))),
      ),
    );
  }

  /** Arrow keys follow the map's arrows and Home and End go to the top and bottom rung, moving focus only; Enter selects. */
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
    const node = target ? this.#node(target) : null;
    if (!node) return;
    this.#rove(target!);
    node.focus();
  }
}

if (!customElements.get('role-explorer')) customElements.define('role-explorer', RoleExplorer);

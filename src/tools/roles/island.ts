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
import type { ComparableRole } from '../../lib/ladder/compare.ts';
import type { ProfileComparison } from './comparison.ts';
import { columnOf, neighbour, type Direction, type MapGeometry } from '../../lib/ladder/layout.ts';
import type { RoleNode } from '../../lib/ladder/graph.ts';

type RoleKind = RoleNode['kind'];
import { decodeExplorerUrl, encodeExplorerHash, type ExplorerState } from '../../lib/ladder/state.ts';
import { el } from '../../browser/dom.ts';
import { wireCopyLink } from '../../browser/share.ts';

interface ExplorerData extends MapGeometry {
  fallback: string;
  skills: Array<{ id: keyof ComparableRole['skills']; label: string }>;
  notesHref: string;
  profilesHref: string;
}
type Role = ComparableRole & { moves: string[] };

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
class RoleExplorer extends HTMLElement {
  #data: ExplorerData | null = null;
  #roles: Role[] = [];
  #state: ExplorerState = { role: '', compare: null };
  #notes: Record<string, Partial<Record<string, string>>> | null = null;
  #profiles: ProfileComparison | null = null;
  #notesRequested = false;
  #comparison: Promise<typeof import('./comparison.ts')> | null = null;

  connectedCallback() {
    const data = this.#readData();
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

  /** Where a role leads, from the map's arrows: each arrow out of it, and each two-way arrow into it. */
  #movesFrom(id: string): string[] {
    return [...this.querySelectorAll<SVGElement>('[data-ladder-map] .lm-edge')].flatMap((e) =>
      e.dataset.from === id ? [e.dataset.to!] : e.dataset.to === id && e.hasAttribute('marker-start') ? [e.dataset.from!] : [],
    );
  }

  /** The roles as the page renders them: name, moves and the level of every skill. */
  /**
   * Everything the explorer needs, read from the rendered page rather than
   * sent twice: the map's geometry from its nodes' positions and arrows, the
   * skills from the table's headings, and the addresses of the data fetched on
   * a comparison from the element's attributes.
   */
  #readData(): ExplorerData | null {
    const { fallback, notes, profiles } = this.dataset;
    const canvas = this.querySelector<HTMLElement>('[data-ladder-map] .lm-canvas');
    const [width = 0, height = 0] = (canvas?.style.aspectRatio ?? '').split('/').map(Number);
    if (!fallback || !notes || !profiles || !width || !height) return null;
    const nodes = [...this.querySelectorAll<HTMLAnchorElement>('[data-ladder-map] a[data-role]')].map((a) => {
      const box = a.parentElement!.style;
      const at = (value: string, of: number) => (parseFloat(value) / 100) * of;
      return {
        id: a.dataset.role!,
        x: at(box.left, width),
        y: at(box.top, height),
        w: at(box.width, width),
        h: at(box.height, height),
        column: columnOf(a.dataset.kind as RoleKind),
      };
    });
    const edges = [...this.querySelectorAll<SVGElement>('[data-ladder-map] .lm-edge')].map((e) => ({ from: e.dataset.from ?? '', to: e.dataset.to ?? '' }));
    const skills = [...document.querySelectorAll<HTMLElement>('.skills-across thead th[data-skill]')].map((th) => ({
      id: th.dataset.skill as keyof ComparableRole['skills'],
      label: th.textContent?.trim() ?? '',
    }));
    return { fallback, notesHref: notes, profilesHref: profiles, nodes, edges, skills };
  }

  #readRoles(): Role[] {
    return [...this.querySelectorAll<HTMLElement>('[data-role-detail]')].map((section) => {
      // The levels are the role's row of the skills table, in the order of its column headings.
      const skills: Record<string, number> = {};
      const ids = [...document.querySelectorAll<HTMLElement>('.skills-across thead th[data-skill]')].map((th) => th.dataset.skill!);
      const row = document.querySelector(`tr[data-role-levels="${CSS.escape(section.dataset.roleDetail!)}"]`);
      [...(row?.querySelectorAll('td') ?? [])].forEach((cell, i) => {
        if (ids[i]) skills[ids[i]] = Number(cell.textContent);
      });
      return {
        id: section.dataset.roleDetail!,
        name: section.dataset.name ?? '',
        moves: this.#movesFrom(section.dataset.roleDetail!),
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
    box
      .querySelector('p')
      ?.replaceChildren('Why each level sits where it does: ', el('a', { href: profile?.href ?? '#skills-table' }, `the full profile of ${role.name}`), '.');
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
    const pair = { chosen: chosen.id, other: other.id };
    // The comparison's drawing code loads on the first comparison: the map's page does not carry it until then.
    this.#comparison ??= import('./comparison.ts');
    void this.#comparison.then(({ drawComparison }) => {
      if (this.#state.role !== pair.chosen || this.#state.compare !== pair.other) return; // the reader has moved on
      const [a, b] = drawComparison(body, { skills: data.skills, chosen: withNotes(chosen), other: withNotes(other), profiles: this.#profiles });
      heading.textContent = `${a.name} and ${b.name} compared`;
    });
  }

  /** Arrow keys follow the map's arrows and Home and End go to the top and bottom rung, moving focus only; Enter selects. */
  #onMapKey(e: KeyboardEvent) {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-role]') : null;
    if (!link) return;
    const data = this.#data!;
    const rungs = data.nodes.filter((n) => n.column === 'centre').sort((p, q) => p.y - q.y);
    let target: string | null;
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

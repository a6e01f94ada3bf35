/**
 * <role-explorer>: selection, keyboard navigation and comparison for the
 * server-rendered ladder. Every role's details are already on the page; this
 * shows one at a time, marks the roles it connects to, builds the comparison
 * with DOM APIs, and keeps ?role=…&compare=… in the URL.
 */
import { SKILL_DIMENSIONS } from '../lib/ladder/dimensions.ts';
import {
  asStepUp,
  decodeExplorerState,
  describeDifferences,
  encodeExplorerState,
  groupDeltas,
  type ComparableRole,
  type ExplorerState,
} from '../lib/ladder/compare.ts';
import { el, readJson } from './dom.ts';

interface ExplorerData {
  fallback: string;
  roles: Array<ComparableRole & { kind: string; moves: string[] }>;
}

class RoleExplorer extends HTMLElement {
  #data: ExplorerData | null = null;
  #state: ExplorerState = { role: '', compare: null };

  connectedCallback() {
    const data = readJson<ExplorerData>(this, 'script[data-explorer-data]');
    if (!data || data.roles.length === 0) return;
    this.#data = data;
    const ids = data.roles.map((r) => r.id);
    const hashRole = decodeURIComponent(window.location.hash.replace(/^#role-/, ''));
    const initial = decodeExplorerState(window.location.search, ids, data.fallback);
    if (!window.location.search && ids.includes(hashRole)) initial.role = hashRole;
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    this.classList.add('enhanced');

    this.addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-role], a[data-role-link]');
      if (!link) return;
      const id = link.dataset.role ?? link.dataset.roleLink ?? '';
      if (!ids.includes(id)) return;
      e.preventDefault();
      this.#set({ role: id, compare: this.#state.compare === id ? null : this.#state.compare }, true);
      if (link.dataset.roleLink) this.#node(id)?.focus();
    });
    this.querySelector('nav')!.addEventListener('keydown', (e) => this.#onKey(e));
    this.querySelector<HTMLSelectElement>('[data-compare]')!.addEventListener('change', (e) => {
      const value = (e.target as HTMLSelectElement).value;
      this.#set({ role: this.#state.role, compare: value && value !== this.#state.role ? value : null }, true);
    });
    this.#set(initial, false);
  }

  #node(id: string) {
    return this.querySelector<HTMLAnchorElement>(`a.role-node[data-role="${CSS.escape(id)}"]`);
  }

  #role(id: string | null) {
    return this.#data!.roles.find((r) => r.id === id) ?? null;
  }

  #set(state: ExplorerState, updateUrl: boolean) {
    this.#state = state;
    const role = this.#role(state.role)!;
    const into = this.#data!.roles.filter((r) => r.moves.includes(role.id)).map((r) => r.id);
    for (const node of this.querySelectorAll<HTMLAnchorElement>('a.role-node')) {
      const id = node.dataset.role!;
      if (id === role.id) node.setAttribute('aria-current', 'true');
      else node.removeAttribute('aria-current');
      node.classList.toggle('is-next', role.moves.includes(id));
      node.classList.toggle('is-prev', into.includes(id));
      node.classList.toggle('is-compared', id === state.compare);
    }
    for (const section of this.querySelectorAll<HTMLElement>('[data-role-detail]')) {
      section.hidden = section.dataset.roleDetail !== role.id;
    }
    const select = this.querySelector<HTMLSelectElement>('[data-compare]')!;
    select.value = state.compare ?? '';
    for (const option of select.options) option.disabled = option.value === role.id;
    this.#renderCompare();
    const other = this.#role(state.compare);
    this.querySelector<HTMLElement>('[data-announce]')!.textContent = other
      ? `Comparing ${role.name} with ${other.name}`
      : `Showing ${role.name}`;
    if (updateUrl) {
      const url = new URL(window.location.href);
      url.search = encodeExplorerState(state, this.#data!.fallback);
      url.hash = '';
      history.replaceState(history.state, '', url);
    }
  }

  #renderCompare() {
    const panel = this.querySelector<HTMLElement>('[data-compare-panel]')!;
    const a = this.#role(this.#state.role)!;
    const b = this.#role(this.#state.compare);
    panel.hidden = !b;
    if (!b) return;
    this.querySelector('[data-compare-heading]')!.textContent = `${a.name} compared with ${b.name}`;
    const [low, high] = asStepUp(a, b);
    const groups = groupDeltas(low, high)
      .filter((g) => g.delta !== 0)
      .map((g) => `${g.delta > 0 ? '+' : ''}${g.delta} ${g.label.toLowerCase()}`);
    this.querySelector('[data-differences]')!.replaceChildren(
      el('li', {}, el('strong', {}, `From ${low.name} to ${high.name}: `), groups.length ? `${groups.join(', ')} in total.` : 'the same overall levels.'),
      ...describeDifferences(low, high).map((line) => el('li', {}, line)),
    );
    const rows = SKILL_DIMENSIONS.map((d) =>
      el(
        'li',
        { class: 'pair' },
        el('span', { class: 'skill-label' }, `${d.label}: ${a.name} ${a.skills[d.id]}, ${b.name} ${b.skills[d.id]}`),
        el('span', { class: 'bar bar-a', 'aria-hidden': 'true' }, el('span', { class: 'fill', style: `--v:${a.skills[d.id]}` })),
        el('span', { class: 'bar bar-b', 'aria-hidden': 'true' }, el('span', { class: 'fill', style: `--v:${b.skills[d.id]}` })),
      ),
    );
    this.querySelector('[data-compare-bars]')!.replaceChildren(
      el('p', { class: 'legend', 'aria-hidden': 'true' }, el('span', { class: 'key key-a' }), a.name, ' ', el('span', { class: 'key key-b' }), b.name),
      el('ul', { class: 'pairs' }, ...rows),
    );
  }

  /** Arrow keys move between roles: up/down within a column, left/right across columns. */
  #onKey(e: KeyboardEvent) {
    const node = (e.target as Element).closest<HTMLAnchorElement>('a.role-node');
    if (!node) return;
    const columns = [...this.querySelectorAll<HTMLElement>('[data-column]')].map((c) => [...c.querySelectorAll<HTMLAnchorElement>('a.role-node')]);
    const col = columns.findIndex((c) => c.includes(node));
    const row = columns[col]!.indexOf(node);
    let target: HTMLAnchorElement | undefined;
    switch (e.key) {
      case 'ArrowDown':
        target = columns[col]![Math.min(row + 1, columns[col]!.length - 1)];
        break;
      case 'ArrowUp':
        target = columns[col]![Math.max(row - 1, 0)];
        break;
      case 'ArrowRight':
      case 'ArrowLeft': {
        const next = columns[col + (e.key === 'ArrowRight' ? 1 : -1)];
        if (next) target = next[Math.min(row, next.length - 1)];
        break;
      }
      case 'Home':
        target = columns[col]![0];
        break;
      case 'End':
        target = columns[col]!.at(-1);
        break;
      default:
        return;
    }
    e.preventDefault();
    target?.focus();
  }
}

if (!customElements.get('role-explorer')) customElements.define('role-explorer', RoleExplorer);

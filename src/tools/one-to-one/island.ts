/**
 * <one-to-one-pack>: draws the one-to-one pack (src/lib/pack.ts) from the
 * reader's saved ratings and plan, keeps it in step with other tabs, prints
 * it and downloads it as Markdown. Reads the store; never writes to it. Text
 * only.
 */
import { buildPack, gapLevels, packToMarkdown, type Pack, type PackExtras } from '../../lib/pack.ts';
import type { Rung } from '../../lib/ratings.ts';
import { emptyAssessment } from '../../lib/evidence.ts';
import { gradesForRole, type OrgGradesJson } from '../../lib/org/grades.ts';
import { longDate } from '../../lib/days.ts';
import { PLAN, RATINGS } from '../../lib/records.ts';
import { CREDENTIALS } from '../../lib/credentials-record.ts';
import { heldView } from '../../lib/held-credentials.ts';
import { fetchRenewalInfos } from '../../browser/renewal-rules.ts';
import type { RenewalInfo } from '../../lib/renewal-rule.ts';
import { el, readJson } from '../../browser/dom.ts';
import { onExternalChange, read } from '../../browser/storage.ts';
import { download } from '../../browser/tool-store.ts';

interface Data {
  rungs: Array<Rung & { href: string }>;
  orgGrades?: OrgGradesJson;
  /** "from>to" for each rung and the next: how the work grows, in words, and where the figures come from. */
  steps: Record<string, { changes: string[]; note: string | null }>;
}

const today = () => new Date().toISOString().slice(0, 10);

class OneToOnePack extends HTMLElement {
  #data: Data | null = null;
  #pack: Pack | null = null;

  connectedCallback() {
    this.#data = readJson<Data>(this, 'script[data-pack-data]');
    if (!this.#data) return;
    this.#q('[data-no-js]').hidden = true;
    this.#q('[data-pack]').hidden = false;
    this.#render();
    void this.#credentials();
    this.dataset.ready = '';
    onExternalChange(RATINGS, () => this.#render());
    onExternalChange(PLAN, () => this.#render());
    onExternalChange(CREDENTIALS, () => void this.#credentials());
    this.addEventListener('click', (e) => {
      const action = (e.target as Element).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
      if (action === 'print') window.print();
      if (action === 'markdown' && this.#pack) {
        download(`one-to-one-pack-${today()}.md`, 'text/markdown', packToMarkdown(this.#pack, this.#extras));
        this.#q('[data-pack-status]').textContent = 'Downloaded the pack as Markdown.';
      }
    });
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #infos: RenewalInfo[] | null = null;
  /** The sections drawn from loaded data, for the Markdown file as on the page. */
  #extras: PackExtras = {};

  /** Each credential held, with its renewal date and what is still needed; the renewal rules are fetched only when there are any. */
  async #credentials() {
    const section = this.#q('[data-pack-creds-section]');
    const loaded = read(CREDENTIALS);
    const held = loaded.status === 'ok' ? loaded.data.held : [];
    section.hidden = held.length === 0;
    if (!held.length || loaded.status !== 'ok') return;
    const list = this.#q('[data-pack-creds]');
    // One line per credential at once, filled in when the renewal rules arrive, so the lines below do not move.
    if (!this.#infos && list.children.length !== held.length) list.replaceChildren(...held.map(() => el('li', {}, '…')));
    if (!this.#infos) this.#infos = await fetchRenewalInfos(section.dataset.renewals);
    const infos = this.#infos ?? [];
    const day = today();
    const lines = held.map((h) => heldView(infos.find((i) => i.id === h.id) ?? null, h, loaded.data.log, day).printLine);
    this.#extras = { ...this.#extras, credentials: lines };
    this.#q('[data-pack-creds]').replaceChildren(...lines.map((line) => el('li', {}, line)));
  }

  /** On paper the gaps are one table, so the pack fits one sheet. */
  #printTable(pack: Pack) {
    const withManager = pack.differences !== null;
    this.#q('[data-pack-manager-col]').hidden = !withManager;
    this.#q('[data-pack-need-col]').textContent = pack.target ? `${pack.target.name} needs` : 'Needs';
    const level = (n: number | null, applied: boolean) => (n ? `${n}${applied ? ', applied' : ''}` : 'Not rated');
    this.#q('[data-pack-gap-rows]').replaceChildren(
      ...pack.gaps.map((g) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, g.label),
          el('td', {}, level(g.mine, g.applied)),
          withManager ? el('td', {}, level(g.manager, g.managerApplied)) : null,
          el('td', {}, el('strong', {}, String(g.need)), ` ${g.looksLike}`),
          el('td', {}, g.evidence || '–'),
        ),
      ),
    );
  }

  #render() {
    const ratings = read(RATINGS);
    const plan = read(PLAN);
    const problems = [ratings, plan].flatMap((l) => ('message' in l ? [l.message] : []));
    const pack = buildPack({
      assessment: ratings.status === 'ok' ? ratings.data : emptyAssessment(),
      goals: plan.status === 'ok' ? plan.data.goals : [],
      name: plan.status === 'ok' ? plan.data.name : '',
      rungs: this.#data!.rungs,
      today: today(),
    });
    this.#pack = pack;
    this.#q('[data-pack-meta]').textContent = pack.meta;
    this.#q('[data-pack-empty]').hidden = pack.rated;
    const grade = (id: string) => {
      const names = gradesForRole(this.#data!.orgGrades, id).map((g) => g.name);
      return names.length ? ` ${this.#data!.orgGrades!.label}: ${names.join(' or ')}.` : '';
    };
    this.#q('[data-pack-where]').textContent =
      `${pack.where}${pack.current ? grade(pack.current.id) : ''}` +
      (problems.length ? ` Some saved data could not be read and is left out: ${problems.join(' ')}` : '');

    const step = pack.current && pack.next ? this.#data!.steps[`${pack.current.id}>${pack.next.id}`] : undefined;
    this.#q('[data-pack-step-section]').hidden = !step;
    this.#extras = {
      ...this.#extras,
      step: step && pack.next ? { title: 'What the next rung is trusted with', lines: step.changes, note: step.note } : undefined,
    };
    if (step && pack.next) {
      this.#q('[data-pack-step-heading]').textContent = 'What the next rung is trusted with';
      this.#q('[data-pack-step]').replaceChildren(...step.changes.map((c) => el('li', {}, c)));
      this.#q('[data-pack-step-note]').textContent = step.note ?? '';
    }

    const gapsSection = this.#q('[data-pack-gaps-section]');
    gapsSection.hidden = !pack.target;
    if (pack.target) {
      const target = pack.target;
      this.#q('[data-pack-gaps-heading]').textContent = pack.next ? `Gaps to ${target.name}` : `Gaps to ${target.name}, the top rung`;
      this.#q('[data-pack-gaps]').replaceChildren(
        ...(pack.gaps.length
          ? pack.gaps.map((g) =>
              el(
                'li',
                { class: 'pack-gap', 'data-gap': g.id },
                el('h3', {}, g.label),
                el('p', { class: 'pack-levels' }, gapLevels(g, target.name)),
                el('p', {}, el('strong', {}, `What ${g.need} looks like: `), g.looksLike),
                el(
                  'p',
                  { class: g.evidence ? 'pack-evidence' : 'pack-evidence pack-evidence-none' },
                  el('strong', {}, 'Evidence: '),
                  g.evidence || 'none written yet.',
                ),
              ),
            )
          : [el('li', {}, `None among the skills you rated: they meet ${target.name} on every one.`)]),
      );
    }
    this.#printTable(pack);
    this.#q('[data-pack-unrated]').textContent = pack.rated && pack.unrated.length ? `Not rated, so not in the gaps: ${pack.unrated.join(', ')}.` : '';

    const diff = this.#q('[data-pack-diff-section]');
    diff.hidden = !pack.differences;
    if (pack.differences) {
      this.#q('[data-pack-diff-summary]').textContent =
        `${pack.differences.summary}${pack.managerKept ? ` Your manager’s ratings as you kept them on ${longDate(pack.managerKept)}.` : ''}`;
      this.#q('[data-pack-diff]').replaceChildren(...pack.differences.items.map((d) => el('li', {}, d.text)));
    }

    this.#q('[data-pack-plan]').replaceChildren(
      ...pack.goals.flatMap((h) => [
        el('h3', {}, h.label),
        h.lines.length
          ? el('ul', { class: 'pack-goals' }, ...h.lines.map((line) => el('li', {}, line)))
          : el('p', { class: 'small' }, 'Nothing in your plan for this horizon yet.'),
      ]),
    );
  }
}

if (!customElements.get('one-to-one-pack')) customElements.define('one-to-one-pack', OneToOnePack);

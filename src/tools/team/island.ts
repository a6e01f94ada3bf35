/**
 * <team-view>: reads export files and links into memory, summarises the team
 * (src/lib/team.ts) and draws it. Holds everything in this element only:
 * nothing is written to storage, sent anywhere or kept after the page closes.
 * Text only.
 */
import { addPerson, MAX_FILE_BYTES, MAX_PEOPLE, personFromFile, personFromLink, renewalsDue, summariseTeam, type Person } from '../../lib/team.ts';
import { fetchRenewalInfos } from '../../browser/renewal-rules.ts';
import type { RenewalInfo } from '../../lib/renewal-rule.ts';
import type { Rung } from '../../lib/ratings.ts';
import { el, readJson } from '../../browser/dom.ts';

interface Data {
  rungs: Rung[];
}

const listOf = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

class TeamView extends HTMLElement {
  #data: Data | null = null;
  #team: Person[] = [];
  #links = 0;

  connectedCallback() {
    this.#data = readJson<Data>(this, 'script[data-team-data]');
    if (!this.#data) return;
    this.#q('[data-no-js]').hidden = true;
    this.#q('[data-team-app]').hidden = false;
    this.dataset.ready = '';
    this.#q<HTMLInputElement>('[data-team-files]').addEventListener('change', (e) => void this.#files(e.target as HTMLInputElement));
    this.#q('[data-team-link-form]').addEventListener('submit', (e) => {
      e.preventDefault();
      const input = this.#q<HTMLInputElement>('[data-team-link]');
      this.#links += 1;
      const loaded = personFromLink(input.value, this.#links);
      if (!loaded.ok) {
        this.#links -= 1;
        return this.#status(`Not added: ${loaded.message}`);
      }
      input.value = '';
      this.#add([loaded.person]);
    });
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      if (button.dataset.action === 'print') window.print();
      if (button.dataset.action === 'clear') {
        this.#team = [];
        this.#links = 0;
        this.#render();
        this.#status('Cleared. Nothing of the files is left on this page.');
        this.#q<HTMLInputElement>('[data-team-files]').focus();
      }
      if (button.dataset.remove) {
        const gone = this.#team.find((p) => p.source === button.dataset.remove);
        this.#team = this.#team.filter((p) => p.source !== button.dataset.remove);
        this.#render();
        this.#status(gone ? `Removed ${gone.name}.` : '');
      }
    });
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #status(text: string) {
    this.#q('[data-team-status]').textContent = text;
  }

  async #files(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    input.value = '';
    const people: Person[] = [];
    const problems: string[] = [];
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        problems.push(`“${file.name}” is too large to be an export from this guide`);
        continue;
      }
      const loaded = personFromFile(file.name, await file.text());
      if (loaded.ok) people.push(loaded.person);
      else problems.push(`“${file.name}”: ${loaded.message.replace(/\.$/, '')}`);
    }
    this.#add(people, problems);
  }

  #add(people: Person[], problems: string[] = []) {
    let replaced = 0;
    let full = false;
    for (const p of people) {
      const r = addPerson(this.#team, p);
      this.#team = r.team;
      if (r.replaced) replaced += 1;
      if (r.full) full = true;
    }
    this.#render();
    const added = people.length - replaced - (full ? 1 : 0);
    const parts = [
      added > 0 ? `Added ${added === 1 ? 'one person' : `${added} people`}.` : '',
      replaced > 0 ? `${replaced === 1 ? 'One file was' : `${replaced} files were`} loaded before and now shows its newer copy.` : '',
      full ? `The view holds at most ${MAX_PEOPLE} people.` : '',
      problems.length ? `Not added: ${listOf(problems)}.` : '',
    ];
    this.#status(parts.filter(Boolean).join(' '));
  }

  #infos: RenewalInfo[] | null = null;

  /** Renewal deadlines from the files that carry credentials; the issuers' rules are fetched only then. */
  async #renewals() {
    const section = this.#q('[data-team-renewals-section]');
    const withCredentials = this.#team.some((p) => p.records.credentials !== undefined);
    if (!withCredentials) {
      section.hidden = true;
      return;
    }
    if (!this.#infos) this.#infos = await fetchRenewalInfos(section.dataset.renewals);
    const due = renewalsDue(this.#team, this.#infos ?? [], new Date().toISOString().slice(0, 10));
    section.hidden = false;
    this.#q('[data-team-renewals]').replaceChildren(
      ...(due.length ? due.map((d) => el('li', {}, d.text)) : [el('li', {}, 'None of the credentials in these files is due within twelve months.')]),
    );
  }

  #render() {
    void this.#renewals();
    const results = this.#q('[data-team-results]');
    results.hidden = this.#team.length === 0;
    if (!this.#team.length) return;
    const s = summariseTeam(this.#team, this.#data!.rungs);
    this.#q('[data-team-people-heading]').textContent = s.people === 1 ? 'The team: one person' : `The team: ${s.people} people`;
    this.#q('[data-team-people]').replaceChildren(
      ...this.#team.map((p) =>
        el(
          'li',
          {},
          el('span', {}, p.name),
          ' ',
          el('button', { type: 'button', class: 'button button-small print-hide', 'data-remove': p.source, 'aria-label': `Remove ${p.name}` }, 'Remove'),
        ),
      ),
    );
    this.#q('[data-team-rungs]').replaceChildren(
      ...s.rungs.map((r) =>
        el('li', {}, el('strong', {}, `${r.name}: `), `${r.people.length === 1 ? 'one person' : `${r.people.length} people`} (${listOf(r.people)}).`),
      ),
    );
    this.#q('[data-team-gaps]').replaceChildren(
      ...(s.commonGaps.length
        ? s.commonGaps.map((g) => el('li', {}, g.text))
        : [el('li', {}, s.people < 2 ? 'Load at least two people to see the gaps they share.' : 'No gap is shared by two or more people.')]),
    );
    this.#q('[data-team-spread]').replaceChildren(
      ...s.skills.map((k) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, k.label),
          el(
            'td',
            {},
            el(
              'span',
              { class: 'spread-dots', 'aria-hidden': 'true' },
              ...k.counts.map((n, i) => el('span', { class: 'spread-level', 'data-count': n, title: `${n} at level ${i + 1}` }, String(i + 1))),
            ),
            el('span', {}, k.text),
          ),
          el('td', {}, k.belowNext === 0 ? 'Nobody' : k.belowNext === 1 ? 'One person' : `${k.belowNext} people`),
        ),
      ),
    );
  }
}

if (!customElements.get('team-view')) customElements.define('team-view', TeamView);

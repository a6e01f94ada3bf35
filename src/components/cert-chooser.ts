/**
 * <cert-chooser>: the certification chooser's island. The form and the
 * comparison table are server-rendered; this reads the form, runs the pure
 * engine (src/lib/certs), renders the ranked picks with DOM APIs, and keeps
 * the profile in the URL so a result can be shared or bookmarked.
 */
import { topPicks, type CertInput, type Pick } from '../lib/certs/engine.ts';
import { decodeProfile, encodeProfile, type Profile } from '../lib/certs/profile.ts';
import { el, readJson } from './dom.ts';

type ChooserCert = CertInput & { href: string; terms: string[] };
interface ChooserData {
  base: string;
  certs: ChooserCert[];
  terms: Record<string, string>;
}

const NUMBER_FIELDS = ['monthsWork', 'monthsLeading', 'monthsAgile', 'monthsProgramme', 'monthsPortfolio', 'trainingHours'] as const;
const SELECT_FIELDS = ['stage', 'education', 'method', 'region', 'sector', 'goal'] as const;

class CertChooser extends HTMLElement {
  #data: ChooserData | null = null;
  #form: HTMLFormElement | null = null;

  connectedCallback() {
    this.#data = readJson<ChooserData>(this, 'script[data-chooser-data]');
    this.#form = this.querySelector('form');
    const app = this.querySelector<HTMLElement>('[data-chooser-app]');
    if (!this.#data || !this.#form || !app) return;
    const known = this.#data.certs.map((c) => c.id);

    this.#fill(decodeProfile(window.location.search, known));
    app.hidden = false;
    this.#render(false);
    this.#form.addEventListener('input', () => this.#render(true));
    this.#form.addEventListener('change', () => this.#render(true));
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.#form.addEventListener('reset', () => window.setTimeout(() => this.#render(true)));
  }

  #field<T extends HTMLInputElement | HTMLSelectElement>(name: string): T | null {
    return this.#form?.elements.namedItem(name) as T | null;
  }

  #fill(p: Profile) {
    for (const name of SELECT_FIELDS) {
      const f = this.#field<HTMLSelectElement>(name);
      if (f) f.value = p[name];
    }
    for (const name of NUMBER_FIELDS) {
      const f = this.#field<HTMLInputElement>(name);
      if (f) f.value = String(p[name]);
    }
    for (const box of this.#form!.querySelectorAll<HTMLInputElement>('input[name="held"]')) box.checked = p.held.includes(box.value);
  }

  /** The form's state as a profile, through the same codec as the URL (so odd input is sanitised the same way). */
  #read(): Profile {
    const params = new URLSearchParams();
    const keys: Record<string, string> = {
      stage: 'stage', education: 'edu', method: 'method', region: 'region', sector: 'sector', goal: 'goal',
      monthsWork: 'work', monthsLeading: 'lead', monthsAgile: 'agile', monthsProgramme: 'prog', monthsPortfolio: 'port', trainingHours: 'hours',
    };
    for (const name of [...SELECT_FIELDS, ...NUMBER_FIELDS]) {
      const f = this.#field<HTMLInputElement | HTMLSelectElement>(name);
      if (f) params.set(keys[name]!, f.value);
    }
    const held = [...this.#form!.querySelectorAll<HTMLInputElement>('input[name="held"]:checked')].map((b) => b.value);
    params.set('held', held.join(','));
    return decodeProfile(params.toString(), this.#data!.certs.map((c) => c.id));
  }

  #render(updateUrl: boolean) {
    const data = this.#data!;
    const profile = this.#read();
    const picks = topPicks(data.certs, profile);
    const list = this.querySelector<HTMLOListElement>('[data-picks]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!list || !status) return;
    list.replaceChildren(...picks.map((p, i) => this.#pick(p, i + 1)));
    status.textContent =
      picks.length === 0
        ? 'No picks for this profile: you may already hold the credentials that fit it.'
        : `${picks.length} picks for your profile, best first.`;
    if (updateUrl) {
      const url = new URL(window.location.href);
      url.search = encodeProfile(profile);
      history.replaceState(history.state, '', url);
    }
  }

  #pick(p: Pick, rank: number): HTMLLIElement {
    const data = this.#data!;
    const cert = p.cert as ChooserCert;
    const v = p.eligibility.verdict.kind;
    const termLinks = cert.terms
      .filter((t) => data.terms[t])
      .map((t) => el('a', { href: `${data.base}glossary/${t}/` }, data.terms[t]!));
    return el(
      'li',
      { class: 'pick', 'data-cert': cert.id },
      el('h3', {}, el('span', { class: 'rank' }, `${rank}. `), el('a', { href: data.base + cert.href }, cert.name)),
      el('p', { class: `verdict verdict-${v}` }, el('strong', {}, p.verdict)),
      el('p', { class: 'label' }, 'Why it fits'),
      el('ul', {}, ...p.reasons.map((r) => el('li', {}, r))),
      el('p', { class: 'label' }, 'Eligibility'),
      el('ul', {}, ...p.eligibility.facts.map((f) => el('li', {}, f))),
      el('p', {}, el('strong', {}, 'Next step: '), p.next),
      termLinks.length > 0
        ? el('p', { class: 'terms' }, 'Terms: ', ...termLinks.flatMap((a, i) => (i ? [', ', a] : [a])))
        : null,
    );
  }
}

if (!customElements.get('cert-chooser')) customElements.define('cert-chooser', CertChooser);

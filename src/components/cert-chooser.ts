/**
 * <cert-chooser>: the certification chooser's island. The form and the
 * comparison table are server-rendered; this reads the form, runs the pure
 * engine (src/lib/certs), renders the ranked picks with DOM APIs, and keeps
 * the profile in the URL fragment so a result can be shared or bookmarked,
 * and in the store (src/lib/store.ts) so it is there next time.
 */
import { topPicks, type CertInput, type Pick } from '../lib/certs/engine.ts';
import { decodeProfile, encodeProfile, PROFILE_KEYS, type Profile } from '../lib/certs/profile.ts';
// [issue 11] The store and the tools' links; everything below marked [issue 11] is about them.
import type { Rung } from '../lib/ratings.ts';
import { profileFromUrl, urlWithState } from '../lib/fragment.ts';
import { CHOOSER, PLAN, RATINGS } from '../lib/records.ts';
import { addCredentialGoal, stageFromRatings } from '../lib/tools-link.ts';
import { el, readJson } from './dom.ts';
import { read, write } from './store.ts';
import { migrate } from './tool-store.ts';

type ChooserCert = CertInput & { href: string; body: string; terms: string[] };
interface ChooserData {
  base: string;
  certs: ChooserCert[];
  terms: Record<string, string>;
  /** [issue 11] The ladder's rungs, to suggest a career stage from the self-assessment. */
  rungs: Rung[];
  /** [issue 11] The career plan page, linked from "Add to my plan". */
  planHref: string;
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

    // [issue 11] The profile comes from the link's fragment (#stage=…), an old
    // query link (?stage=…, rewritten to the fragment), or the saved answers.
    migrate();
    const link = profileFromUrl(window.location.search, window.location.hash, known);
    if (link.fromQuery) history.replaceState(history.state, '', urlWithState(window.location.href, encodeProfile(link.profile), PROFILE_KEYS));
    const saved = read(CHOOSER);
    const fromSaved = !link.params && saved.status === 'ok' && saved.data.params !== '';
    this.#stageChosen = link.params ? link.stageGiven : saved.status === 'ok' && saved.data.stageChosen;
    this.#fill(fromSaved && saved.status === 'ok' ? decodeProfile(saved.data.params, known) : link.profile);
    this.#prefillStage();
    app.hidden = false;
    this.#render(false);
    this.#form.addEventListener('input', (e) => this.#edited(e));
    this.#form.addEventListener('change', (e) => this.#edited(e));
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.#form.addEventListener('reset', () => {
      this.#stageChosen = false;
      window.setTimeout(() => this.#render(true));
    });
    this.querySelector('[data-picks]')?.addEventListener('click', (e) => this.#addToPlan(e.target as Element));
  }

  // [issue 11] ---- The store and the other tools ----------------------------
  /** True once the reader (or the link) chose a career stage; the assessment never overrides it. */
  #stageChosen = false;

  #edited(e: Event) {
    if ((e.target as HTMLSelectElement).name === 'stage') this.#stageChosen = true;
    this.#render(true);
  }

  /** Suggests the career stage from the self-assessment's closest rung, only when none was chosen. */
  #prefillStage() {
    const note = this.querySelector<HTMLElement>('[data-stage-note]');
    const ratings = read(RATINGS);
    const stage = this.#field<HTMLSelectElement>('stage');
    if (this.#stageChosen || ratings.status !== 'ok' || !stage || !note) return;
    const from = stageFromRatings(ratings.data, this.#data!.rungs);
    if (!from) return;
    stage.value = from.stage;
    note.textContent = `Career stage filled in from your skills self-assessment (closest role: ${from.rung.name}). Change it if it does not fit.`;
    note.hidden = false;
  }

  /** "Add to my plan": the pick becomes a goal in the career plan record (the latest copy, never an older one). */
  #addToPlan(target: Element) {
    const button = target.closest<HTMLButtonElement>('button[data-add-goal]');
    const status = button?.parentElement?.querySelector<HTMLElement>('[data-goal-status]');
    const pick = this.#picks.find((p) => p.cert.id === button?.dataset.addGoal);
    if (!button || !status || !pick) return;
    const { name, short } = pick.cert;
    let outcome: ReturnType<typeof addCredentialGoal> | null = null;
    const saved = write(PLAN, (plan) => {
      outcome = addCredentialGoal(plan, name === short ? name : `${name} (${short})`, pick.eligibility.verdict.kind);
      return outcome.ok ? outcome.plan : plan;
    });
    const result = outcome as ReturnType<typeof addCredentialGoal> | null;
    const link = el('a', { href: this.#data!.planHref }, 'career plan');
    if (!saved.ok) status.replaceChildren(`Not added: ${saved.message}`);
    else if (result?.ok) status.replaceChildren(`Added to your `, link, result.goal.horizon === 'short' ? ' (short term).' : result.goal.horizon === 'mid' ? ' (mid term).' : ' (long term).');
    else if (result?.reason === 'duplicate') status.replaceChildren('Already in your ', link, '.');
    else status.replaceChildren('Your ', link, ' is full (30 goals); remove one there first.');
  }

  #picks: Pick[] = [];

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
    this.#picks = picks; // [issue 11] for "Add to my plan"
    if (updateUrl) this.#saveProfile(profile); // [issue 11]
    const list = this.querySelector<HTMLOListElement>('[data-picks]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!list || !status) return;
    list.replaceChildren(...picks.map((p, i) => this.#pick(p, i + 1)));
    status.textContent =
      picks.length === 0
        ? 'No picks for this profile: you may already hold the credentials that fit it.'
        : `${picks.length} picks for your profile, best first.`;
    if (updateUrl) {
      // [issue 11] Shareable state goes in the fragment, which is never sent to the server.
      history.replaceState(history.state, '', urlWithState(window.location.href, encodeProfile(profile), PROFILE_KEYS));
    }
  }

  /** [issue 11] Keeps the reader's answers in the store (written only when they change the form). */
  #saveProfile(profile: Profile) {
    write(CHOOSER, () => ({ params: encodeProfile(profile).replace(/^\?/, ''), stageChosen: this.#stageChosen }));
    const note = this.querySelector<HTMLElement>('[data-stage-note]');
    if (note && this.#stageChosen) note.hidden = true;
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
      // [issue 11] A pick can become a goal in the career plan.
      el(
        'p',
        { class: 'add-goal' },
        el('button', { type: 'button', class: 'button', 'data-add-goal': cert.id }, 'Add to my plan', el('span', { class: 'sr-only' }, `: ${cert.short}`)),
        ' ',
        el('span', { role: 'status', 'data-goal-status': '' }),
      ),
    );
  }
}

if (!customElements.get('cert-chooser')) customElements.define('cert-chooser', CertChooser);

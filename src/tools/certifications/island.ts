/**
 * <cert-chooser>: the certification chooser's island. The form, the default
 * results and the comparison table are server-rendered; this reads the form,
 * runs the pure engine (src/lib/certs), redraws the picks and the answer for
 * every credential with DOM APIs (the same view model as the server uses),
 * keeps the profile in the URL fragment (never sent to a server) and in the
 * store, pre-fills the stage from the self-assessment, and turns a pick into
 * a goal in the career plan.
 */
import { answerAll, topPicks, type CertInput, type Pick } from '../../lib/certs/engine.ts';
import { DEFAULT_PROFILE, decodeProfile, encodeProfile, PROFILE_KEYS, type Profile } from '../../lib/certs/profile.ts';
import { answerView, pickView, statusLine, summaryLine, type AnswerView, type PickView, type ViewCert } from '../../lib/certs/view.ts';
import type { Rung } from '../../lib/ratings.ts';
import { profileFromUrl, urlWithState } from '../../lib/fragment.ts';
import { CHOOSER, PLAN, RATINGS, type ChooserRecord } from '../../lib/records.ts';
import type { Loaded } from '../../lib/store.ts';
import { addCredentialGoal, nameWithShort, stageFromRatings } from '../../lib/tools-link.ts';
import { policyAdjust, policyBadge, policyFor } from '../../lib/org/certification-policy.ts';
import type { CertificationPolicyData } from '../../lib/org/types.ts';
import { confirmAction } from '../../browser/confirm.ts';
import { wireCopyLink } from '../../browser/share.ts';
import { el, readJson } from '../../browser/dom.ts';
import { onExternalChange, read, write } from '../../browser/storage.ts';
import { keepForUndo, migrate, undo, undoable } from '../../browser/tool-store.ts';

type ChooserCert = CertInput & ViewCert;
interface ChooserData {
  base: string;
  certs: ChooserCert[];
  terms: Record<string, string>;
  /** The ladder's rungs, to suggest a career stage from the self-assessment. */
  rungs: Rung[];
  /** The career plan page, linked from "Add to my plan". */
  planHref: string;
  /** An organisation's policy (funded, preferred, not supported), only when it hosts the guide with one. */
  certificationPolicy?: CertificationPolicyData;
}

const NUMBER_FIELDS = ['monthsWork', 'monthsLeading', 'monthsAgile', 'monthsProgramme', 'monthsPortfolio', 'trainingHours'] as const;
const SELECT_FIELDS = ['stage', 'education', 'method', 'region', 'sector', 'goal'] as const;
const URL_KEYS: Record<(typeof SELECT_FIELDS | typeof NUMBER_FIELDS)[number], string> = {
  stage: 'stage',
  education: 'edu',
  method: 'method',
  region: 'region',
  sector: 'sector',
  goal: 'goal',
  monthsWork: 'work',
  monthsLeading: 'lead',
  monthsAgile: 'agile',
  monthsProgramme: 'prog',
  monthsPortfolio: 'port',
  trainingHours: 'hours',
};

class CertChooser extends HTMLElement {
  #data: ChooserData | null = null;
  #form: HTMLFormElement | null = null;
  #picks: Pick[] = [];
  /** Opened from a shared link: the answers shown are not (yet) the reader's own. */
  #shared = false;

  connectedCallback() {
    this.#data = readJson<ChooserData>(this, 'script[data-chooser-data]');
    this.#form = this.querySelector('form');
    if (!this.#data || !this.#form) return;
    const known = this.#data.certs.map((c) => c.id);

    // The profile comes from the link's fragment (#stage=…), an old query link
    // (?stage=…, rewritten to the fragment), or the saved answers.
    migrate();
    const link = profileFromUrl(window.location.search, window.location.hash, known);
    if (link.fromQuery) history.replaceState(history.state, '', urlWithState(window.location.href, encodeProfile(link.profile), PROFILE_KEYS));
    const saved = read(CHOOSER);
    const fromSaved = !link.params && saved.status === 'ok' && saved.data.params !== '';
    this.#fill(fromSaved && saved.status === 'ok' ? decodeProfile(saved.data.params, known) : link.profile);
    this.#showShared(!!link.params);
    this.#prefillStage();
    this.#render(false);
    void this.#unreadableNotice(saved);
    this.#stickyIfItFits();
    const copy = this.querySelector<HTMLButtonElement>('[data-copy-link]');
    const status = this.querySelector<HTMLElement>('[data-form-status]');
    if (copy && status) {
      // The link always carries the answers on screen, whether or not they are saved.
      wireCopyLink({
        button: copy,
        status,
        url: () => urlWithState(window.location.href, encodeProfile(this.#read()), PROFILE_KEYS),
        fallback: this.querySelector<HTMLInputElement>('[data-copy-fallback]'),
        copied: 'Link copied. Whoever opens it sees these answers and the picks they lead to; nothing is stored on a server.',
      });
    }
    this.querySelector('[data-use-saved]')?.addEventListener('click', () => {
      const mine = read(CHOOSER);
      if (mine.status !== 'ok') return;
      this.#fill(decodeProfile(mine.data.params, known));
      this.#showShared(false);
      this.#render(false);
      this.#setUrl(this.#read());
      this.#say('Showing your own saved answers.');
    });

    this.#form.addEventListener('input', (e) => this.#edited(e));
    this.#form.addEventListener('change', (e) => this.#edited(e));
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    // A printout shows each pick's eligibility in full.
    window.addEventListener('beforeprint', () => {
      for (const d of this.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
        d.open = true;
        d.dataset.printOpened = '';
      }
    });
    window.addEventListener('afterprint', () => {
      for (const d of this.querySelectorAll<HTMLDetailsElement>('details[data-print-opened]')) {
        d.open = false;
        delete d.dataset.printOpened;
      }
    });
    this.querySelector('[data-start-again]')?.addEventListener('click', () => void this.#startAgain());
    this.querySelector('[data-undo]')?.addEventListener('click', () => this.#undo());
    this.querySelector('[data-picks]')?.addEventListener('click', (e) => this.#addToPlan(e.target as Element));
    this.querySelector('[data-use-stage]')?.addEventListener('click', () => this.#useSuggestedStage());
    for (const select of this.querySelectorAll<HTMLSelectElement>('[data-filter]')) select.addEventListener('change', () => this.#filterAll());
    // A shared link opened in this tab while the page is open changes only the
    // fragment: show its answers, as on load (saved answers are kept until the reader edits).
    window.addEventListener('hashchange', () => {
      const next = profileFromUrl('', window.location.hash, known);
      if (!next.params) return; // a heading anchor, not a link's answers
      this.#fill(next.profile);
      this.#showShared(true);
      this.#render(false);
    });
    // Answers changed in another tab arrive here; the newest copy wins (the store compares revisions).
    onExternalChange(CHOOSER, (loaded) => {
      if (loaded.status !== 'ok') return;
      this.#fill(decodeProfile(loaded.data.params, known));
      this.#render(false);
      this.#setUrl(this.#read());
    });
  }

  #edited(_e: Event) {
    this.#render(true);
  }

  /** The banner on a shared view: whose answers these are, and the way back to the reader's own. */
  #showShared(shared: boolean) {
    this.#shared = shared;
    const banner = this.querySelector<HTMLElement>('[data-shared]');
    const text = this.querySelector<HTMLElement>('[data-shared-text]');
    const useSaved = this.querySelector<HTMLElement>('[data-use-saved]');
    if (!banner || !text || !useSaved) return;
    banner.hidden = !shared;
    const mine = read(CHOOSER);
    const hasOwn = mine.status === 'ok' && mine.data.params !== '';
    useSaved.hidden = !hasOwn;
    text.textContent = hasOwn
      ? 'You are looking at answers from a link someone shared. Your own saved answers are kept: change any answer here to make these yours instead (Undo brings yours back), or show your own.'
      : 'You are looking at answers from a link someone shared. Change any answer to make them yours; they are saved in this browser only.';
  }

  /** A saved record this page cannot read is kept as it is, with a way to keep a copy and start afresh. */
  async #unreadableNotice(saved: Loaded<ChooserRecord>) {
    if (saved.status === 'ok' || saved.status === 'empty') return;
    const { offerRecovery } = await import('../../browser/record-recovery.ts');
    offerRecovery(this.#form!, 'chooser', {
      what: 'chooser answers',
      file: 'saved-chooser-answers',
      message:
        saved.status === 'newer'
          ? 'Your saved answers were written by a newer version of this guide, so they are kept unchanged; answers you give here are not saved over them.'
          : `Your saved answers could not be read. ${saved.message} They are kept unchanged, and answers you give here are not saved, until you start afresh.`,
      canStartAfresh: saved.status === 'invalid',
    });
  }

  /** Wide screens: the form stays in view beside the results, but only when it fits the screen. */
  #stickyIfItFits() {
    const form = this.#form!;
    const check = () => form.toggleAttribute('data-fits', form.offsetHeight + 96 <= window.innerHeight);
    new ResizeObserver(check).observe(form);
    window.addEventListener('resize', check);
  }

  /**
   * The self-assessment's closest rung suggests a career stage, offered with a
   * button and never filled in silently: an answer the reader did not give is
   * never treated as theirs.
   */
  #prefillStage() {
    const note = this.querySelector<HTMLElement>('[data-stage-note]');
    const text = this.querySelector<HTMLElement>('[data-stage-note-text]');
    const ratings = read(RATINGS);
    const stage = this.#field<HTMLSelectElement>('stage');
    if (!stage || stage.value !== '' || ratings.status !== 'ok' || !note || !text) return;
    const from = stageFromRatings(ratings.data.levels, this.#data!.rungs);
    if (!from) return;
    note.dataset.stage = from.stage;
    text.textContent = `Your skills self-assessment puts you closest to ${from.rung.name}.`;
    note.hidden = false;
  }

  #useSuggestedStage() {
    const note = this.querySelector<HTMLElement>('[data-stage-note]');
    const stage = this.#field<HTMLSelectElement>('stage');
    if (!note?.dataset.stage || !stage) return;
    stage.value = note.dataset.stage;
    note.hidden = true;
    this.#render(true);
    stage.focus();
  }

  /** "Start again" asks first, keeps the old answers for undo, and starts from the defaults. */
  async #startAgain() {
    const ok = await confirmAction(
      'Start again?',
      'Your answers are cleared and the chooser starts from the defaults. You can undo this until you close the browser.',
      'Start again',
    );
    if (!ok) return;
    keepForUndo('start the chooser again', ['chooser']);
    this.#fill({ ...DEFAULT_PROFILE, held: [] });
    this.#render(true);
    this.#showUndo(true);
    this.#say('Started again from the defaults. Undo brings your answers back.');
  }

  #undo() {
    const what = undoable('chooser');
    if (!what || !undo('chooser')) return this.#say('There is nothing to undo.');
    const loaded = read(CHOOSER);
    if (loaded.status === 'ok')
      this.#fill(
        decodeProfile(
          loaded.data.params,
          this.#data!.certs.map((c) => c.id),
        ),
      );
    this.#render(false);
    this.#setUrl(this.#read());
    this.#showUndo(false);
    this.#say(`Undone: ${what.action}.`);
  }

  #showUndo(show: boolean) {
    const button = this.querySelector<HTMLButtonElement>('[data-undo]');
    if (button) button.hidden = !show;
  }

  #say(text: string) {
    const status = this.querySelector<HTMLElement>('[data-form-status]');
    if (status) status.textContent = text;
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
      outcome = addCredentialGoal(plan, nameWithShort(name, short), pick.eligibility.verdict.kind);
      return outcome.ok ? outcome.plan : plan;
    });
    const result = outcome as ReturnType<typeof addCredentialGoal> | null;
    const link = el('a', { href: this.#data!.planHref }, 'career plan');
    if (!saved.ok) status.replaceChildren(`Not added: ${saved.message}`);
    else if (result?.ok)
      status.replaceChildren(
        `Added to your `,
        link,
        result.goal.horizon === 'short' ? ' (short term).' : result.goal.horizon === 'mid' ? ' (mid term).' : ' (long term).',
      );
    else if (result?.reason === 'duplicate') status.replaceChildren('Already in your ', link, '.');
    else status.replaceChildren('Your ', link, ' is full (30 goals); remove one there first.');
  }

  #field<T extends HTMLInputElement | HTMLSelectElement>(name: string): T | null {
    return this.#form?.elements.namedItem(name) as T | null;
  }

  #fill(p: Profile) {
    for (const name of SELECT_FIELDS) {
      const f = this.#field<HTMLSelectElement>(name);
      if (f) f.value = p[name] ?? '';
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
    for (const name of [...SELECT_FIELDS, ...NUMBER_FIELDS]) {
      const f = this.#field<HTMLInputElement | HTMLSelectElement>(name);
      if (f) params.set(URL_KEYS[name], f.value);
    }
    const held = [...this.#form!.querySelectorAll<HTMLInputElement>('input[name="held"]:checked')].map((b) => b.value);
    params.set('held', held.join(','));
    return decodeProfile(
      params.toString(),
      this.#data!.certs.map((c) => c.id),
    );
  }

  #setUrl(profile: Profile) {
    history.replaceState(history.state, '', urlWithState(window.location.href, encodeProfile(profile), PROFILE_KEYS));
  }

  #render(changed: boolean) {
    const data = this.#data!;
    const profile = this.#read();
    const byId = new Map(data.certs.map((c) => [c.id, c]));
    const adjust = policyAdjust(data.certificationPolicy);
    const badge = (id: string) => {
      const entry = policyFor(data.certificationPolicy, id);
      return entry ? { status: entry.status, label: policyBadge(entry.status) } : null;
    };
    this.#picks = topPicks(data.certs, profile, 5, adjust);
    const picks = this.#picks.map((p, i) => pickView(p, i + 1, byId.get(p.cert.id)!, data.terms, badge(p.cert.id)));
    const answers = answerAll(data.certs, profile, 5, adjust).map((a) => answerView(a, byId.get(a.cert.id)!, badge(a.cert.id)));
    if (changed) {
      // Editing a shared view makes its answers the reader's own: the answers they had saved stay one Undo away.
      if (this.#shared) {
        const before = read(CHOOSER);
        if (before.status !== 'ok' || before.data.params !== '') {
          keepForUndo('replace your saved answers with the shared ones', ['chooser']);
          this.#showUndo(true);
        }
        this.#showShared(false);
      }
      const saved = write(CHOOSER, () => ({ params: encodeProfile(profile).replace(/^\?/, ''), stageChosen: profile.stage !== null }));
      if (!saved.ok)
        this.#say(`Your answers could not be saved in this browser: ${saved.message} They are still in this page's address, so Copy a link keeps them.`);
      const note = this.querySelector<HTMLElement>('[data-stage-note]');
      if (note && profile.stage !== null) note.hidden = true;
      this.#setUrl(profile);
    }
    this.querySelector('[data-picks]')?.replaceChildren(...picks.map((p) => this.#pick(p)));
    this.querySelector('[data-all]')?.replaceChildren(...answers.map((a) => this.#answer(a)));
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = statusLine(picks);
    const summary = this.querySelector<HTMLElement>('[data-summary-text]');
    if (summary) summary.textContent = summaryLine(picks);
    this.#filterAll();
    this.#printAnswers();
  }

  /** The form's answers as text, for the printout (the form itself does not print). */
  #printAnswers() {
    const list = this.querySelector('[data-print-answers]');
    const form = this.#form;
    if (!list || !form) return;
    const rows: Array<[string, string]> = [];
    for (const field of form.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input[type="number"]')) {
      const label = form.querySelector(`label[for="${field.id}"]`)?.textContent?.trim() ?? field.name;
      const value = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.textContent?.trim() ?? '') : field.value || '0';
      rows.push([label, value]);
    }
    const held = [...form.querySelectorAll<HTMLInputElement>('input[name="held"]:checked')].map((c) => c.parentElement?.textContent?.trim() ?? c.value);
    rows.push(['Credentials already held', held.length ? held.join(', ') : 'None']);
    list.replaceChildren(...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
    const link = this.querySelector('[data-print-link]');
    if (link) link.textContent = `${urlWithState(window.location.href, encodeProfile(this.#read()), PROFILE_KEYS)}.`;
  }

  #pick(p: PickView): HTMLLIElement {
    const base = this.#data!.base;
    return el(
      'li',
      { class: 'pick', 'data-cert': p.id },
      el(
        'h3',
        {},
        el('span', { class: 'rank' }, `${p.rank}. `),
        el('a', { href: base + p.href }, p.name),
        p.policy ? el('span', { class: `org-policy org-policy-${p.policy.status}`, 'data-org-policy': p.policy.status }, p.policy.label) : null,
      ),
      el('p', { class: `verdict verdict-${p.verdictKind}` }, el('strong', {}, p.verdict)),
      p.lift ? el('p', { class: 'lift' }, p.lift) : null,
      // No answer counted for it yet (a first visit): no heading over an empty list.
      p.reasons.length ? el('p', { class: 'label' }, 'Why it fits') : null,
      p.reasons.length ? el('ul', {}, ...p.reasons.map((r) => el('li', {}, r))) : null,
      el('details', { class: 'pick-eligibility' }, el('summary', {}, 'Eligibility in detail'), el('ul', {}, ...p.facts.map((f) => el('li', {}, f)))),
      el('p', {}, el('strong', {}, 'Next step: '), p.next),
      p.terms.length > 0
        ? el('p', { class: 'terms' }, 'Terms: ', ...p.terms.flatMap((t, i) => [i ? ', ' : '', el('a', { href: `${base}glossary/${t.id}/` }, t.name)]))
        : null,
      el(
        'p',
        { class: 'add-goal' },
        el('button', { type: 'button', class: 'button', 'data-add-goal': p.id }, 'Add to my plan', el('span', { class: 'sr-only' }, `: ${p.short}`)),
        ' ',
        el('span', { role: 'status', 'data-goal-status': '' }),
      ),
    );
  }

  #answer(a: AnswerView): HTMLLIElement {
    return el(
      'li',
      { class: `answer answer-${a.group}`, 'data-cert': a.id, 'data-body': a.body, 'data-group': a.group },
      el('a', { href: this.#data!.base + a.href }, a.short),
      a.rank ? el('span', { class: 'badge' }, `Pick ${a.rank}`) : null,
      a.policy ? el('span', { class: `org-policy org-policy-${a.policy.status}`, 'data-org-policy': a.policy.status }, a.policy.label) : null,
      ' ',
      el('span', { class: 'answer-verdict' }, a.verdict),
      a.reason ? ' ' : null,
      a.reason ? el('span', { class: 'answer-reason' }, a.reason) : null,
    );
  }

  /** Shows the credentials that match both filters (issuing body and verdict), with a live count. */
  #filterAll() {
    const body = this.querySelector<HTMLSelectElement>('[data-filter="body"]')?.value ?? '';
    const group = this.querySelector<HTMLSelectElement>('[data-filter="group"]')?.value ?? '';
    const items = [...this.querySelectorAll<HTMLElement>('[data-all] > li')];
    let shown = 0;
    for (const li of items) {
      const match = (!body || li.dataset.body === body) && (!group || li.dataset.group === group);
      li.hidden = !match;
      if (match) shown++;
    }
    const count = this.querySelector<HTMLElement>('[data-all-count]');
    if (count) count.textContent = shown === items.length ? `All ${items.length} credentials.` : `${shown} of ${items.length} credentials shown.`;
  }
}

if (!customElements.get('cert-chooser')) customElements.define('cert-chooser', CertChooser);

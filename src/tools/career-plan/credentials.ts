/**
 * <held-credentials>: "Credentials you hold" on the career plan. Loaded on
 * demand by the plan's island (only for a reader who has saved credentials,
 * starts adding one, or adds one in another tab), with the renewal data it
 * fetches from the site itself. The words and the arithmetic are in
 * src/lib/held-credentials.ts; this element draws them and keeps the record
 * (src/lib/credentials-record.ts) in the store: every change is made to the
 * latest stored copy, another tab's change appears here, removing a credential
 * or deleting a log entry asks first and can be undone, a record the page
 * cannot read is kept and offered for download. Text only, never markup.
 */
import styles from './credentials.css?inline';
import { CREDENTIALS, type CredentialsRecord, type StoredLogEntry } from '../../lib/credentials-record.ts';
import {
  addEntry,
  addHeld,
  checkAdd,
  checkEntry,
  choices,
  deleteEntry,
  earnedProblem,
  hasEntry,
  heldView,
  loggedSentence,
  removeHeld,
  sameEntry,
  setEarned,
  type HeldView,
  type Para,
} from '../../lib/held-credentials.ts';
import type { RenewalInfo } from '../../lib/renewal-rule.ts';
import { fetchRenewalInfos } from '../../browser/renewal-rules.ts';
import { renewalIcs } from '../../lib/ics.ts';
import { localDay } from '../../lib/days.ts';
import { clipText } from '../../lib/text.ts';
import type { Loaded } from '../../lib/store.ts';
import { el } from '../../browser/dom.ts';
import { confirmAction } from '../../browser/confirm.ts';
import { onExternalChange, read, write } from '../../browser/storage.ts';
import { download, keepForUndo, shouldAdopt, undo, undoable } from '../../browser/tool-store.ts';

// The styles come with the code, as text, so the plan page carries them only for readers who use this part.
const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const today = () => localDay(new Date());
/** What still holds the reader's data when a change could not be saved. */
const notSaved = (message: string, savedBefore: boolean) =>
  `Not saved: ${message} ${
    savedBefore
      ? 'Your credentials as last saved are still in this browser; this change stays on this page only until you leave it.'
      : 'It stays on this page until you leave it; the calendar files and a printout still work.'
  }`;

/** A paragraph of text, links (https only) and a leading label. */
function para(parts: Para, attrs: Record<string, string> = {}): HTMLParagraphElement {
  return el(
    'p',
    attrs,
    ...parts.map((p) =>
      typeof p === 'string' ? p : 'label' in p ? el('strong', {}, p.label) : /^https:\/\//.test(p.href) ? el('a', { href: p.href }, p.text) : p.text,
    ),
  );
}

const field = (label: string, control: HTMLElement) => el('div', { class: 'field' }, el('label', { for: control.id }, label), control);

class HeldCredentials extends HTMLElement {
  #infos: RenewalInfo[] = [];
  #stored: Loaded<CredentialsRecord> = { status: 'empty' };
  #record: CredentialsRecord = CREDENTIALS.empty();
  #locked = false;
  /** The credential whose learning log holds the Undo button (an entry was deleted there), or null for the section's own row. */
  #undoAt: string | null = null;
  /** The credential that Undo brings back or changes, and the entry it brings back (focus goes there afterwards). */
  #undoTarget: string | null = null;
  #undoEntry: StoredLogEntry | null = null;
  /** What the reader picked in each log form, kept across redraws: the day and the area. */
  #drafts = new Map<string, { date: string; area: string }>();
  /** The entry each Delete button stands for. */
  #entries = new Map<string, StoredLogEntry>();
  #undoButton = el('button', { type: 'button', class: 'button', 'data-held-undo': true, hidden: true }, 'Undo', el('span', { 'data-undo-label': true }));

  async connectedCallback() {
    const adding = this.hasAttribute('data-adding');
    this.removeAttribute('data-adding');
    const infos = await fetchRenewalInfos(this.dataset.renewals);
    if (!infos) {
      this.#status('The renewal information could not be loaded, so your credentials cannot be shown. Reload the page to try again.');
      return;
    }
    this.#infos = infos;
    this.#buildAddForm();
    this.#load(read(CREDENTIALS));
    this.#render();
    if (adding && !this.#locked) this.#openAdd();

    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button');
      if (button) void this.#click(button);
    });
    this.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      if (input.dataset.earned) this.#changeEarned(input.dataset.earned, input);
      const draft = input.closest<HTMLElement>('[data-log-form]')?.dataset.logForm;
      if (draft && (input.dataset.logField === 'date' || input.dataset.logField === 'area')) this.#keepDraft(draft);
    });
    this.addEventListener('submit', (e) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      if (form.matches('[data-add-form]')) this.#add(form);
      else if (form.dataset.logForm) this.#log(form.dataset.logForm, form);
    });
    onExternalChange(CREDENTIALS, (loaded) => {
      if (!shouldAdopt(this.#stored, loaded)) return;
      if (loaded.status === 'ok' || loaded.status === 'empty') this.querySelector(':scope > .recovery')?.remove();
      this.#load(loaded);
      this.#render();
      this.#status('Your credentials were changed in another tab; this page now shows them.');
    });
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  /** A message about the whole section, beside its "Add" button. */
  #status(text: string) {
    this.#say(this.#q('[data-held-status]'), text);
  }

  /**
   * Shows a message beside the control it is about and says it aloud. The
   * text beside the control is redrawn with its credential, so screen readers
   * hear it through the section's own live region, which is always there.
   */
  #say(target: Element, text: string) {
    target.textContent = text;
    const region = this.#q('[data-held-announce]');
    region.textContent = '';
    window.setTimeout(() => (region.textContent = text), 50);
  }

  #itemStatus(id: string, text: string) {
    const p = this.querySelector(`[data-held="${id}"] [data-item-status]`);
    if (p) this.#say(p, text);
    else this.#status(text);
  }

  #load(loaded: Loaded<CredentialsRecord>) {
    this.#stored = loaded;
    this.#locked = loaded.status === 'newer' || loaded.status === 'invalid';
    this.#record = loaded.status === 'ok' ? loaded.data : CREDENTIALS.empty();
    const section = this.closest('section');
    // The notice manages itself once shown (Start afresh, then Undo): it is offered once, not redrawn.
    if (this.#locked && 'message' in loaded && !this.querySelector(':scope > .recovery')) {
      void import('../../browser/record-recovery.ts').then(({ offerRecovery }) =>
        offerRecovery(this, 'credentials', {
          what: 'credentials record',
          file: 'saved-credentials',
          message: `Your saved credentials and learning log are kept as they are and cannot be changed here: ${loaded.message}`,
          canStartAfresh: loaded.status === 'invalid',
          changed: () => {
            this.#load(read(CREDENTIALS));
            this.#render();
          },
        }),
      );
    }
    section?.classList.toggle('print-hide', this.#record.held.length === 0);
  }

  /**
   * Applies a change to the latest stored record (never to an older copy).
   * Returns null when it is saved, or what to say beside the control (after
   * the redraw) when it is not: the change then stays on this page only.
   */
  #save(update: (r: CredentialsRecord) => CredentialsRecord): string | null {
    if (this.#locked) return 'Not saved: your saved credentials cannot be changed on this page (see the notice above).';
    const saved = write(CREDENTIALS, update);
    if (saved.ok) {
      this.#stored = saved.loaded;
      this.#record = saved.loaded.data;
      return null;
    }
    this.#record = update(this.#record);
    return notSaved(saved.message, this.#stored.status === 'ok');
  }

  #views(): HeldView[] {
    const day = today();
    return this.#record.held.map((h) => heldView(this.#infos.find((i) => i.id === h.id) ?? null, h, this.#record.log, day));
  }

  // ---- Adding a credential ------------------------------------------------------

  #buildAddForm() {
    const day = today();
    const select = el(
      'select',
      { id: 'held-add-id', 'data-add-field': 'credential', required: true },
      el('option', { value: '' }, 'Choose a credential'),
      ...choices(this.#infos).map((g) => el('optgroup', { label: g.issuer }, ...g.options.map((o) => el('option', { value: o.id }, o.name)))),
    );
    const earned = el('input', { id: 'held-add-earned', type: 'date', max: day, required: true, 'data-add-field': 'earned' });
    const form = el(
      'form',
      { class: 'held-add', id: 'held-add', 'data-add-form': true, hidden: true, novalidate: true, 'aria-label': 'Add a credential you hold' },
      field('Credential', select),
      field('Date earned', earned),
      el(
        'div',
        { class: 'held-buttons' },
        el('button', { type: 'submit', class: 'button' }, 'Add it'),
        el('button', { type: 'button', class: 'button', 'data-add-cancel': true }, 'Cancel'),
      ),
      el('p', { class: 'small held-error', 'data-add-error': true, id: 'held-add-error' }),
    );
    this.#q('[data-held-start]').after(form);
    this.#q('[data-held-start]').setAttribute('aria-controls', form.id);
  }

  #openAdd() {
    const form = this.#q<HTMLFormElement>('[data-add-form]');
    form.hidden = false;
    this.#q('[data-held-start]').setAttribute('aria-expanded', 'true');
    this.#q<HTMLInputElement>('#held-add-earned').max = today();
    this.#q<HTMLSelectElement>('#held-add-id').focus();
  }

  #closeAdd(focusStart: boolean) {
    const form = this.#q<HTMLFormElement>('[data-add-form]');
    form.hidden = true;
    form.reset();
    this.#fieldError(form, '[data-add-error]', null);
    this.#q('[data-held-start]').setAttribute('aria-expanded', 'false');
    if (focusStart) this.#q('[data-held-start]').focus();
  }

  /** Shows (or clears) a form's error next to its fields, marks the field and moves focus to it. */
  #fieldError(form: HTMLFormElement, errorSelector: string, error: { control: HTMLElement; message: string } | null) {
    const p = form.querySelector<HTMLElement>(errorSelector)!;
    for (const c of form.querySelectorAll('[aria-invalid]')) {
      c.removeAttribute('aria-invalid');
      c.removeAttribute('aria-describedby');
    }
    p.textContent = error?.message ?? '';
    if (!error) return;
    this.#say(p, error.message);
    error.control.setAttribute('aria-invalid', 'true');
    error.control.setAttribute('aria-describedby', p.id);
    error.control.focus();
  }

  #add(form: HTMLFormElement) {
    const id = this.#q<HTMLSelectElement>('#held-add-id').value;
    const earned = this.#q<HTMLInputElement>('#held-add-earned').value;
    const checked = checkAdd(id, earned, this.#infos, this.#record, today());
    if (!checked.ok) {
      const control = this.#q(checked.field === 'earned' ? '#held-add-earned' : '#held-add-id');
      return this.#fieldError(form, '[data-add-error]', { control, message: checked.message });
    }
    const failed = this.#save((r) => addHeld(r, checked.value.id, checked.value.earned));
    this.#closeAdd(false);
    this.#render();
    const short = this.#infos.find((i) => i.id === id)!.short;
    this.#q(`[data-held="${id}"] h3`).focus();
    this.#itemStatus(id, failed ?? `Added the ${short} to the credentials you hold.`);
  }

  // ---- Changing one credential ---------------------------------------------------

  #changeEarned(id: string, input: HTMLInputElement) {
    const problem = earnedProblem(input.value, today());
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
      return this.#itemStatus(id, `${problem} The date saved before is kept.`);
    }
    input.removeAttribute('aria-invalid');
    const value = input.value;
    const failed = this.#save((r) => setEarned(r, id, value));
    this.#refreshItem(id);
    const view = this.#views().find((v) => v.id === id);
    this.#itemStatus(id, failed ?? (view?.deadline ? `Saved. ${view.deadline}` : 'Saved.'));
  }

  #keepDraft(id: string) {
    const form = this.querySelector<HTMLFormElement>(`[data-log-form="${id}"]`);
    if (!form) return;
    const value = (name: string) => form.querySelector<HTMLInputElement>(`[data-log-field="${name}"]`)?.value ?? '';
    this.#drafts.set(id, { date: value('date'), area: value('area') });
  }

  #log(id: string, form: HTMLFormElement) {
    const view = this.#views().find((v) => v.id === id);
    if (!view?.logForm) return;
    const value = (name: string) => form.querySelector<HTMLInputElement>(`[data-log-field="${name}"]`)?.value ?? '';
    const checked = checkEntry(
      id,
      { date: value('date'), amount: value('amount'), area: value('area'), note: value('note') },
      view.logForm,
      this.#record,
      today(),
    );
    if (!checked.ok) {
      const control = form.querySelector<HTMLElement>(`[data-log-field="${checked.field}"]`)!;
      return this.#fieldError(form, '[data-log-error]', { control, message: checked.message });
    }
    this.#keepDraft(id);
    const unit = view.logForm.unit;
    const failed = this.#save((r) => addEntry(r, checked.value));
    this.#render();
    const after = this.#views().find((v) => v.id === id);
    this.querySelector<HTMLInputElement>(`[data-log-form="${id}"] [data-log-field="amount"]`)?.focus();
    this.#logStatus(id, failed ?? `${loggedSentence(checked.value, unit)}${after?.units ? ` ${after.units}` : ''}`);
  }

  #logStatus(id: string, text: string) {
    const p = this.querySelector(`[data-log-form="${id}"] [data-log-status]`);
    if (p) this.#say(p, text);
    else this.#itemStatus(id, text);
  }

  async #click(button: HTMLButtonElement) {
    const d = button.dataset;
    if (d.heldStart !== undefined) {
      if (this.#locked) return this.#status('Your saved credentials cannot be changed on this page (see the notice above).');
      return this.#q<HTMLFormElement>('[data-add-form]').hidden ? this.#openAdd() : this.#closeAdd(true);
    }
    if (d.addCancel !== undefined) return this.#closeAdd(true);
    if (d.heldUndo !== undefined) return this.#undo();
    if (d.ics) return this.#ics(d.ics);
    if (d.removeHeld) return this.#remove(d.removeHeld);
    if (d.deleteEntry) return this.#delete(d.deleteEntry);
  }

  #ics(id: string) {
    const view = this.#views().find((v) => v.id === id);
    if (!view?.ics) return;
    const page = this.dataset.pages ? new URL(`${this.dataset.pages}${id}/`, window.location.href).href : undefined;
    const made = renewalIcs({ ...view.ics, url: page }, new Date());
    if (!made.ok) return this.#itemStatus(id, `The calendar file could not be made: ${made.message}`);
    download(made.fileName, 'text/calendar', made.text);
    this.#itemStatus(id, view.icsDone ?? '');
  }

  async #remove(id: string) {
    const view = this.#views().find((v) => v.id === id);
    if (!view) return;
    const n = view.entries.length;
    const ok = await confirmAction(
      `Remove the ${view.short} from your credentials?`,
      `${n === 0 ? 'Its date earned is' : `Its date earned and the ${n} ${n === 1 ? 'entry' : 'entries'} in its learning log are`} taken off this page. You can undo this until you close the browser.`,
      'Remove it',
    );
    if (!ok) return;
    keepForUndo(`remove the ${view.short}`, ['credentials']);
    this.#undoAt = this.#undoEntry = null;
    this.#undoTarget = id;
    const failed = this.#save((r) => removeHeld(r, id));
    this.#render();
    this.#status(
      failed ??
        (n === 0 ? `The ${view.short} was removed. Undo brings it back.` : `The ${view.short} was removed, with its learning log. Undo brings them back.`),
    );
    this.#focusUndo();
  }

  async #delete(key: string) {
    const entry = this.#entries.get(key);
    const id = entry?.credential;
    const view = this.#views().find((v) => v.id === id);
    const shown = view?.entries.find((e) => e.entry === entry);
    if (!entry || !view || !shown) return;
    const ok = await confirmAction(
      'Delete this log entry?',
      `The entry of ${shown.date} (${shown.amount}${shown.area ? ` in ${shown.area}` : ''}) is taken off the learning log for the ${view.short}.${shown.note ? ` Its note: “${clipText(shown.note, 80)}”.` : ''} You can undo this until you close the browser.`,
      'Delete the entry',
    );
    if (!ok) return;
    keepForUndo(`delete a log entry for the ${view.short}`, ['credentials']);
    this.#undoAt = this.#undoTarget = view.id;
    this.#undoEntry = entry;
    const failed = this.#save((r) => deleteEntry(r, entry));
    this.#render();
    this.#logFeedback(
      view.id,
      failed ??
        (hasEntry(this.#record, entry)
          ? 'Entry deleted; another one just like it is still in the log. Undo brings it back.'
          : 'Entry deleted. Undo brings it back.'),
    );
    this.#focusUndo();
  }

  #undo() {
    const what = undoable('credentials');
    const [at, entry, inLog] = [this.#undoTarget, this.#undoEntry, this.#undoAt !== null];
    if (!what || !undo('credentials')) return this.#status('There is nothing to undo.');
    this.#undoAt = this.#undoTarget = this.#undoEntry = null;
    this.#load(read(CREDENTIALS));
    this.#render();
    const said = `Undone: ${what.action}.`;
    // Focus goes to what came back: the entry (its Delete button), or the credential's heading.
    const key = entry ? [...this.#entries].find(([, e]) => sameEntry(e, entry))?.[0] : undefined;
    const target = key
      ? this.querySelector<HTMLElement>(`[data-delete-entry="${key}"]`)
      : at
        ? this.querySelector<HTMLElement>(`[data-held="${at}"] h3`)
        : null;
    if (target && at) {
      target.focus();
      if (inLog) this.#logFeedback(at, said);
      else this.#itemStatus(at, said);
    } else {
      this.#q('[data-held-start]').focus();
      this.#status(said);
    }
  }

  #logFeedback(id: string, text: string) {
    const p = this.querySelector(`[data-held="${id}"] [data-log-feedback-text]`);
    if (p) this.#say(p, text);
    else this.#itemStatus(id, text);
  }

  #focusUndo() {
    if (!this.#undoButton.hidden) this.#undoButton.focus();
  }

  // ---- Drawing ---------------------------------------------------------------------

  #render() {
    // Redrawing must not lose the reader's place: remember the focused control.
    const active = document.activeElement as HTMLElement | null;
    const focusId = active && this.contains(active) && active.id ? active.id : null;

    const views = this.#views();
    this.#entries.clear();
    const list = this.#q('[data-held-list]');
    list.hidden = this.#locked;
    list.replaceChildren(...(this.#locked ? [] : views.map((v) => this.#item(v))));
    this.#q('[data-held-start]').hidden = this.#locked;
    this.#afterDraw(views);
    if (focusId) document.getElementById(focusId)?.focus();
  }

  /**
   * Redraws one credential around its date field, which stays in place with
   * focus (a date being typed is not interrupted by its own change).
   */
  #refreshItem(id: string) {
    const views = this.#views();
    const view = views.find((v) => v.id === id);
    const old = this.querySelector<HTMLElement>(`[data-held="${id}"]`);
    const keep = old?.querySelector<HTMLElement>(':scope > .held-controls');
    if (!view || !old || !keep) return this.#render();
    const fresh = this.#item(view);
    const freshControls = fresh.querySelector<HTMLElement>(':scope > .held-controls')!;
    keep.querySelector('.held-buttons')?.replaceWith(freshControls.querySelector('.held-buttons')!);
    const parts = [...fresh.children];
    const at = parts.indexOf(freshControls);
    for (const child of [...old.children]) if (child !== keep) child.remove();
    keep.before(...parts.slice(0, at));
    keep.after(...parts.slice(at + 1));
    old.className = fresh.className;
    this.#afterDraw(views);
  }

  /** What follows any redraw: the printed lines, and the Undo button where the last undoable action was. */
  #afterDraw(views: HeldView[]) {
    this.#q('[data-held-print]').replaceChildren(...views.map((v) => el('li', {}, v.printLine)));
    this.closest('section')?.classList.toggle('print-hide', views.length === 0);
    const what = this.#locked ? null : undoable('credentials');
    this.#undoButton.hidden = !what;
    this.#undoButton.querySelector('[data-undo-label]')!.textContent = what ? ` (${what.action})` : '';
    const host = (this.#undoAt && this.querySelector(`[data-held="${this.#undoAt}"] [data-log-feedback]`)) || this.#q('[data-held-feedback]');
    host.append(this.#undoButton);
  }

  #item(v: HeldView): HTMLElement {
    const id = v.id;
    const pages = this.dataset.pages;
    const earned = el('input', { id: `held-${id}-earned`, type: 'date', value: v.earned, max: today(), 'data-earned': id });
    const feedback = el('div', { class: 'held-feedback', 'data-item-feedback': true }, el('p', { class: 'small', 'data-item-status': true }));
    const urgency = v.urgency ? ` held-${v.urgency}` : '';
    return el(
      'article',
      { class: `held-item${urgency}`, 'data-held': id, 'aria-labelledby': `held-${id}-h` },
      el('h3', { id: `held-${id}-h`, tabindex: -1 }, v.inGuide && pages ? el('a', { href: `${pages}${id}/` }, v.name) : v.name),
      v.deadline ? el('p', { class: 'held-deadline' }, v.deadline) : null,
      v.overdue ? para(v.overdue, { class: 'held-overdue' }) : null,
      v.cycle ? el('p', {}, v.cycle) : null,
      v.units ? el('p', { class: 'held-units' }, v.units) : null,
      v.areas.length ? el('ul', { class: 'held-areas' }, ...v.areas.map((a) => el('li', {}, a))) : null,
      el('div', { class: 'held-rule small' }, ...v.rule.map((p) => para(p))),
      el(
        'div',
        { class: 'held-controls' },
        field('Date earned', earned),
        el(
          'div',
          { class: 'held-buttons' },
          v.ics
            ? el(
                'button',
                { type: 'button', class: 'button', 'data-ics': id },
                'Download calendar file (.ics)',
                el('span', { class: 'sr-only' }, ` for the ${v.short}`),
              )
            : null,
          el('button', { type: 'button', class: 'button', 'data-remove-held': id }, 'Remove', el('span', { class: 'sr-only' }, ` the ${v.short}`)),
        ),
      ),
      feedback,
      v.logForm || v.entries.length ? this.#logBlock(v) : null,
    );
  }

  /** The learning log: the form to add an entry (where the rule counts units) and the entries, newest first. */
  #logBlock(v: HeldView): HTMLElement {
    const id = v.id;
    const draft = this.#drafts.get(id);
    const day = today();
    let form: HTMLElement | null = null;
    if (v.logForm) {
      const { unit, areas } = v.logForm;
      const date = el('input', { id: `held-${id}-log-date`, type: 'date', max: day, value: draft?.date || day, 'data-log-field': 'date' });
      const amount = el('input', { id: `held-${id}-log-amount`, type: 'text', inputmode: 'decimal', autocomplete: 'off', size: 6, 'data-log-field': 'amount' });
      const note = el('input', { id: `held-${id}-log-note`, type: 'text', maxlength: 200, autocomplete: 'off', 'data-log-field': 'note' });
      const area = areas.length
        ? el(
            'select',
            { id: `held-${id}-log-area`, 'data-log-field': 'area' },
            el('option', { value: '' }, 'No particular area'),
            ...areas.map((a) => el('option', { value: a, selected: draft?.area === a }, a)),
          )
        : null;
      form = el(
        'form',
        { class: 'held-log-form', 'data-log-form': id, novalidate: true, 'aria-labelledby': `held-${id}-log-h` },
        el('div', { class: 'held-log-fields' }, field('Date', date), field(unit, amount), area ? field('Area', area) : null, field('Note (optional)', note)),
        el('button', { type: 'submit', class: 'button' }, 'Add to the log', el('span', { class: 'sr-only' }, ` for the ${v.short}`)),
        el('p', { class: 'small held-error', id: `held-${id}-log-error`, 'data-log-error': true }),
        el('p', { class: 'small', 'data-log-status': true }),
      );
    }
    const entries = v.entries.map((e, n) => {
      const key = `${id}:${n}`;
      this.#entries.set(key, e.entry);
      const what = [e.date, e.amount, e.area].filter(Boolean).join(' · ');
      return el(
        'li',
        { class: e.notCounted ? 'held-entry not-counted' : 'held-entry' },
        el(
          'div',
          { class: 'held-entry-text' },
          el('span', { class: 'held-entry-what' }, what),
          e.note ? el('span', { class: 'held-entry-note' }, e.note) : null,
          e.notCounted ? el('span', { class: 'held-entry-why' }, e.notCounted) : null,
        ),
        el(
          'button',
          { type: 'button', class: 'button', 'data-delete-entry': key },
          'Delete',
          el('span', { class: 'sr-only' }, ` the entry of ${e.date}, ${e.amount}`),
        ),
      );
    });
    return el(
      'div',
      { class: 'held-log' },
      el('h4', { id: `held-${id}-log-h` }, `Learning log for the ${v.short}`),
      form,
      el('div', { class: 'held-feedback', 'data-log-feedback': true }, el('p', { class: 'small', 'data-log-feedback-text': true })),
      entries.length ? el('ul', { class: 'held-entries' }, ...entries) : el('p', { class: 'small' }, 'No learning logged yet.'),
    );
  }
}

if (!customElements.get('held-credentials')) customElements.define('held-credentials', HeldCredentials);

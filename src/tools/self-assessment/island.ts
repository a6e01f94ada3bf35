/**
 * <skills-assessment>: reads the ratings (a level, an "applied at work" mark
 * and an optional evidence note per skill), matches them to the ladder
 * (src/lib/assessment.ts), draws the gap chart as SVG with a table as its text
 * equivalent, and keeps the reader's ratings in the store (src/lib/store.ts).
 *
 * What the form shows:
 * - "own": the reader's saved ratings; each change is saved at once. A
 *   manager's ratings the reader kept are shown beside them.
 * - "shared": ratings from someone's link (#r=…); changes stay on the page
 *   until the reader chooses "Save as mine". Their own data is untouched.
 * - "manager": the reader rates a colleague whose link they opened, as their
 *   manager; saved in a record of its own ("review", src/lib/review.ts), never
 *   in the reader's own ratings, and sent back with a link (#r=…&m=…).
 * - "feedback": a link from the reader's manager (#r=…&m=…): the ratings the
 *   reader shared beside the manager's, which the reader may keep.
 * - "locked": the saved ratings are in a newer or unreadable format; they are
 *   kept as they are and changes are not saved.
 * Every destructive action asks first and can be undone for the session.
 * All text is inserted as text.
 */
import { closestRung, gapsTo, nextRung, ratedCount, type Rung } from '../../lib/assessment.ts';
import { ratedFromUrl, ratedParams, urlWithState, RATING_KEYS } from '../../lib/fragment.ts';
import { LEGACY_KEY } from '../../lib/assessment.ts';
import { emptyAssessment, MAX_EVIDENCE_LENGTH, type Assessment, type Rated } from '../../lib/evidence.ts';
import { REVIEW, sameRated, type Review, type Viewer } from '../../lib/review.ts';
import { RATINGS, RECORDS, type RecordName } from '../../lib/records.ts';
import { keyOf, type Loaded } from '../../lib/store.ts';
import { cutText } from '../../lib/text.ts';
import { SKILL_DIMENSIONS, SKILL_IDS, type SkillId } from '../../lib/ladder/dimensions.ts';
import { el, readJson } from '../../browser/dom.ts';
import { gradesForRole, type OrgGradesJson } from '../../lib/org/grades.ts';
import { confirmAction } from '../../browser/confirm.ts';
import { onExternalChange, rawOf, read, write } from '../../browser/storage.ts';
import { wireCopyLink } from '../../browser/share.ts';
import { longDate } from '../../lib/days.ts';
import { download, exportAll, keepForUndo, migrate, readImport, shouldAdopt, storageWorks, undo, undoable } from '../../browser/tool-store.ts';
import { renderTwoViews } from './two-views.ts';

interface Data {
  rungs: Array<Rung & { href: string }>;
  /** Per skill, up to three sections of the guide to read next, each with why it helps. */
  readNext: Record<string, Array<{ href: string; section: string; chapter: string; why: string }>>;
  /** An organisation's grades (its overlay), shown beside the guide's roles. */
  orgGrades?: OrgGradesJson;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What an import replaces, in words (one fixed phrase per record). */
const RECORD_PHRASES: Record<RecordName, string> = {
  ratings: 'your ratings and evidence',
  plan: 'your career plan',
  credentials: 'your credentials with their learning log',
  reading: 'your reading progress',
  chooser: 'your certification chooser answers',
  review: 'your ratings of a colleague as their manager',
};
const listOf = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const today = () => new Date().toISOString().slice(0, 10);
const rated = (a: Rated): Rated => ({ levels: a.levels, applied: a.applied });

type Mode = 'own' | 'shared' | 'manager' | 'feedback' | 'locked';

/** The results heading for each view. */
const RESULTS_HEADINGS: Record<Mode, string> = {
  own: 'Your results',
  locked: 'Your results',
  shared: 'Results for these shared ratings',
  feedback: 'Results for the ratings you shared',
  manager: 'Results from your ratings of them',
};

/** How many skills are rated, said for each view. */
const COUNT_LEADS: Record<Mode, (n: number, of: number) => string> = {
  own: (n, of) => `You have rated ${n} of ${of} skills`,
  locked: (n, of) => `You have rated ${n} of ${of} skills`,
  shared: (n, of) => `These ratings cover ${n} of ${of} skills`,
  feedback: (n, of) => `The ratings you shared cover ${n} of ${of} skills`,
  manager: (n, of) => `You have rated them on ${n} of ${of} skills`,
};

class SkillsAssessment extends HTMLElement {
  #data: Data | null = null;
  /** What the form shows and the results are computed from. */
  #view: Assessment = emptyAssessment();
  #mode: Mode = 'own';
  /** The second view beside the first (a manager's), with who is reading; null when there is none. */
  #pair: { own: Rated; other: Rated; viewer: Viewer } | null = null;
  /** The stored record as last read or written (compared with copies from other tabs). */
  #stored: Loaded<Assessment> = { status: 'empty' };
  /** The ratings a link carried, for "shared", "manager" and "feedback". */
  #link: { self: Rated | null; manager: Rated | null } = { self: null, manager: null };

  connectedCallback() {
    this.#data = readJson<Data>(this, 'script[data-assessment-data]');
    if (!this.#data) return;
    this.#q('[data-no-js]').hidden = true;
    this.#q('[data-top]').hidden = false;
    this.#q('[data-results]').hidden = false;

    const legacyProblem = migrate();
    this.#stored = read(RATINGS);
    const link = ratedFromUrl(window.location.search, window.location.hash);
    if (link.fromQuery) history.replaceState(history.state, '', urlWithState(window.location.href, ratedParams(link.self, link.manager), RATING_KEYS));
    this.#fromLink(link);
    if (this.#stored.status === 'empty' && legacyProblem)
      this.#lock(`Answers saved by an earlier version of this page could not be read: ${legacyProblem}`, LEGACY_KEY);
    if (!storageWorks())
      this.#notice(
        'This browser is not letting the page save anything (storage is blocked or full). Your ratings work on this page but are gone when you leave it; export them to a file to keep them.',
        false,
      );
    this.#fill();
    this.#render();

    const form = this.querySelector('form')!;
    form.addEventListener('change', (e) => this.#change(e.target as HTMLInputElement));
    form.addEventListener('input', (e) => {
      const t = e.target as HTMLElement;
      if (t.matches('textarea[data-evidence]')) this.#evidence(t as HTMLTextAreaElement);
    });
    this.addEventListener('click', (e) => {
      // "See your full results" scrolls without replacing a shared link's fragment.
      if ((e.target as Element).closest('a[href="#results-h"]')) {
        e.preventDefault();
        const h = this.#q('#results-h');
        h.scrollIntoView();
        h.focus();
        return;
      }
      const b = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (b) void this.#action(b.dataset.action!);
    });
    this.#q<HTMLInputElement>('[data-import]').addEventListener('change', (e) => void this.#import(e.target as HTMLInputElement));
    wireCopyLink({
      button: this.#q<HTMLButtonElement>('[data-copy-link]'),
      status: this.#q('[data-io-status]'),
      url: () => this.#linkToShare(),
      fallback: this.#q<HTMLInputElement>('[data-copy-fallback]'),
      copied: () =>
        this.#mode === 'manager'
          ? 'Link copied. It carries their ratings and yours; send it back to them. Nothing is stored on a server.'
          : 'Link copied. Whoever opens it sees these levels and applied marks (not your evidence notes), and can rate them as your manager; nothing is stored on a server.',
      nothingYet: 'Rate at least one skill first: the link carries your ratings.',
    });
    wireCopyLink({
      button: this.#q<HTMLButtonElement>('[data-copy-back]'),
      status: this.#q('[data-banner-status]'),
      url: () => this.#linkToShare(),
      fallback: this.#q<HTMLInputElement>('[data-copy-back-fallback]'),
      copied: 'Link copied. When they open it, they see your ratings beside their own, with the differences in words.',
      nothingYet: 'Rate at least one of their skills first.',
    });
    // A shared link opened in this tab while the page is open changes only the fragment.
    window.addEventListener('hashchange', () => {
      if (window.location.hash && !/^#(.*&)?(r|m)=/.test(window.location.hash)) return; // a heading anchor, not a link's state
      const next = ratedFromUrl('', window.location.hash);
      if (!next.self && !next.manager && this.#mode === 'own') return;
      this.#q('[data-notice]').hidden = true;
      this.#fromLink(next);
      this.#fill();
      this.#render();
    });
    onExternalChange(RATINGS, (loaded) => {
      if (this.#mode !== 'own' && this.#mode !== 'locked') return;
      if (!shouldAdopt(this.#stored, loaded)) return;
      this.#redrawOwn(loaded, 'Your ratings were changed in another tab; this page now shows them.');
    });
    onExternalChange(REVIEW, (loaded) => {
      if (this.#mode !== 'manager' || loaded.status !== 'ok') return;
      this.#showReview(loaded.data);
      this.#fill();
      this.#render();
    });
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  /** Decides what a link shows: a manager's ratings sent back, a review in progress, someone's shared ratings, or the reader's own. */
  #fromLink(link: { self: Rated | null; manager: Rated | null }) {
    this.#link = link;
    const own = read(RATINGS);
    this.#stored = own;
    const ownRated = own.status === 'ok' ? rated(own.data) : null;
    if (link.self && link.manager) {
      this.#mode = 'feedback';
      this.#view = { ...emptyAssessment(), ...link.self };
      this.#pair = { own: link.self, other: link.manager, viewer: 'self' };
      return;
    }
    if (link.self && !(ownRated && sameRated(ownRated, link.self))) {
      const review = read(REVIEW);
      if (review.status === 'ok' && sameRated(review.data.theirs, link.self)) return this.#showReview(review.data);
      this.#mode = 'shared';
      this.#view = { ...emptyAssessment(), ...link.self };
      this.#pair = null;
      return;
    }
    this.#showOwn(own);
  }

  /** Shows the reader's own saved ratings (or the locked notice when they cannot be read). */
  #showOwn(loaded = read(RATINGS)) {
    this.#stored = loaded;
    this.#mode = loaded.status === 'newer' || loaded.status === 'invalid' ? 'locked' : 'own';
    this.#view = loaded.status === 'ok' ? loaded.data : emptyAssessment();
    this.#pair = this.#view.manager ? { own: rated(this.#view), other: this.#view.manager, viewer: 'self' } : null;
    if (this.#mode === 'locked')
      this.#lock(
        `Your saved ratings are kept as they are and cannot be changed here: ${'message' in loaded ? loaded.message : ''}`,
        keyOf(RATINGS),
        loaded.status === 'invalid',
      );
  }

  /** Shows the reader's own ratings (as just written, or read afresh), redraws the form and says what happened. */
  #redrawOwn(loaded?: Loaded<Assessment>, message?: string) {
    this.#q('[data-notice]').hidden = true;
    this.#showOwn(loaded);
    this.#fill();
    this.#render();
    if (message) this.#status(message);
  }

  /** The form edits the manager's ratings of a colleague; their own ratings stay beside them. */
  #showReview(review: Review) {
    this.#mode = 'manager';
    this.#view = { ...emptyAssessment(), ...review.mine };
    this.#pair = { own: review.theirs, other: review.mine, viewer: 'manager' };
  }

  #lock(text: string, key: string, canStartAfresh = true) {
    this.#mode = 'locked';
    this.#lockedKey = key;
    this.#notice(text, true, canStartAfresh);
  }
  #lockedKey = '';

  #notice(text: string, withActions: boolean, canStartAfresh = false) {
    this.#q('[data-notice-text]').textContent = text;
    this.#q('[data-notice-actions]').hidden = !withActions;
    this.#q('[data-action="afresh"]').hidden = !canStartAfresh;
    this.#q('[data-notice]').hidden = false;
  }

  #status(text: string) {
    this.#q('[data-io-status]').textContent = text;
  }

  /** The link the Copy buttons copy: a manager's goes back with both sets of ratings. */
  #linkToShare(): string | null {
    const params =
      this.#mode === 'manager' && this.#pair
        ? ratedParams(this.#pair.own, rated(this.#view))
        : ratedParams(rated(this.#view), this.#mode === 'feedback' ? this.#link.manager : null);
    if (this.#mode === 'manager' && ratedCount(this.#view.levels) === 0) return null;
    return params ? urlWithState(window.location.href, params, RATING_KEYS) : null;
  }

  /** Applies a change to what the form shows, saving it where this view keeps it. */
  #update(change: (a: Assessment) => Assessment, what: string) {
    if (this.#mode === 'own') {
      const saved = write(RATINGS, change);
      if (saved.ok) {
        this.#stored = saved.loaded;
        this.#view = saved.loaded.data;
      } else {
        this.#view = change(this.#view);
        this.#status(`Not saved: ${saved.message} Your ${what} shows on this page only; export to a file to keep it.`);
      }
      if (this.#view.manager) this.#pair = { own: rated(this.#view), other: this.#view.manager, viewer: 'self' };
    } else if (this.#mode === 'manager') {
      const next = change(this.#view);
      const saved = write(REVIEW, (r) => ({ ...r, mine: rated(next) }));
      this.#view = next;
      if (this.#pair) this.#pair = { ...this.#pair, other: rated(next) };
      if (!saved.ok) this.#status(`Not saved: ${saved.message} Copy the link back now to keep your ratings.`);
    } else {
      this.#view = change(this.#view);
      if (this.#mode === 'locked') this.#status('Not saved: your saved ratings cannot be changed on this page (see the notice at the top).');
    }
  }

  #change(input: HTMLInputElement) {
    if (input.matches('[data-applied]')) {
      const id = input.dataset.applied as SkillId;
      if (!SKILL_IDS.includes(id)) return;
      this.#update((a) => ({ ...a, applied: SKILL_IDS.filter((x) => (x === id ? input.checked : a.applied.includes(x))) }), 'mark');
      this.#render();
      return;
    }
    const id = input.name as SkillId;
    if (!SKILL_IDS.includes(id)) return;
    const level = input.value === '0' ? 0 : Number(input.value);
    // A skill left unrated cannot be marked as applied.
    this.#update((a) => ({ ...a, levels: { ...a.levels, [id]: level }, applied: level ? a.applied : a.applied.filter((x) => x !== id) }), 'rating');
    this.#fillApplied();
    this.#render();
  }

  #evidence(area: HTMLTextAreaElement) {
    const id = area.dataset.evidence as SkillId;
    if (!SKILL_IDS.includes(id) || this.#mode !== 'own') return;
    const text = cutText(area.value, MAX_EVIDENCE_LENGTH);
    this.#update((a) => {
      const evidence = { ...a.evidence };
      if (text.trim()) evidence[id] = text;
      else delete evidence[id];
      return { ...a, evidence };
    }, 'note');
  }

  async #action(action: string) {
    if (action === 'save-shared') return this.#saveShared();
    if (action === 'review') return this.#startReview();
    if (action === 'keep-manager') return this.#keepManager();
    if (action === 'remove-manager') return this.#removeManager();
    if (action === 'show-own') {
      history.replaceState(history.state, '', urlWithState(window.location.href, '', RATING_KEYS));
      this.#link = { self: null, manager: null };
      return this.#redrawOwn(undefined, 'Showing your own saved ratings.');
    }
    if (action === 'clear') return this.#clear();
    if (action === 'undo') return this.#undo();
    if (action === 'export') {
      download(`itpm-career-guide-${today()}.json`, 'application/json', exportAll());
      return this.#status(
        'Exported your ratings with their evidence, your plan and credentials, reading progress, chooser answers and any review you made. Keep the file to import it later or on another device.',
      );
    }
    if (action === 'download-saved') {
      return download(`itpm-career-guide-saved-${today()}.json`, 'application/json', rawOf(this.#lockedKey) ?? '');
    }
    if (action === 'afresh') {
      const ok = await confirmAction(
        'Start afresh?',
        'The saved data this page cannot read is replaced by empty ratings. Download a copy first if you may need it. You can undo this until you close the browser.',
        'Start afresh',
      );
      if (!ok) return;
      keepForUndo('start afresh', ['ratings']);
      const saved = write(RATINGS, () => emptyAssessment(), true);
      if (!saved.ok) return this.#status(`Could not start afresh: ${saved.message}`);
      this.#redrawOwn(saved.loaded, 'Started afresh.');
    }
  }

  async #saveShared() {
    const own = read(RATINGS);
    const shared = rated(this.#view);
    if (own.status === 'newer') return this.#status(`Not saved: ${own.message}`);
    if (own.status === 'ok' && ratedCount(own.data.levels) > 0) {
      const ok = await confirmAction(
        'Replace your saved ratings with these?',
        `Your own ratings (${ratedCount(own.data.levels)} of ${SKILL_IDS.length} skills rated) are replaced by the shared ones. Your evidence notes, plan and reading progress are kept. You can undo this until you close the browser.`,
        'Replace my ratings',
      );
      if (!ok) return;
      keepForUndo('save shared ratings as yours', ['ratings']);
    } else if (own.status === 'invalid') {
      // Saved data this page cannot read is still the reader's: ask, and keep its exact text for Undo.
      const ok = await confirmAction(
        'Replace saved ratings this page cannot read?',
        'Your browser holds saved ratings that this page cannot read. Saving these replaces them. Download a copy first from the notice on this page if you may need it. You can undo this until you close the browser.',
        'Replace them',
      );
      if (!ok) return;
      keepForUndo('replace saved ratings this page could not read', ['ratings']);
    }
    const saved = write(RATINGS, (a) => ({ ...(own.status === 'ok' ? a : emptyAssessment()), ...shared }), own.status === 'invalid');
    if (!saved.ok) return this.#status(`Not saved: ${saved.message}`);
    history.replaceState(history.state, '', urlWithState(window.location.href, '', RATING_KEYS));
    this.#redrawOwn(saved.loaded, 'Saved as your own ratings.');
  }

  /** "Rate them as their manager": a review of the shared ratings, kept apart from the reader's own. */
  async #startReview() {
    const theirs = this.#link.self;
    if (!theirs) return;
    const existing = read(REVIEW);
    if (existing.status === 'newer') return this.#status(`Cannot start a review here: ${existing.message}`);
    const continuing = existing.status === 'ok' && sameRated(existing.data.theirs, theirs);
    if (!continuing && existing.status !== 'empty' && (existing.status !== 'ok' || ratedCount(existing.data.mine.levels) > 0)) {
      const ok = await confirmAction(
        'Start a new review?',
        'This browser holds your ratings of another colleague. They are replaced by this review; copy the link back to that colleague first if you have not sent it. You can undo this until you close the browser.',
        'Start a new review',
      );
      if (!ok) return;
      keepForUndo('start a new review', ['review']);
    }
    const saved =
      continuing && existing.status === 'ok'
        ? { ok: true as const, loaded: existing }
        : write(REVIEW, () => ({ theirs, mine: { levels: emptyAssessment().levels, applied: [] } }), existing.status === 'invalid');
    if (!saved.ok) return this.#status(`Could not start the review: ${saved.message}`);
    this.#showReview(saved.loaded.data);
    this.#fill();
    this.#render();
    this.#q('[data-banner="manager"]').scrollIntoView({ block: 'nearest' });
    this.#q<HTMLElement>('[data-copy-back]').focus();
    this.#say(
      continuing
        ? 'Your review of these ratings continues where you left it.'
        : 'Rate each skill from what you have seen them do. Your ratings are saved as you go.',
    );
  }

  /** "Keep my manager's ratings": stored beside the reader's own; their own levels are taken from the link only when they had none saved. */
  async #keepManager() {
    const manager = this.#link.manager;
    const shared = this.#link.self;
    if (!manager || !shared) return;
    const own = read(RATINGS);
    if (own.status === 'newer' || own.status === 'invalid')
      return this.#status(`Not kept: ${own.message} Download the saved data from your own ratings first.`);
    const hadOwn = own.status === 'ok' && ratedCount(own.data.levels) > 0;
    if (own.status === 'ok' && own.data.manager && !sameRated(own.data.manager, manager)) {
      const ok = await confirmAction(
        'Replace the manager’s ratings you kept before?',
        `The ratings you kept on ${own.data.manager.keptOn ? longDate(own.data.manager.keptOn) : 'an earlier day'} are replaced by these. You can undo this until you close the browser.`,
        'Replace them',
      );
      if (!ok) return;
    }
    keepForUndo('keep your manager’s ratings', ['ratings']);
    const saved = write(RATINGS, (a) => ({ ...a, ...(hadOwn ? {} : shared), manager: { ...manager, keptOn: today() } }));
    if (!saved.ok) return this.#status(`Not kept: ${saved.message}`);
    history.replaceState(history.state, '', urlWithState(window.location.href, '', RATING_KEYS));
    this.#link = { self: null, manager: null };
    this.#redrawOwn(saved.loaded);
    this.#status(
      hadOwn
        ? 'Kept. Your manager’s ratings now sit beside your own saved ratings, here and in your one-to-one pack.'
        : 'Kept. You had no saved ratings in this browser, so the ones you shared are saved as yours, with your manager’s beside them.',
    );
  }

  async #removeManager() {
    const ok = await confirmAction(
      'Remove your manager’s ratings?',
      'Your own ratings and evidence are kept. You can undo this until you close the browser.',
      'Remove them',
    );
    if (!ok) return;
    keepForUndo('remove your manager’s ratings', ['ratings']);
    this.#update((a) => ({ ...a, manager: null }), 'change');
    this.#pair = null;
    this.#render();
    this.#status('Your manager’s ratings were removed. Undo brings them back.');
  }

  async #clear() {
    const count = ratedCount(this.#view.levels);
    const notes = Object.keys(this.#view.evidence).length;
    if (this.#mode !== 'own') return this.#status('There are no saved ratings of yours on show to clear.');
    if (count === 0 && notes === 0) return this.#status('There are no ratings to clear.');
    const ok = await confirmAction(
      'Clear your ratings?',
      `This clears your ${count} rated ${count === 1 ? 'skill' : 'skills'}${notes ? ` and ${notes} evidence ${notes === 1 ? 'note' : 'notes'}` : ''} from this browser. Your career plan, credentials, reading progress, chooser answers and any manager’s ratings you kept stay. You can undo this until you close the browser.`,
      'Clear my ratings',
    );
    if (!ok) return;
    keepForUndo('clear your ratings', ['ratings']);
    const saved = write(RATINGS, (a) => ({ ...emptyAssessment(), manager: a.manager }));
    if (!saved.ok) return this.#status(`Not cleared: ${saved.message}`);
    this.#redrawOwn(saved.loaded, 'Your ratings were cleared. Your plan and reading progress are kept.');
  }

  #undo() {
    const what = undoable('ratings');
    if (!what || !undo('ratings')) return this.#status('There is nothing to undo.');
    history.replaceState(history.state, '', urlWithState(window.location.href, '', RATING_KEYS));
    this.#link = { self: null, manager: null };
    this.#redrawOwn(undefined, `Undone: ${what.action}.`);
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 200_000) return this.#status('That file is too large to be an export from this guide.');
    const result = readImport(await file.text());
    if (!result.ok) return this.#status(`Could not import “${file.name}”: ${result.message}`);
    const names = Object.keys(result.records) as RecordName[];
    const kept = (Object.keys(RECORDS) as RecordName[]).filter((n) => !names.includes(n));
    const ok = await confirmAction(
      `Import “${file.name}”?`,
      `It replaces ${listOf(names.map((n) => RECORD_PHRASES[n]))} in this browser.${kept.length ? ` ${listOf(kept.map((n) => RECORD_PHRASES[n])).replace(/^y/, 'Y')} ${kept.length === 1 ? 'is' : 'are'} kept.` : ''} You can undo this until you close the browser.`,
      'Import',
    );
    if (!ok) return this.#status('Nothing was imported.');
    keepForUndo('the import', names);
    const failed: string[] = [];
    for (const name of names) {
      const saved = write(RECORDS[name] as never, () => result.records[name] as never);
      if (!saved.ok) failed.push(`${RECORD_PHRASES[name]} (${saved.message})`);
    }
    history.replaceState(history.state, '', urlWithState(window.location.href, '', RATING_KEYS));
    this.#link = { self: null, manager: null };
    this.#redrawOwn();
    this.#status(failed.length ? `Imported “${file.name}”, except ${listOf(failed)}.` : `Imported “${file.name}”.`);
  }

  #say(text: string) {
    this.#q('[data-banner-status]').textContent = text;
  }

  #fill() {
    for (const id of SKILL_IDS) {
      for (const radio of this.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)) radio.checked = Number(radio.value) === this.#view.levels[id];
      const area = this.querySelector<HTMLTextAreaElement>(`textarea[data-evidence="${id}"]`);
      if (area && document.activeElement !== area) {
        area.value = this.#view.evidence[id] ?? '';
        // A note already written shows without a click.
        area.closest('details')!.open = !!this.#view.evidence[id];
      }
    }
    this.#fillApplied();
  }

  #fillApplied() {
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-applied]')) {
      const id = box.dataset.applied as SkillId;
      box.checked = this.#view.applied.includes(id);
      box.disabled = !this.#view.levels[id];
    }
  }

  #render() {
    const data = this.#data!;
    const r = this.#view.levels;
    const count = ratedCount(r);
    const current = closestRung(r, data.rungs);
    const next = current ? nextRung(current, data.rungs) : null;
    const target = next ?? current;
    this.dataset.mode = this.#mode;
    this.#q('#results-h').textContent = RESULTS_HEADINGS[this.#mode];
    this.#q('[data-print-meta]').textContent =
      `Skills self-assessment, ${longDate(today())}${this.#mode === 'shared' ? ' (ratings from a shared link)' : this.#mode === 'manager' ? ' (a manager’s ratings of a colleague)' : ''}. ${count} of ${SKILL_IDS.length} skills rated.`;
    const gaps = target ? gapsTo(r, target) : [];
    const unrated = SKILL_DIMENSIONS.filter((d) => r[d.id] === 0);

    for (const banner of this.querySelectorAll<HTMLElement>('[data-banner]')) banner.hidden = banner.dataset.banner !== this.#mode;
    const own = undoable('ratings');
    this.#q('[data-action="undo"]').hidden = !own?.names.includes('ratings');
    if (own) this.#q('[data-undo-label]').textContent = ` (${own.action})`;
    // With an organisation's grades: "Project manager (Northwind grade: P2 Project Manager)".
    const grade = (id: string) => {
      const names = gradesForRole(data.orgGrades, id).map((g) => g.name);
      return names.length ? el('span', { 'data-org-grade': id }, ` (${data.orgGrades!.label}: ${names.join(' or ')})`) : null;
    };
    const closestText = (withLinks: boolean) =>
      current
        ? [
            'Closest role: ',
            withLinks ? el('a', { href: current.href, 'data-closest': current.id }, current.name) : current.name,
            grade(current.id),
            next ? '. Next rung: ' : '. You are at the top rung; the side doors in the explorer are the next moves.',
            next ? (withLinks ? el('a', { href: next.href, 'data-next': next.id }, next.name) : next.name) : null,
            next ? grade(next.id) : null,
            next ? '.' : null,
          ]
        : ['Rate at least one skill to see the closest role on the ladder.'];

    this.#q('[data-summary]').replaceChildren(
      el(
        'span',
        {},
        `${COUNT_LEADS[this.#mode](count, SKILL_IDS.length)}${unrated.length && count ? '; skills left unrated are left out of the match' : ''}. `,
        ...closestText(true),
      ),
    );
    // The summary at the top, so a phone shows the result without scrolling past the form.
    const top: Node[] = [el('p', {}, el('strong', {}, `${count} of ${SKILL_IDS.length} skills rated. `), ...closestText(false))];
    if (gaps.length)
      top.push(
        el(
          'p',
          {},
          `Grow first: ${gaps
            .slice(0, 3)
            .map((g) => `${g.label} (${g.have} → ${g.need})`)
            .join('; ')}.`,
        ),
      );
    if (count) top.push(el('p', {}, el('a', { href: '#results-h' }, 'See your full results')));
    this.#q('[data-top-summary]').replaceChildren(...top);

    this.#q('[data-next-col]').textContent = target?.name ?? 'Next role';
    this.#q('[data-chart-caption]').textContent = target
      ? `Your ratings (solid bars) compared with ${target.name} (dashed outline), level 1 to 5`
      : 'Your ratings (solid bars), level 1 to 5';
    this.#q('[data-table-body]').replaceChildren(
      ...SKILL_DIMENSIONS.map((d) => {
        const you = r[d.id];
        const need = target?.skills[d.id];
        return el(
          'tr',
          you ? {} : { class: 'not-rated' },
          el('th', { scope: 'row' }, d.label),
          el('td', {}, you || 'Not rated'),
          el('td', {}, need ?? '–'),
          el('td', {}, you && need && need > you ? `+${need - you}` : '–'),
        );
      }),
    );
    this.#chart(target);
    this.#q('[data-grow]').replaceChildren(
      ...(!target
        ? [el('li', {}, 'Rate your skills above to see what to grow first.')]
        : gaps.length === 0
          ? [el('li', {}, `Nothing among the skills you rated: they meet ${target.name} on every one.`)]
          : gaps.map((g) =>
              el(
                'li',
                { 'data-gap': g.id },
                el('strong', {}, `${g.label}: level ${g.have} → ${g.need}. `),
                g.target,
                el('p', { class: 'read-next-label' }, 'What to read next:'),
                el(
                  'ul',
                  { class: 'read-next' },
                  ...(data.readNext[g.id] ?? []).map((r) =>
                    el('li', {}, el('a', { href: r.href }, r.section), el('span', { class: 'small' }, ` in ${r.chapter}. `), r.why),
                  ),
                ),
              ),
            )),
    );
    this.#q('[data-unrated]').textContent = count && unrated.length ? `Not rated yet, so not in the gap: ${unrated.map((d) => d.label).join(', ')}.` : '';

    this.#renderPair();
    // Only a shared view keeps its ratings in the address bar; the reader's own stay out of it.
    if (this.#mode === 'shared') history.replaceState(history.state, '', urlWithState(window.location.href, ratedParams(rated(this.#view)), RATING_KEYS));
  }

  /** The two views side by side, when there is a manager's view. */
  #renderPair() {
    const box = this.#q('[data-two-views]');
    box.hidden = !this.#pair;
    this.#q('[data-action="remove-manager"]').hidden = this.#mode !== 'own' || !this.#view.manager;
    const kept = this.#q('[data-two-views-kept]');
    kept.textContent =
      this.#mode === 'own' && this.#view.manager?.keptOn ? `Your manager’s ratings as you kept them on ${longDate(this.#view.manager.keptOn)}.` : '';
    if (!this.#pair) return;
    renderTwoViews(
      {
        heading: this.#q('[data-two-views-heading]'),
        summary: this.#q('[data-two-views-summary]'),
        ownHead: this.#q('[data-two-views-own]'),
        otherHead: this.#q('[data-two-views-other]'),
        body: this.#q('[data-two-views-body]'),
        differences: this.#q('[data-differences]'),
      },
      this.#pair.own,
      this.#pair.other,
      this.#pair.viewer,
    );
  }

  /** Bars sized in percent and text in CSS pixels (no viewBox), so labels stay 14 px on any screen. */
  #chart(target: Rung | null) {
    const rowH = 46;
    const root = svg('svg', { width: '100%', height: SKILL_DIMENSIONS.length * rowH + 4, role: 'img', 'aria-labelledby': 'chart-caption', class: 'chart' });
    SKILL_DIMENSIONS.forEach((d, i) => {
      const y = i * rowH;
      const you = this.#view.levels[d.id];
      root.append(svg('text', { x: 0, y: y + 15, class: 'chart-label' }, d.label));
      if (you) root.append(svg('rect', { x: 1, y: y + 22, width: `${you * 19.6}%`, height: 16, rx: 3, class: 'chart-you', 'data-level': you }));
      else root.append(svg('text', { x: 4, y: y + 35, class: 'chart-unrated' }, 'Not rated'));
      if (target) root.append(svg('rect', { x: 1, y: y + 20, width: `${target.skills[d.id] * 19.6}%`, height: 20, rx: 3, class: 'chart-target' }));
    });
    this.#q('[data-chart]').replaceChildren(root);
  }
}

if (!customElements.get('skills-assessment')) customElements.define('skills-assessment', SkillsAssessment);

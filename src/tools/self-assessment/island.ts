/**
 * <skills-assessment>: reads the radio ratings, matches them to the ladder
 * (src/lib/assessment.ts), draws the gap chart as SVG with a table as its text
 * equivalent, and keeps the reader's ratings in the store (src/lib/store.ts).
 *
 * Three ways of showing ratings:
 * - "own": the reader's saved ratings; each change is saved at once.
 * - "shared": ratings from someone's link (#r=…); changes stay on the page
 *   until the reader chooses "Save as mine". Their own data is untouched.
 * - "locked": the saved ratings are in a newer or unreadable format; they are
 *   kept as they are and changes are not saved.
 * Every destructive action asks first and can be undone for the session.
 * All text is inserted as text.
 */
import { closestRung, emptyRatings, gapsTo, nextRung, ratedCount, type Ratings, type Rung } from '../../lib/assessment.ts';
import { ratingsFromUrl, ratingsParams, urlWithState, RATING_KEYS } from '../../lib/fragment.ts';
import { LEGACY_KEY } from '../../lib/assessment.ts';
import { RATINGS, RECORDS, type RecordName } from '../../lib/records.ts';
import { keyOf, type Loaded } from '../../lib/store.ts';
import { SKILL_DIMENSIONS, SKILL_IDS } from '../../lib/ladder/dimensions.ts';
import { el, readJson } from '../../browser/dom.ts';
import { gradesForRole, type OrgGradesJson } from '../../lib/org/grades.ts';
import { confirmAction } from '../../browser/confirm.ts';
import { onExternalChange, rawOf, read, write } from '../../browser/storage.ts';
import { wireCopyLink } from '../../browser/share.ts';
import { longDate } from '../../lib/days.ts';
import { download, exportAll, keepForUndo, migrate, readImport, shouldAdopt, storageWorks, undo, undoable } from '../../browser/tool-store.ts';

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
  ratings: 'your ratings',
  plan: 'your career plan',
  credentials: 'your credentials with their learning log',
  reading: 'your reading progress',
  chooser: 'your certification chooser answers',
};
const listOf = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const today = () => new Date().toISOString().slice(0, 10);

class SkillsAssessment extends HTMLElement {
  #data: Data | null = null;
  #ratings: Ratings = emptyRatings();
  #mode: 'own' | 'shared' | 'locked' = 'own';
  /** The stored record as last read or written (compared with copies from other tabs). */
  #stored: Loaded<Ratings> = { status: 'empty' };

  connectedCallback() {
    this.#data = readJson<Data>(this, 'script[data-assessment-data]');
    if (!this.#data) return;
    this.#q('[data-no-js]').hidden = true;
    this.#q('[data-top]').hidden = false;
    this.#q('[data-results]').hidden = false;

    const legacyProblem = migrate();
    this.#stored = read(RATINGS);
    const link = ratingsFromUrl(window.location.search, window.location.hash);
    if (link.fromQuery) history.replaceState(history.state, '', urlWithState(window.location.href, ratingsParams(link.ratings), RATING_KEYS));
    if (link.shared && !(this.#stored.status === 'ok' && ratingsParams(this.#stored.data) === ratingsParams(link.ratings))) {
      this.#mode = 'shared';
      this.#ratings = link.ratings;
    } else {
      this.#showOwn();
    }
    if (this.#stored.status === 'empty' && legacyProblem) this.#lock(`Answers saved by an earlier version of this page could not be read: ${legacyProblem}`, LEGACY_KEY);
    if (!storageWorks()) this.#notice('This browser is not letting the page save anything (storage is blocked or full). Your ratings work on this page but are gone when you leave it; export them to a file to keep them.', false);
    this.#fill();
    this.#render();

    this.querySelector('form')!.addEventListener('change', (e) => this.#change(e.target as HTMLInputElement));
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
      url: () => {
        const params = ratingsParams(this.#ratings);
        return params ? urlWithState(window.location.href, params, RATING_KEYS) : null;
      },
      fallback: this.#q<HTMLInputElement>('[data-copy-fallback]'),
      copied: 'Link copied. Whoever opens it sees these ratings, not your saved copy; nothing is stored on a server.',
      nothingYet: 'Rate at least one skill first: the link carries your ratings.',
    });
    // A shared link opened in this tab while the page is open changes only the fragment.
    window.addEventListener('hashchange', () => {
      if (window.location.hash && !/^#(.*&)?r=/.test(window.location.hash)) return; // a heading anchor, not a link's state
      const next = ratingsFromUrl('', window.location.hash);
      if (next.shared) {
        this.#mode = 'shared';
        this.#ratings = next.ratings;
      } else if (this.#mode === 'shared') this.#showOwn();
      else return;
      this.#fill();
      this.#render();
    });
    onExternalChange(RATINGS, (loaded) => {
      if (this.#mode === 'shared' || !shouldAdopt(this.#stored, loaded)) return;
      this.#q('[data-notice]').hidden = true;
      this.#showOwn(loaded);
      this.#fill();
      this.#render();
      this.#status('Your ratings were changed in another tab; this page now shows them.');
    });
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  /** Shows the reader's own saved ratings (or the locked notice when they cannot be read). */
  #showOwn(loaded = read(RATINGS)) {
    this.#stored = loaded;
    this.#mode = loaded.status === 'newer' || loaded.status === 'invalid' ? 'locked' : 'own';
    this.#ratings = loaded.status === 'ok' ? loaded.data : emptyRatings();
    if (this.#mode === 'locked') this.#lock(`Your saved ratings are kept as they are and cannot be changed here: ${'message' in loaded ? loaded.message : ''}`, keyOf(RATINGS), loaded.status === 'invalid');
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

  #change(input: HTMLInputElement) {
    const id = input.name as (typeof SKILL_IDS)[number];
    if (!SKILL_IDS.includes(id)) return;
    const level = input.value === '0' ? 0 : Number(input.value);
    if (this.#mode === 'own') {
      const saved = write(RATINGS, (r) => ({ ...r, [id]: level }));
      if (saved.ok) {
        this.#stored = saved.loaded;
        this.#ratings = saved.loaded.data;
      } else {
        this.#ratings = { ...this.#ratings, [id]: level };
        this.#status(`Not saved: ${saved.message}`);
      }
    } else {
      this.#ratings = { ...this.#ratings, [id]: level };
      if (this.#mode === 'locked') this.#status('Not saved: your saved ratings cannot be changed on this page (see the notice at the top).');
    }
    this.#render();
  }

  async #action(action: string) {
    if (action === 'save-shared') return this.#saveShared();
    if (action === 'show-own') {
      history.replaceState(history.state, '', urlWithState(window.location.href, '', RATING_KEYS));
      this.#showOwn();
      this.#fill();
      this.#render();
      return this.#status('Showing your own saved ratings.');
    }
    if (action === 'clear') return this.#clear();
    if (action === 'undo') return this.#undo();
    if (action === 'export') {
      download(`itpm-career-guide-${today()}.json`, 'application/json', exportAll());
      return this.#status('Exported your ratings, plan, credentials, reading progress and chooser answers. Keep the file to import it later or on another device.');
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
      const saved = write(RATINGS, () => emptyRatings(), true);
      if (!saved.ok) return this.#status(`Could not start afresh: ${saved.message}`);
      this.#q('[data-notice]').hidden = true;
      this.#showOwn(saved.loaded);
      this.#fill();
      this.#render();
      this.#status('Started afresh.');
    }
  }

  async #saveShared() {
    const own = read(RATINGS);
    if (own.status === 'newer') return this.#status(`Not saved: ${own.message}`);
    if (own.status === 'ok' && ratedCount(own.data) > 0) {
      const ok = await confirmAction(
        'Replace your saved ratings with these?',
        `Your own ratings (${ratedCount(own.data)} of ${SKILL_IDS.length} skills rated) are replaced by the shared ones. Your plan and reading progress are kept. You can undo this until you close the browser.`,
        'Replace my ratings',
      );
      if (!ok) return;
      keepForUndo('save a shared assessment as yours', ['ratings']);
    } else if (own.status === 'invalid') {
      // Saved data this page cannot read is still the reader's: ask, and keep its exact text for Undo (F3).
      const ok = await confirmAction(
        'Replace saved ratings this page cannot read?',
        'Your browser holds saved ratings that this page cannot read. Saving these replaces them. Download a copy first from the notice on this page if you may need it. You can undo this until you close the browser.',
        'Replace them',
      );
      if (!ok) return;
      keepForUndo('replace saved ratings this page could not read', ['ratings']);
    }
    const saved = write(RATINGS, () => this.#ratings, own.status === 'invalid');
    if (!saved.ok) return this.#status(`Not saved: ${saved.message}`);
    history.replaceState(history.state, '', urlWithState(window.location.href, '', RATING_KEYS));
    this.#q('[data-notice]').hidden = true;
    this.#showOwn(saved.loaded);
    this.#render();
    this.#status('Saved as your own ratings.');
  }

  async #clear() {
    const rated = ratedCount(this.#ratings);
    if (this.#mode !== 'own') return this.#status('There are no saved ratings of yours on show to clear.');
    if (rated === 0) return this.#status('There are no ratings to clear.');
    const ok = await confirmAction(
      'Clear your ratings?',
      `This clears your ${rated} rated ${rated === 1 ? 'skill' : 'skills'} from this browser. Your career plan, reading progress and chooser answers are kept. You can undo this until you close the browser.`,
      'Clear my ratings',
    );
    if (!ok) return;
    keepForUndo('clear your ratings', ['ratings']);
    const saved = write(RATINGS, () => emptyRatings());
    if (!saved.ok) return this.#status(`Not cleared: ${saved.message}`);
    this.#showOwn(saved.loaded);
    this.#fill();
    this.#render();
    this.#status('Your ratings were cleared. Your plan and reading progress are kept.');
  }

  #undo() {
    const what = undoable('ratings');
    if (!what || !undo('ratings')) return this.#status('There is nothing to undo.');
    this.#q('[data-notice]').hidden = true;
    history.replaceState(history.state, '', urlWithState(window.location.href, '', RATING_KEYS));
    this.#showOwn();
    this.#fill();
    this.#render();
    this.#status(`Undone: ${what.action}.`);
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
    this.#q('[data-notice]').hidden = true;
    history.replaceState(history.state, '', urlWithState(window.location.href, '', RATING_KEYS));
    this.#showOwn();
    this.#fill();
    this.#render();
    this.#status(failed.length ? `Imported “${file.name}”, except ${listOf(failed)}.` : `Imported “${file.name}”.`);
  }

  #fill() {
    for (const id of SKILL_IDS) {
      for (const radio of this.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)) radio.checked = Number(radio.value) === this.#ratings[id];
    }
  }

  #render() {
    const data = this.#data!;
    const r = this.#ratings;
    const rated = ratedCount(r);
    const current = closestRung(r, data.rungs);
    const next = current ? nextRung(current, data.rungs) : null;
    const target = next ?? current;
    this.#q('[data-print-meta]').textContent = `Skills self-assessment, ${longDate(today())}${this.#mode === 'shared' ? ' (ratings from a shared link)' : ''}. ${rated} of ${SKILL_IDS.length} skills rated.`;
    const gaps = target ? gapsTo(r, target) : [];
    const unrated = SKILL_DIMENSIONS.filter((d) => r[d.id] === 0);

    this.#q('[data-shared]').hidden = this.#mode !== 'shared';
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
      el('span', {}, `You have rated ${rated} of ${SKILL_IDS.length} skills${unrated.length && rated ? '; skills you have not rated are left out of the match' : ''}. `, ...closestText(true)),
    );
    // The summary at the top, so a phone shows the result without scrolling past the form.
    const top: Node[] = [el('p', {}, el('strong', {}, `${rated} of ${SKILL_IDS.length} skills rated. `), ...closestText(false))];
    if (gaps.length) top.push(el('p', {}, `Grow first: ${gaps.slice(0, 3).map((g) => `${g.label} (${g.have} → ${g.need})`).join('; ')}.`));
    if (rated) top.push(el('p', {}, el('a', { href: '#results-h' }, 'See your full results')));
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
                  ...(data.readNext[g.id] ?? []).map((r) => el('li', {}, el('a', { href: r.href }, r.section), el('span', { class: 'small' }, ` in ${r.chapter}. `), r.why)),
                ),
              ),
            )),
    );
    this.#q('[data-unrated]').textContent =
      rated && unrated.length ? `Not rated yet, so not in the gap: ${unrated.map((d) => d.label).join(', ')}.` : '';

    const params = ratingsParams(r);
    // Only a shared view keeps its ratings in the address bar; the reader's own stay out of it.
    if (this.#mode === 'shared') history.replaceState(history.state, '', urlWithState(window.location.href, params, RATING_KEYS));
  }

  /** Bars sized in percent and text in CSS pixels (no viewBox), so labels stay 14 px on any screen. */
  #chart(target: Rung | null) {
    const rowH = 46;
    const root = svg('svg', { width: '100%', height: SKILL_DIMENSIONS.length * rowH + 4, role: 'img', 'aria-labelledby': 'chart-caption', class: 'chart' });
    SKILL_DIMENSIONS.forEach((d, i) => {
      const y = i * rowH;
      const you = this.#ratings[d.id];
      root.append(svg('text', { x: 0, y: y + 15, class: 'chart-label' }, d.label));
      if (you) root.append(svg('rect', { x: 1, y: y + 22, width: `${you * 19.6}%`, height: 16, rx: 3, class: 'chart-you', 'data-level': you }));
      else root.append(svg('text', { x: 4, y: y + 35, class: 'chart-unrated' }, 'Not rated'));
      if (target) root.append(svg('rect', { x: 1, y: y + 20, width: `${target.skills[d.id] * 19.6}%`, height: 20, rx: 3, class: 'chart-target' }));
    });
    this.#q('[data-chart]').replaceChildren(root);
  }
}

if (!customElements.get('skills-assessment')) customElements.define('skills-assessment', SkillsAssessment);

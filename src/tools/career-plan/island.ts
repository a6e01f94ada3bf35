/**
 * <career-plan>: an editable short/mid/long-term plan, seeded from the
 * self-assessment and kept in the store (src/lib/store.ts) as its own record,
 * so nothing here can touch the ratings. Goals have a status and an optional
 * target date; the printout carries the reader's name (optional) and the
 * date. Edits from another tab appear here; replacing the plan asks first and
 * can be undone for the session. Text is only ever set as values or text.
 */
import {
  closestRung,
  goalLine,
  GOAL_STATUS_LABELS,
  GOAL_STATUSES,
  HORIZONS,
  MAX_ITEM_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PLAN_ITEMS,
  nextRung,
  planToMarkdown,
  suggestPlan,
  toGoals,
  UNRATED_PLAN_CONTEXT,
  type Goal,
  type GoalStatus,
  type Horizon,
  type Ratings,
  type Rung,
} from '../../lib/assessment.ts';
import { PLAN, RATINGS, type Plan } from '../../lib/records.ts';
import type { Assessment } from '../../lib/evidence.ts';
import { keyOf, type Loaded } from '../../lib/store.ts';
import { CREDENTIALS } from '../../lib/credentials-record.ts';
import { clipText, cutText } from '../../lib/text.ts';
import { longDate } from '../../lib/days.ts';
import { el, readJson } from '../../browser/dom.ts';
import { confirmAction } from '../../browser/confirm.ts';
import { gradesForRole, type OrgGradesJson } from '../../lib/org/grades.ts';
import { onExternalChange, rawOf, read, write } from '../../browser/storage.ts';
import { download, keepForUndo, migrate, shouldAdopt, storageWorks, undo, undoable } from '../../browser/tool-store.ts';

interface Data {
  rungs: Array<Rung & { href: string }>;
  /** An organisation's grades (its overlay), shown beside the guide's roles. */
  orgGrades?: OrgGradesJson;
}

const today = () => new Date().toISOString().slice(0, 10);

class CareerPlan extends HTMLElement {
  #data: Data | null = null;
  #ratings: Loaded<Assessment> = { status: 'empty' };
  #stored: Loaded<Plan> = { status: 'empty' };
  #plan: Plan = PLAN.empty();
  #locked = false;

  connectedCallback() {
    this.#data = readJson<Data>(this, 'script[data-plan-data]');
    if (!this.#data) return;
    this.#q('[data-no-js]').hidden = true;
    this.#q('[data-plan-app]').hidden = false;

    migrate();
    this.#ratings = read(RATINGS);
    this.#load(read(PLAN));
    if (!this.#locked && !this.#plan.seeded) this.#seed();
    if (!storageWorks())
      this.#notice(
        'This browser is not letting the page save anything (storage is blocked or full). You can write and print your plan, but it is gone when you leave this page.',
        false,
      );
    this.#render();

    this.addEventListener('input', (e) => this.#input(e.target as HTMLElement));
    this.addEventListener('change', (e) => this.#input(e.target as HTMLElement));
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button');
      if (button) void this.#click(button);
    });
    onExternalChange(PLAN, (loaded) => {
      if (!shouldAdopt(this.#stored, loaded)) return;
      this.#q('[data-notice]').hidden = true;
      this.#load(loaded);
      this.#render();
      this.#status('Your plan was changed in another tab; this page now shows it.');
    });
    onExternalChange(RATINGS, (loaded) => {
      this.#ratings = loaded;
      this.#context();
    });
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #load(loaded: Loaded<Plan>) {
    this.#stored = loaded;
    this.#locked = loaded.status === 'newer' || loaded.status === 'invalid';
    this.#plan = loaded.status === 'ok' ? loaded.data : PLAN.empty();
    if (this.#locked) {
      this.#notice(
        `Your saved plan is kept as it is and cannot be changed here: ${'message' in loaded ? loaded.message : ''}`,
        true,
        loaded.status === 'invalid',
      );
    }
  }

  #ratingsNow(): Ratings {
    return this.#ratings.status === 'ok' ? this.#ratings.data.levels : RATINGS.empty().levels;
  }

  #where() {
    const current = closestRung(this.#ratingsNow(), this.#data!.rungs);
    return { current, next: current ? nextRung(current, this.#data!.rungs) : null };
  }

  #suggestions(existing: Goal[] = []): Goal[] {
    const { current, next } = this.#where();
    return toGoals(suggestPlan(this.#ratingsNow(), current, next), existing);
  }

  /** First visit: the suggestions, plus any goals added from the chooser before. */
  #seed() {
    this.#save((p) => ({ ...p, seeded: true, goals: [...p.goals, ...this.#suggestions(p.goals)].slice(0, MAX_PLAN_ITEMS) }));
  }

  /** Applies a change to the latest stored plan (never to an older copy of it) and shows the result. */
  #save(update: (p: Plan) => Plan): boolean {
    if (this.#locked) {
      this.#status('Not saved: your saved plan cannot be changed on this page (see the notice at the top).');
      this.#plan = update(this.#plan);
      return false;
    }
    const saved = write(PLAN, update);
    if (saved.ok) {
      this.#stored = saved.loaded;
      this.#plan = saved.loaded.data;
      return true;
    }
    this.#plan = update(this.#plan);
    this.#status(`Not saved: ${saved.message}`);
    return false;
  }

  #status(text: string) {
    this.#q('[data-plan-status]').textContent = text;
  }

  #notice(text: string, withActions: boolean, canStartAfresh = false) {
    this.#q('[data-notice-text]').textContent = text;
    this.#q('[data-notice-actions]').hidden = !withActions;
    this.#q('[data-action="afresh"]').hidden = !canStartAfresh;
    this.#q('[data-notice]').hidden = false;
  }

  #input(target: HTMLElement) {
    const goalId = target.closest<HTMLElement>('[data-goal]')?.dataset.goal;
    const field = target.dataset.field;
    if (target.matches('[data-name]')) {
      const name = cutText((target as HTMLInputElement).value, MAX_NAME_LENGTH);
      this.#save((p) => ({ ...p, name }));
      this.#q('[data-print-meta]').textContent = this.#printMeta();
      return;
    }
    if (!goalId || !field) return;
    const value = (target as HTMLInputElement).value;
    const patch: Partial<Goal> =
      field === 'text'
        ? { text: cutText(value, MAX_ITEM_LENGTH) }
        : field === 'status' && (GOAL_STATUSES as readonly string[]).includes(value)
          ? { status: value as GoalStatus }
          : field === 'target'
            ? { target: value }
            : {};
    this.#save((p) => ({ ...p, goals: p.goals.map((g) => (g.id === goalId ? { ...g, ...patch } : g)) }));
    // Keep the printed copy in step without redrawing the field being typed in.
    const printed = this.querySelector(`[data-goal="${goalId}"] .print-text`);
    const goal = this.#plan.goals.find((g) => g.id === goalId);
    if (printed && goal) printed.textContent = this.#printLine(goal);
  }

  async #click(button: HTMLButtonElement) {
    const d = button.dataset;
    if (d.add) return this.#add(d.add as Horizon);
    if (d.remove) return this.#remove(d.remove);
    if (d.action === 'print') return window.print();
    if (d.action === 'markdown') return this.#markdown();
    if (d.action === 'suggest') {
      const ok = await confirmAction(
        'Replace your plan with fresh suggestions?',
        `Your ${this.#plan.goals.length} current ${this.#plan.goals.length === 1 ? 'goal is' : 'goals are'} replaced by suggestions from your self-assessment. You can undo this until you close the browser.`,
        'Replace my plan',
      );
      if (!ok) return;
      keepForUndo('replace your plan with fresh suggestions', ['plan']);
      this.#save((p) => ({ ...p, seeded: true, goals: this.#suggestions() }));
      this.#render();
      return this.#status('The plan now holds fresh suggestions from your assessment. Undo brings your previous goals back.');
    }
    if (d.action === 'undo') {
      const what = undoable('plan');
      if (!what || !undo('plan')) return this.#status('There is nothing to undo.');
      this.#q('[data-notice]').hidden = true;
      this.#load(read(PLAN));
      this.#render();
      return this.#status(`Undone: ${what.action}.`);
    }
    if (d.action === 'download-saved') return download(`itpm-career-guide-saved-plan-${today()}.json`, 'application/json', rawOf(keyOf(PLAN)) ?? '');
    if (d.action === 'afresh') {
      const ok = await confirmAction(
        'Start a new plan?',
        'The saved plan this page cannot read is replaced by fresh suggestions. Download a copy first if you may need it. You can undo this until you close the browser.',
        'Start a new plan',
      );
      if (!ok) return;
      keepForUndo('start a new plan', ['plan']);
      const saved = write(PLAN, () => ({ seeded: true, name: '', goals: this.#suggestions() }), true);
      if (!saved.ok) return this.#status(`Could not start a new plan: ${saved.message}`);
      this.#q('[data-notice]').hidden = true;
      this.#load(saved.loaded);
      this.#render();
      this.#status('Started a new plan.');
    }
  }

  #add(horizon: Horizon) {
    if (this.#plan.goals.length >= MAX_PLAN_ITEMS) return this.#status(`A plan holds up to ${MAX_PLAN_ITEMS} goals.`);
    let added = '';
    this.#save((p) => {
      const [goal] = toGoals([{ horizon, text: '' }], p.goals);
      added = goal!.id;
      return { ...p, goals: [...p.goals, goal!] };
    });
    this.#render();
    this.querySelector<HTMLTextAreaElement>(`[data-goal="${added}"] textarea`)?.focus();
  }

  async #remove(id: string) {
    const goal = this.#plan.goals.find((g) => g.id === id);
    if (!goal) return;
    // An empty goal holds nothing to lose; one with words in it is removed only when the reader confirms.
    if (goal.text.trim()) {
      const ok = await confirmAction(
        'Remove this goal?',
        `“${clipText(goal.text.trim(), 120)}” is removed from your plan. You can undo this until you close the browser.`,
        'Remove the goal',
      );
      if (!ok) return;
    }
    // Removing an empty goal loses nothing, so it takes no place in the undo history.
    const hasWords = goal.text.trim() !== '';
    if (hasWords) keepForUndo('remove a goal', ['plan']);
    this.#save((p) => ({ ...p, goals: p.goals.filter((g) => g.id !== id) }));
    this.#render();
    this.querySelector<HTMLButtonElement>(`[data-add="${goal.horizon}"]`)?.focus();
    this.#status(hasWords ? 'Goal removed. Undo brings it back.' : 'Empty goal removed.');
  }

  #markdown() {
    const { current, next } = this.#where();
    const md = planToMarkdown(this.#plan.goals, { current: current?.name, next: next?.name, date: today(), name: this.#plan.name });
    download(`career-plan-${today()}.md`, 'text/markdown', md);
    this.#status('Downloaded your plan as Markdown.');
  }

  #printMeta() {
    const date = longDate(today());
    return this.#plan.name.trim() ? `Career plan for ${this.#plan.name.trim()}, ${date}` : `Career plan, ${date}`;
  }

  #printLine(goal: Goal) {
    return goalLine(goal);
  }

  #context() {
    const { current, next } = this.#where();
    const grade = (id: string) => {
      const names = gradesForRole(this.#data!.orgGrades, id).map((g) => g.name);
      return names.length ? ` (${this.#data!.orgGrades!.label}: ${names.join(' or ')})` : '';
    };
    this.#q('[data-context]').textContent =
      'message' in this.#ratings
        ? 'Your saved self-assessment cannot be read here, so the suggestions do not use it. It is kept as it is; the self-assessment page offers a download of it and a fresh start.'
        : current
          ? `From your self-assessment: closest role ${current.name}${grade(current.id)}${next ? `, next step ${next.name}${grade(next.id)}` : ''}.`
          : UNRATED_PLAN_CONTEXT;
  }

  #render() {
    // Redrawing must not lose the reader's place: remember the focused field and caret.
    const active = document.activeElement as HTMLInputElement | null;
    const focusGoal = active?.closest<HTMLElement>('[data-goal]')?.dataset.goal;
    const focusField = active?.dataset.field;
    const caret = active && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;

    this.#context();
    const name = this.#q<HTMLInputElement>('[data-name]');
    if (name.value !== this.#plan.name) name.value = this.#plan.name;
    this.#q('[data-print-meta]').textContent = this.#printMeta();
    const what = undoable('plan');
    this.#q('[data-action="undo"]').hidden = !what?.names.includes('plan');
    if (what) this.#q('[data-undo-label]').textContent = ` (${what.action})`;

    for (const h of HORIZONS) {
      const items = this.#plan.goals.filter((g) => g.horizon === h);
      this.#q(`[data-horizon="${h}"] [data-items]`).replaceChildren(
        ...items.map((goal, n) => {
          const id = `goal-${goal.id}`;
          const area = el('textarea', { id, rows: 2, maxlength: MAX_ITEM_LENGTH, 'data-field': 'text' });
          area.value = goal.text;
          const status = el(
            'select',
            { id: `${id}-status`, 'data-field': 'status' },
            ...GOAL_STATUSES.map((s) => el('option', { value: s, selected: s === goal.status }, GOAL_STATUS_LABELS[s])),
          );
          const target = el('input', { id: `${id}-target`, type: 'date', 'data-field': 'target', value: goal.target });
          return el(
            'li',
            { class: `plan-item status-${goal.status}`, 'data-goal': goal.id },
            el('label', { for: id, class: 'sr-only' }, `Goal ${n + 1}`),
            area,
            el('span', { class: 'print-text' }, this.#printLine(goal)),
            el(
              'div',
              { class: 'goal-meta no-print' },
              el('span', { class: 'field' }, el('label', { for: `${id}-status` }, 'Status', el('span', { class: 'sr-only' }, ` of goal ${n + 1}`)), status),
              el(
                'span',
                { class: 'field' },
                el('label', { for: `${id}-target` }, 'Target date', el('span', { class: 'sr-only' }, ` for goal ${n + 1}`)),
                target,
              ),
              el('button', { type: 'button', class: 'button', 'data-remove': goal.id }, 'Remove', el('span', { class: 'sr-only' }, ` goal ${n + 1}`)),
            ),
          );
        }),
      );
    }
    if (focusGoal && focusField) {
      const again = this.querySelector<HTMLInputElement>(`[data-goal="${focusGoal}"] [data-field="${focusField}"]`);
      again?.focus();
      if (again && caret && again.tagName === 'TEXTAREA') again.setSelectionRange(caret[0] ?? null, caret[1] ?? null);
    }
  }
}

if (!customElements.get('career-plan')) customElements.define('career-plan', CareerPlan);

/**
 * "Credentials you hold" (<held-credentials>, ./credentials.ts) and the
 * renewal data it fetches load only for a reader who has saved credentials,
 * presses "Add a credential you hold", or adds one in another tab; everyone
 * else's plan page does not carry them.
 */
const held = document.querySelector<HTMLElement>('held-credentials');
if (held && !customElements.get('held-credentials')) {
  let loading: Promise<unknown> | null = null;
  const load = () =>
    (loading ??= import('./credentials.ts').catch(() => {
      for (const p of held.querySelectorAll('[data-held-status], [data-held-announce]'))
        p.textContent = 'This part of the page could not be loaded. Reload the page to try again.';
    }));
  if (rawOf(keyOf(CREDENTIALS)) !== null) void load();
  else {
    held.querySelector('[data-held-start]')?.addEventListener(
      'click',
      () => {
        if (loading) return;
        held.setAttribute('data-adding', '');
        void load();
      },
      { once: true },
    );
    window.addEventListener('storage', (e) => {
      if (e.key === keyOf(CREDENTIALS) && e.newValue !== null) void load();
    });
  }
}

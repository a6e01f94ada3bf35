/**
 * <career-plan>: an editable short/mid/long-term plan, seeded from the
 * self-assessment, saved with it in localStorage, printable and exportable as
 * Markdown. Items are textareas; text is only ever set as values or text.
 */
import {
  closestRung,
  emptyRatings,
  HORIZONS,
  MAX_ITEM_LENGTH,
  MAX_PLAN_ITEMS,
  nextRung,
  planToMarkdown,
  ratedCount,
  suggestPlan,
  type Horizon,
  type PlanItem,
  type Ratings,
  type Rung,
} from '../lib/assessment.ts';
import { el, readJson } from './dom.ts';
import { clearProgress, download, loadProgress, saveProgress } from './progress-store.ts';

interface Data {
  rungs: Array<Rung & { href: string }>;
}

class CareerPlan extends HTMLElement {
  #data: Data | null = null;
  #ratings: Ratings = emptyRatings();
  #plan: PlanItem[] = [];

  connectedCallback() {
    this.#data = readJson<Data>(this, 'script[data-plan-data]');
    if (!this.#data) return;
    this.querySelector<HTMLElement>('[data-no-js]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-plan-app]')!.hidden = false;

    const stored = loadProgress();
    if (stored.status === 'ok') {
      this.#ratings = stored.progress.ratings;
      this.#plan = stored.progress.plan ?? this.#suggest();
    } else {
      if (stored.status === 'invalid') this.#notice(`Your saved plan could not be read: ${stored.message} You can reset it and start again.`);
      this.#plan = this.#suggest();
    }
    this.#render();

    this.addEventListener('input', (e) => {
      const area = e.target as HTMLTextAreaElement;
      if (!area.matches('textarea[data-index]')) return;
      const item = this.#plan[Number(area.dataset.index)];
      if (item) item.text = area.value.slice(0, MAX_ITEM_LENGTH);
      const printed = area.nextElementSibling;
      if (printed) printed.textContent = area.value;
      this.#save();
    });
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      if (button.dataset.add) this.#add(button.dataset.add as Horizon);
      else if (button.dataset.remove !== undefined) this.#remove(Number(button.dataset.remove));
      else if (button.hasAttribute('data-print')) window.print();
      else if (button.hasAttribute('data-markdown')) this.#markdown();
      else if (button.hasAttribute('data-suggest')) {
        this.#plan = this.#suggest();
        this.#save();
        this.#render();
        this.#status('The plan now holds fresh suggestions from your assessment.');
      } else if (button.hasAttribute('data-reset-storage')) {
        clearProgress();
        this.#ratings = emptyRatings();
        this.#plan = this.#suggest();
        this.querySelector<HTMLElement>('[data-notice]')!.hidden = true;
        this.#render();
        this.#status('Saved data reset.');
      }
    });
  }

  #where() {
    const current = closestRung(this.#ratings, this.#data!.rungs);
    return { current, next: nextRung(current, this.#data!.rungs) };
  }

  #suggest(): PlanItem[] {
    const { current, next } = this.#where();
    return suggestPlan(this.#ratings, current, next);
  }

  #save() {
    if (!saveProgress(this.#ratings, this.#plan)) this.#status('Your browser would not save the plan (storage is off or full).');
  }

  #status(text: string) {
    this.querySelector('[data-plan-status]')!.textContent = text;
  }

  #notice(text: string) {
    this.querySelector('[data-notice-text]')!.textContent = text;
    this.querySelector<HTMLElement>('[data-notice]')!.hidden = false;
  }

  #add(horizon: Horizon) {
    if (this.#plan.length >= MAX_PLAN_ITEMS) return this.#status(`A plan holds up to ${MAX_PLAN_ITEMS} goals.`);
    this.#plan.push({ horizon, text: '' });
    this.#save();
    this.#render();
    const areas = this.querySelectorAll<HTMLTextAreaElement>(`[data-horizon="${horizon}"] textarea`);
    areas[areas.length - 1]?.focus();
  }

  #remove(index: number) {
    const item = this.#plan[index];
    if (!item) return;
    this.#plan.splice(index, 1);
    this.#save();
    this.#render();
    this.querySelector<HTMLButtonElement>(`[data-add="${item.horizon}"]`)?.focus();
    this.#status('Goal removed.');
  }

  #markdown() {
    const { current, next } = this.#where();
    const date = new Date().toISOString().slice(0, 10);
    const md = planToMarkdown(this.#plan, {
      current: ratedCount(this.#ratings) > 0 ? current.name : undefined,
      next: ratedCount(this.#ratings) > 0 ? next?.name : undefined,
      date,
    });
    download(`career-plan-${date}.md`, 'text/markdown', md);
    this.#status('Downloaded your plan as Markdown.');
  }

  #render() {
    const { current, next } = this.#where();
    const context = this.querySelector('[data-context]')!;
    context.replaceChildren(
      ratedCount(this.#ratings) > 0
        ? `From your self-assessment: closest role ${current.name}${next ? `, next step ${next.name}` : ''}.`
        : 'You have not rated your skills yet, so these are general suggestions. Rate yourself first for a plan built on your own gaps.',
    );
    for (const h of HORIZONS) {
      const list = this.querySelector(`[data-horizon="${h}"] [data-items]`)!;
      const items = this.#plan.map((item, index) => ({ item, index })).filter(({ item }) => item.horizon === h);
      list.replaceChildren(
        ...items.map(({ item, index }, n) => {
          const id = `goal-${h}-${n}`;
          const area = el('textarea', { id, rows: 2, maxlength: MAX_ITEM_LENGTH, 'data-index': index });
          area.value = item.text;
          return el(
            'li',
            { class: 'plan-item' },
            el('label', { for: id, class: 'sr-only' }, `Goal ${n + 1}`),
            area,
            el('span', { class: 'print-text' }, item.text),
            el('button', { type: 'button', class: 'button no-print', 'data-remove': index }, 'Remove', el('span', { class: 'sr-only' }, ` goal ${n + 1}`)),
          );
        }),
      );
    }
  }
}

if (!customElements.get('career-plan')) customElements.define('career-plan', CareerPlan);

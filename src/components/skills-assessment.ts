/**
 * <skills-assessment>: reads the radio ratings, matches them to the ladder
 * (src/lib/assessment.ts), draws the gap chart as SVG with a table as its text
 * equivalent, and keeps answers in localStorage, a shareable link and
 * export/import files. All text is inserted as text.
 */
import {
  closestRung,
  decodeRatings,
  emptyRatings,
  encodeRatings,
  gapsTo,
  nextRung,
  parseProgress,
  ratedCount,
  serialiseProgress,
  type Ratings,
  type Rung,
} from '../lib/assessment.ts';
import { SKILL_DIMENSIONS, SKILL_IDS } from '../lib/ladder/dimensions.ts';
import { el, readJson } from './dom.ts';
import { clearProgress, download, loadProgress, saveProgress } from './progress-store.ts';

interface Data {
  rungs: Array<Rung & { href: string }>;
  helps: Record<string, Array<{ href: string; text: string }>>;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

class SkillsAssessment extends HTMLElement {
  #data: Data | null = null;
  #ratings: Ratings = emptyRatings();
  #plan: unknown = null;

  connectedCallback() {
    this.#data = readJson<Data>(this, 'script[data-assessment-data]');
    if (!this.#data) return;
    this.querySelector<HTMLElement>('[data-no-js]')!.hidden = true;
    const form = this.querySelector('form')!;

    const fromUrl = new URLSearchParams(window.location.search).get('r');
    const stored = loadProgress();
    if (fromUrl !== null && ratedCount(decodeRatings(fromUrl)) > 0) {
      this.#ratings = decodeRatings(fromUrl);
      this.#status('Showing ratings from a shared link. Changing any rating saves them as your own.');
    } else if (stored.status === 'ok') {
      this.#ratings = stored.progress.ratings;
      this.#plan = stored.progress.plan;
    } else if (stored.status === 'invalid') {
      this.#notice(`Your saved answers could not be read: ${stored.message} You can reset them and start again.`);
    }
    this.#fill();
    this.#render();

    form.addEventListener('change', () => {
      this.#read();
      if (!saveProgress(this.#ratings, (this.#plan as never) ?? null)) this.#status('Your browser would not save the answers (storage is off or full).');
      this.#render();
    });
    this.querySelector('[data-reset-storage]')!.addEventListener('click', () => {
      clearProgress();
      this.#ratings = emptyRatings();
      this.#plan = null;
      this.querySelector<HTMLElement>('[data-notice]')!.hidden = true;
      this.#fill();
      this.#render();
      this.#status('Saved data reset.');
    });
    this.querySelector('[data-clear]')!.addEventListener('click', () => {
      clearProgress();
      this.#ratings = emptyRatings();
      this.#plan = null;
      this.#fill();
      this.#render();
      this.#status('Your answers were cleared from this browser.');
    });
    this.querySelector('[data-export]')!.addEventListener('click', () => {
      const date = new Date().toISOString().slice(0, 10);
      download(`itpm-skills-${date}.json`, 'application/json', serialiseProgress(this.#ratings, (this.#plan as never) ?? null, new Date()));
      this.#status('Exported. Keep the file to import it later or on another device.');
    });
    this.querySelector<HTMLInputElement>('[data-import]')!.addEventListener('change', async (e) => {
      const input = e.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      if (file.size > 100_000) return this.#status('That file is too large to be an export from this page.');
      const result = parseProgress(await file.text());
      if (result.status !== 'ok') {
        return this.#status(`Could not import “${file.name}”: ${result.status === 'invalid' ? result.message : 'the file is empty.'}`);
      }
      this.#ratings = result.progress.ratings;
      this.#plan = result.progress.plan;
      saveProgress(this.#ratings, result.progress.plan);
      this.#fill();
      this.#render();
      this.#status(`Imported “${file.name}”.`);
    });
  }

  #status(text: string) {
    this.querySelector('[data-io-status]')!.textContent = text;
  }

  #notice(text: string) {
    this.querySelector('[data-notice-text]')!.textContent = text;
    this.querySelector<HTMLElement>('[data-notice]')!.hidden = false;
  }

  #fill() {
    for (const id of SKILL_IDS) {
      for (const radio of this.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)) radio.checked = Number(radio.value) === this.#ratings[id];
    }
  }

  #read() {
    const r = emptyRatings();
    for (const id of SKILL_IDS) {
      const checked = this.querySelector<HTMLInputElement>(`input[name="${id}"]:checked`);
      r[id] = checked ? Number(checked.value) : 0;
    }
    this.#ratings = r;
  }

  #render() {
    const data = this.#data!;
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    results.hidden = false;
    const rated = ratedCount(this.#ratings);
    const current = closestRung(this.#ratings, data.rungs);
    const next = nextRung(current, data.rungs);
    const summary = this.querySelector('[data-summary]')!;
    summary.replaceChildren(
      el(
        'span',
        {},
        `You have rated ${rated} of ${SKILL_IDS.length} skills${rated < SKILL_IDS.length ? ' (unrated ones count as level 1)' : ''}. Closest role: `,
        el('a', { href: current.href, 'data-closest': current.id }, current.name),
        next ? '. Next rung: ' : '. You are at the top rung; the side doors in the explorer are the next moves.',
        next ? el('a', { href: next.href, 'data-next': next.id }, next.name) : null,
        next ? '.' : null,
      ),
    );
    const target = next ?? current;
    const gaps = gapsTo(this.#ratings, target);
    this.querySelector('[data-next-col]')!.textContent = target.name;
    this.querySelector('[data-chart-caption]')!.textContent = `Your ratings (solid) compared with ${target.name} (outline), level 1 to 5`;
    this.querySelector('[data-table-body]')!.replaceChildren(
      ...SKILL_DIMENSIONS.map((d) => {
        const you = this.#ratings[d.id] || 1;
        const need = target.skills[d.id];
        return el('tr', {}, el('th', { scope: 'row' }, d.label), el('td', {}, you), el('td', {}, need), el('td', {}, need > you ? `+${need - you}` : '–'));
      }),
    );
    this.#chart(target);
    this.querySelector('[data-grow]')!.replaceChildren(
      ...(gaps.length === 0
        ? [el('li', {}, `Nothing: your ratings meet ${target.name} on every skill.`)]
        : gaps.map((g) =>
            el(
              'li',
              { 'data-gap': g.id },
              el('strong', {}, `${g.label}: level ${g.have} → ${g.need}. `),
              g.target,
              el('span', { class: 'helps' }, ' Helps: ', ...(data.helps[g.id] ?? []).flatMap((l, i) => [i ? ', ' : '', el('a', { href: l.href }, l.text)])),
            ),
          )),
    );
    const code = encodeRatings(this.#ratings);
    const share = new URL(window.location.href);
    share.search = code ? `?r=${code}` : '';
    share.hash = '';
    this.querySelector<HTMLInputElement>('[data-share]')!.value = share.toString();
    history.replaceState(history.state, '', share);
  }

  #chart(target: Rung) {
    const rowH = 30;
    const labelW = 210;
    const unit = 70;
    const height = SKILL_DIMENSIONS.length * rowH + 10;
    const root = svg('svg', { viewBox: `0 0 ${labelW + unit * 5 + 10} ${height}`, role: 'img', 'aria-labelledby': 'chart-caption', class: 'chart' });
    SKILL_DIMENSIONS.forEach((d, i) => {
      const y = i * rowH + 5;
      const you = this.#ratings[d.id] || 1;
      root.append(
        svg('text', { x: 0, y: y + 18, class: 'chart-label' }, d.label),
        svg('rect', { x: labelW, y: y + 4, width: unit * you, height: 16, rx: 3, class: 'chart-you' }),
        svg('rect', { x: labelW, y: y + 2, width: unit * target.skills[d.id], height: 20, rx: 3, class: 'chart-target' }),
      );
    });
    this.querySelector('[data-chart]')!.replaceChildren(root);
  }
}

if (!customElements.get('skills-assessment')) customElements.define('skills-assessment', SkillsAssessment);

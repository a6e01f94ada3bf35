/**
 * <glossary-filter>: filter-as-you-type and category filter over the
 * server-rendered glossary. The list is complete without JavaScript. With a
 * query, the matching entries move (the elements themselves, so ids and
 * reading order stay true) into one list, best match first: a term's own name
 * or alias before terms that only mention the words; clearing the query puts
 * every entry back under its letter. A category alone keeps the A–Z groups.
 * A live count is announced and the filter mirrored in the URL
 * (?q=…&category=…) so a filtered view can be shared. Matching, ranking and
 * URL decoding are pure functions in src/lib/glossary.ts.
 */
import { decodeGlossaryFilter, encodeGlossaryFilter, rankedMatches, type GlossaryFilter } from '../../lib/glossary.ts';
import { safeDecode } from '../../lib/url.ts';

class GlossaryFilterElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-controls]');
    const input = this.querySelector<HTMLInputElement>('#glossary-query');
    const select = this.querySelector<HTMLSelectElement>('#glossary-category');
    const count = this.querySelector<HTMLElement>('[data-count]');
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    const ranked = this.querySelector<HTMLElement>('[data-ranked]');
    const rankedNote = this.querySelector<HTMLElement>('[data-ranked-note]');
    if (!form || !input || !select || !count || !empty || !ranked || !rankedNote) return;

    const categories = [...select.options].map((o) => o.value).filter(Boolean);
    const terms = [...this.querySelectorAll<HTMLElement>('.glossary-term')].map((el) => ({
      el,
      data: {
        name: el.dataset.name ?? '',
        aliases: (el.dataset.aliases ?? '').split('|').filter(Boolean),
        summary: el.dataset.summary ?? '',
        category: el.dataset.category ?? '',
      },
    }));
    // Each letter's entries in A–Z order, to put them back after a ranked view.
    const groups = [...this.querySelectorAll<HTMLElement>('.letter-group')].map((section) => ({
      section,
      entries: [...section.querySelectorAll<HTMLElement>('.glossary-term')],
    }));
    const letterLinks = new Map([...this.querySelectorAll<HTMLElement>('[data-letter-link]')].map((li) => [li.dataset.letterLink ?? '', li]));
    let rankedView = false;

    const apply = (filter: GlossaryFilter, updateUrl: boolean) => {
      const matches = rankedMatches(terms, filter);
      const shown = new Set(matches.map((m) => m.el));
      for (const t of terms) t.el.hidden = !shown.has(t.el);
      const byRank = filter.query.trim() !== '';
      if (byRank) {
        ranked.append(...matches.map((m) => m.el));
        rankedView = true;
      } else if (rankedView) {
        for (const g of groups) g.section.append(...g.entries);
        rankedView = false;
      }
      ranked.hidden = !byRank || matches.length === 0;
      rankedNote.hidden = ranked.hidden;
      for (const g of groups) {
        const visible = !byRank && g.entries.some((e) => !e.hidden);
        g.section.hidden = !visible;
        const li = letterLinks.get(g.section.dataset.letter ?? '');
        if (li) li.hidden = !visible;
      }
      const filtered = byRank || filter.category !== '';
      count.textContent = filtered ? `${matches.length} of ${terms.length} terms shown` : `${terms.length} terms`;
      empty.hidden = matches.length > 0;
      if (updateUrl) {
        const url = new URL(window.location.href);
        url.search = encodeGlossaryFilter(filter);
        history.replaceState(history.state, '', url);
      }
    };

    const current = (): GlossaryFilter => ({ query: input.value, category: select.value });

    // Start from the URL (hostile values fall back to "no filter").
    const initial = decodeGlossaryFilter(window.location.search, categories);
    input.value = initial.query;
    select.value = initial.category;
    form.hidden = false;
    apply(initial, false);

    form.addEventListener('submit', (e) => e.preventDefault());
    input.addEventListener('input', () => apply(current(), true));
    select.addEventListener('change', () => apply(current(), true));

    // A deep link (#term) must never point at a hidden entry: clear the filter.
    const revealTarget = () => {
      // A malformed escape ("#%") is no target at all.
      const id = safeDecode(window.location.hash.slice(1)) ?? '';
      const target = id ? document.getElementById(id) : null;
      if (target?.classList.contains('glossary-term') && target.hidden) {
        input.value = '';
        select.value = '';
        apply(current(), true);
        target.scrollIntoView();
      }
      if (target?.classList.contains('glossary-term')) target.focus({ preventScroll: true });
    };
    window.addEventListener('hashchange', revealTarget);
    revealTarget();
  }
}

if (!customElements.get('glossary-filter')) customElements.define('glossary-filter', GlossaryFilterElement);

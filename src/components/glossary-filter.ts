/**
 * <glossary-filter>: filter-as-you-type and category filter over the
 * server-rendered glossary. The list is complete without JavaScript; this only
 * toggles `hidden`, updates a live count, and mirrors the filter in the URL
 * (?q=…&category=…) so a filtered view can be shared. Matching and URL
 * decoding are pure functions in src/lib/glossary.ts.
 */
import { decodeGlossaryFilter, encodeGlossaryFilter, matchesFilter, type GlossaryFilter } from '../lib/glossary.ts';
import { safeDecode } from '../lib/url.ts';

class GlossaryFilterElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-controls]');
    const input = this.querySelector<HTMLInputElement>('#glossary-query');
    const select = this.querySelector<HTMLSelectElement>('#glossary-category');
    const count = this.querySelector<HTMLElement>('[data-count]');
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (!form || !input || !select || !count || !empty) return;

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
    const groups = [...this.querySelectorAll<HTMLElement>('.letter-group')];
    const letterLinks = new Map(
      [...this.querySelectorAll<HTMLElement>('[data-letter-link]')].map((li) => [li.dataset.letterLink ?? '', li]),
    );

    const apply = (filter: GlossaryFilter, updateUrl: boolean) => {
      let shown = 0;
      for (const t of terms) {
        const match = matchesFilter(t.data, filter);
        t.el.hidden = !match;
        if (match) shown++;
      }
      for (const g of groups) {
        const visible = g.querySelector('.glossary-term:not([hidden])') !== null;
        g.hidden = !visible;
        const li = letterLinks.get(g.dataset.letter ?? '');
        if (li) li.hidden = !visible;
      }
      const filtered = filter.query.trim() !== '' || filter.category !== '';
      count.textContent = filtered ? `${shown} of ${terms.length} terms shown` : `${terms.length} terms`;
      empty.hidden = shown > 0;
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

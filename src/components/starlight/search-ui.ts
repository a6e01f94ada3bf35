/**
 * The search UI, loaded on demand by ./site-search.ts: Pagefind's default UI
 * with Starlight's configuration and styles, as Starlight 0.42.4 sets it up.
 */
// By URL, not as a side-effect import: Astro would put a CSS import of this
// lazily loaded module into every page's <head>, defeating the point.
import stylesUrl from './search-ui.css?url';
// @ts-expect-error — @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
// @ts-expect-error — Starlight's virtual module (its `pagefind` option) has no public types.
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { missingWords } from '../../lib/search-match.ts';

const quoteList = (list: string[]) => list.map((w) => `“${w}”`).join(list.length === 2 ? ' or ' : ', ');

/**
 * Says so when the results do not contain the reader's words: Pagefind then
 * shows pages that share only the first letters of a word, ranked as if they
 * matched. The note sits above the results and is read out; it goes when the
 * words are found.
 */
function honestResults(element: HTMLElement): void {
  const note = document.createElement('p');
  note.className = 'search-honest';
  note.setAttribute('role', 'status');
  // Styled here: search-ui.css stays Starlight's own, rule for rule.
  Object.assign(note.style, {
    margin: '0.75rem 0 0',
    padding: '0.5rem 0.75rem',
    borderInlineStart: '3px solid var(--sl-color-orange-high)',
    color: 'var(--sl-color-white)',
    fontSize: 'var(--sl-text-sm)',
  });
  let last = '';
  const check = () => {
    const area = element.querySelector('.pagefind-ui__results-area');
    const query = element.querySelector<HTMLInputElement>('input')?.value ?? '';
    const results = element.querySelectorAll('.pagefind-ui__result');
    const marks = [...element.querySelectorAll('.pagefind-ui__result mark')].map((m) => m.textContent ?? '');
    const missing = results.length ? missingWords(query, marks) : [];
    const text = missing.length
      ? `No page contains ${quoteList(missing)}. The results below only share the first letters of ${missing.length === 1 ? 'that word' : 'those words'}.`
      : '';
    if (area && note.parentElement !== area) area.prepend(note);
    if (text !== last) {
      last = text;
      note.textContent = text;
      note.hidden = !text;
    }
  };
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      check();
    });
  }).observe(element, { childList: true, subtree: true, characterData: true });
}

/** Adds the search UI's stylesheet once; resolves when it has loaded (or failed: the UI still works unstyled). */
function loadStyles(): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>('link[data-search-ui]');
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesUrl;
  link.dataset.searchUi = '';
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}

/** Creates the Pagefind UI in `element` (once); `translations` is the JSON from data-translations. */
export async function mountSearch(element: HTMLElement, translations: string | undefined): Promise<void> {
  if (element.dataset.mounted !== undefined) return;
  element.dataset.mounted = '';
  // Styled before it is shown, so the dialog does not flash unstyled results.
  await loadStyles();
  let t = {};
  try {
    t = JSON.parse(translations || '{}');
  } catch {
    // Untranslated strings are still usable.
  }
  const base = import.meta.env.BASE_URL;
  new PagefindUI({
    ...pagefindUserConfig,
    element,
    baseUrl: base,
    bundlePath: base.replace(/\/$/, '') + '/pagefind/',
    showImages: false,
    translations: t,
    showSubResults: true,
  });
  honestResults(element);
}

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
}

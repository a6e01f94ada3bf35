import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteSearchButton } from '../../src/lib/search-button.ts';

// The shape Starlight 0.42 renders (scoped class names vary per build).
const starlightMarkup =
  '<site-search class="astro-a"><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-b">' +
  '<svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block astro-b" aria-hidden="true">Search</span>' +
  '<kbd class="sl-hidden md:sl-flex astro-b" style="display: none;"><kbd class="astro-b">Ctrl</kbd><kbd class="astro-b">K</kbd></kbd>' +
  '</button><dialog style="padding:0" aria-label="Search"></dialog></site-search>';

test('the button is named by its visible text, not an aria-label', () => {
  const out = rewriteSearchButton(starlightMarkup, 'Search');
  const button = out.slice(out.indexOf('<button'), out.indexOf('</button>'));
  assert.doesNotMatch(button.slice(0, button.indexOf('>')), /aria-label/);
  assert.match(button, /<span class="search-label astro-b">Search<\/span>/);
  assert.match(button, /<kbd aria-hidden="true" class="sl-hidden md:sl-flex/);
  // The dialog keeps its own label.
  assert.match(out, /<dialog style="padding:0" aria-label="Search">/);
});

test('a translated label is handled, including regex metacharacters', () => {
  const fr = starlightMarkup.replaceAll('Search', 'Rechercher (site)');
  const out = rewriteSearchButton(fr, 'Rechercher (site)');
  assert.match(out, /<span class="search-label astro-b">Rechercher \(site\)<\/span>/);
});

test('unexpected markup fails loudly instead of shipping the old problem', () => {
  assert.throws(() => rewriteSearchButton('<button data-open-modal>Search</button>', 'Search'), /Starlight changed/);
  const twice = starlightMarkup + starlightMarkup;
  assert.throws(() => rewriteSearchButton(twice, 'Search'), /found 2/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// src/components/starlight/Search.astro, site-search.ts, search-ui.ts and search-ui.css
// mirror Starlight's Search.astro so that the search UI can load on demand.
// When Starlight changes the parts we mirror, this fails: compare the new
// upstream component with ours and update them together.
const upstream = readFileSync('node_modules/@astrojs/starlight/dist/components/Search.astro', 'utf8');
const ours = {
  component: readFileSync('src/components/starlight/Search.astro', 'utf8'),
  element: readFileSync('src/components/starlight/site-search.ts', 'utf8'),
  ui: readFileSync('src/components/starlight/search-ui.ts', 'utf8'),
  css: readFileSync('src/components/starlight/search-ui.css', 'utf8'),
};

test('Starlight still is the version whose search component we mirror', () => {
  const pkg = JSON.parse(readFileSync('node_modules/@astrojs/starlight/package.json', 'utf8')) as { version: string };
  assert.equal(pkg.version, '0.42.4', 'Starlight was upgraded: review src/components/starlight/Search.astro against its Search.astro');
});

test('the markup hooks, translations and Pagefind options we rely on are unchanged upstream', () => {
  for (const piece of [
    '<site-search',
    'data-open-modal',
    'data-close-modal',
    'aria-keyshortcuts="Control+K"',
    '<div id="starlight__search" />',
    ".filter(([key]) => key.startsWith('pagefind.'))",
    "import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';",
    "element: '#starlight__search'",
    'baseUrl: import.meta.env.BASE_URL',
    "bundlePath: import.meta.env.BASE_URL.replace(/\\/$/, '') + '/pagefind/'",
    'showImages: false',
    'showSubResults: true',
    "@import url('@pagefind/default-ui/css/ui.css') layer(starlight.core);",
  ]) {
    assert.ok(upstream.includes(piece), `upstream no longer has: ${piece}`);
  }
});

test('our copy keeps those pieces', () => {
  for (const piece of ['<site-search', 'data-open-modal', 'data-close-modal', 'aria-keyshortcuts="Control+K"', 'id="starlight__search"']) {
    assert.ok(ours.component.includes(piece), piece);
  }
  for (const piece of ['pagefindUserConfig', 'showImages: false', 'showSubResults: true', "'/pagefind/'"]) assert.ok(ours.ui.includes(piece), piece);
  assert.match(ours.css, /@import url\('@pagefind\/default-ui\/css\/ui\.css'\) layer\(starlight\.core\);/);
  // The shortcut and the button still open the dialog.
  assert.match(ours.element, /e\.key === 'k'/);
  assert.match(ours.element, /openBtn\.addEventListener\('click', openModal\)/);
});

test('the global search styles are upstream’s, rule for rule', () => {
  const block = /<style is:global>([\s\S]*?)<\/style>/.exec(upstream)![1]!;
  // Whitespace is the formatter's business, so it does not count: runs collapse, and none sits inside brackets.
  const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
  const rules = (css: string) => [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => `${squash(m[1]!)}{${squash(m[2]!)}}`);
  // Upstream's [data-search-modal-open] rule lives in our component, as it must apply before the UI loads.
  const upstreamRules = rules(block).filter((r) => !r.startsWith('[data-search-modal-open]'));
  assert.deepEqual(rules(ours.css), upstreamRules);
  assert.match(ours.component, /:global\(\[data-search-modal-open\]\) \{\s*overflow: hidden;/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileForPath, findBrokenLinks, findInsecureLinks } from '../../build/link-check.ts';

const site = (pages: Record<string, string>, assets: string[] = []) => ({
  files: new Set([...Object.keys(pages), ...assets]),
  html: new Map(Object.entries(pages)),
});

test('resolves pages and assets the way a static server does', () => {
  const files = new Set(['index.html', 'guide/a/index.html', '_astro/x.css', '404.html']);
  assert.equal(fileForPath('/', files), 'index.html');
  assert.equal(fileForPath('/guide/a/', files), 'guide/a/index.html');
  assert.equal(fileForPath('/guide/a', files), 'guide/a/index.html');
  assert.equal(fileForPath('/_astro/x.css', files), '_astro/x.css');
  assert.equal(fileForPath('/guide/b/', files), undefined);
  assert.equal(fileForPath('/%E0%A4%A', files), undefined);
});

test('a working site has no broken links', () => {
  const s = site(
    {
      'index.html': '<a href="/guide/a/#intro">A</a><link href="/_astro/x.css"><a href="https://pmi.org/">ext</a><a href="#top">top</a>',
      'guide/a/index.html': '<h2 id="intro">Intro</h2><a href="/?q=1&amp;b=2">home</a>',
    },
    ['_astro/x.css'],
  );
  assert.deepEqual(findBrokenLinks(s, '/'), []);
});

test('missing pages, files and anchors are reported with the page that links to them', () => {
  const s = site({
    'index.html': '<a href="/guide/missing/">x</a><img src="/logo.svg"><a href="/guide/a/#nope">y</a>',
    'guide/a/index.html': '<h2 id="intro">Intro</h2>',
  });
  assert.deepEqual(findBrokenLinks(s, '/'), [
    'index.html: link "/guide/missing/" points to no built page or file',
    'index.html: link "/logo.svg" points to no built page or file',
    'index.html: link "/guide/a/#nope" points to a missing anchor #nope in guide/a/index.html',
  ]);
});

test('under a base path, links must stay inside it', () => {
  const s = site({
    'index.html': '<a href="/careers/guide/a/">ok</a><a href="/guide/a/">escapes</a><a href="/careers">root</a>',
    'guide/a/index.html': '<p>a</p>',
  });
  assert.deepEqual(findBrokenLinks(s, '/careers/'), ['index.html: link "/guide/a/" is outside the base path /careers/']);
});

test('plain-http links and resources are reported; https and loopback are fine', () => {
  const s = site({
    'index.html':
      '<a href="http://www.pmi.org/certifications">PMI</a><img src="http://cdn.example/x.png" alt=""><a href="https://www.axelos.com/">ok</a>' +
      '<a href="http://127.0.0.1:4321/">local</a><p>Type http://example.org in text, or href="http://x" in a sample</p>',
  });
  assert.deepEqual(findInsecureLinks(s), [
    'index.html: link "http://www.pmi.org/certifications" uses plain http: link to the https address instead',
    'index.html: link "http://cdn.example/x.png" uses plain http: link to the https address instead',
  ]);
});

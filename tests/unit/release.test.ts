import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  baseSlug,
  isCompressible,
  LOCAL_HEADERS_GLOB,
  nginxLocationSnippet,
  nginxServerExample,
  parseSha256sums,
  releaseName,
  SECURITY_HEADERS,
  sha256sums,
} from '../../build/release.ts';

const opts = { base: '/intranet/pm/', root: '/srv/itpm-guide/current', version: '0.2.0', organisation: 'Northwind Logistics', brotli: false };

test('the archive is named by version and base path', () => {
  assert.equal(releaseName('0.2.0', '/intranet/pm/'), 'itpm-career-guide-0.2.0-intranet-pm');
  assert.equal(releaseName('1.0.0-rc.1', '/'), 'itpm-career-guide-1.0.0-rc.1-root');
  assert.equal(baseSlug('careers'), 'careers');
  assert.equal(baseSlug('/a.b/c_d/'), 'a-b-c-d');
  assert.throws(() => releaseName('v2', '/'), /not a version/);
});

test('text files get pre-compressed copies; tiny files and Pagefind’s compressed index do not', () => {
  for (const f of [
    'dist/index.html',
    'dist/_astro/a.B1.css',
    'dist/_astro/x.js',
    'dist/templates/raid-log.csv',
    'dist/templates/charter.md',
    'dist/favicon.svg',
    'dist/sitemap-0.xml',
  ]) {
    assert.equal(isCompressible(f, 5000), true, f);
  }
  for (const f of [
    'dist/pagefind/fragment/en_1.pf_fragment',
    'dist/pagefind/index/en_2.pf_index',
    'dist/pagefind/wasm.en.pagefind',
    'dist/logo.png',
    'dist/index.html.gz',
  ]) {
    assert.equal(isCompressible(f, 5000), false, f);
  }
  assert.equal(isCompressible('dist/a.css', 100), false);
});

test('SHA256SUMS is in `sha256sum -c` format, sorted, and reads back', () => {
  const a = 'a'.repeat(64);
  const b = 'b'.repeat(64);
  const text = sha256sums([
    { path: 'dist/z.html', sha256: b },
    { path: 'README.txt', sha256: a },
  ]);
  assert.equal(text, `${a}  README.txt\n${b}  dist/z.html\n`);
  assert.deepEqual(
    [...parseSha256sums(text)],
    [
      ['README.txt', a],
      ['dist/z.html', b],
    ],
  );
  assert.throws(() => parseSha256sums('xyz  file\n'), /Malformed/);
});

test('the nginx snippet holds only locations under the base, with no per-build content', () => {
  const s = nginxLocationSnippet(opts);
  const code = s.replace(/#.*$/gm, '');
  assert.doesNotMatch(code, /\bserver\s*\{|\blisten\b|server_name|sha256-|script-src/);
  assert.match(code, /^location = \/intranet\/pm \{\n {4}absolute_redirect off;\n {4}return 301 \/intranet\/pm\/;\n\}$/m);
  assert.match(code, /^location \/intranet\/pm\/ \{$/m);
  assert.match(code, /^ {4}alias \/srv\/itpm-guide\/current\/dist\/;$/m);
  assert.match(code, /^ {8}alias \/srv\/itpm-guide\/current\/dist\/_astro\/;$/m);
  assert.match(code, /error_page 404 \/intranet\/pm\/404\.html;/);
  assert.match(code, /gzip_static on;/);
  assert.doesNotMatch(code, /brotli_static/);
  assert.match(nginxLocationSnippet({ ...opts, brotli: true }), /^ {4}brotli_static on;$/m);
  // Both locations send every security header, always (so nginx's own error pages get them too).
  for (const [key, value] of SECURITY_HEADERS) {
    assert.equal(code.split(`add_header ${key} "${value}" always;`).length - 1, 2, key);
  }
  assert.equal(code.split(`include ${LOCAL_HEADERS_GLOB};`).length - 1, 2);
  assert.match(code, /Cache-Control "public, max-age=31536000, immutable" always/);
  assert.match(code, /text\/markdown md;[\s\S]*text\/csv csv;[\s\S]*application\/octet-stream pf_fragment pf_index pf_meta pagefind;/);
  // The same text for every build of the same version, base and folder.
  assert.equal(nginxLocationSnippet(opts), s);
  // Balanced braces.
  assert.equal((code.match(/\{/g) ?? []).length, (code.match(/\}/g) ?? []).length);
});

test('at the root, there is no redirect for the bare base; unsafe install folders are refused', () => {
  const s = nginxLocationSnippet({ ...opts, base: '/' });
  assert.doesNotMatch(s, /location = /);
  assert.match(s, /^location \/ \{$/m);
  for (const root of ['relative/path', '/srv/my guide', '/srv/x;y', '/srv/$host']) {
    assert.throws(() => nginxLocationSnippet({ ...opts, root }), /must be an absolute path/, root);
  }
});

test('the server example: TLS, HSTS notes, another application and the include line', () => {
  const s = nginxServerExample(opts);
  assert.match(s, /listen 443 ssl/);
  assert.match(s, /ssl_certificate /);
  assert.match(s, /Strict-Transport-Security/);
  assert.match(s, /location \/timesheets\/ \{/);
  assert.match(s, /^ {4}include \/srv\/itpm-guide\/current\/nginx\/itpm-guide\.conf;$/m);
});

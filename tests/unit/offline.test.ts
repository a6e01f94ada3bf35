import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  CACHE_PREFIX,
  cacheName,
  clientsCacheName,
  fileToPath,
  formatBytes,
  hexDigest,
  isOwnCache,
  isServerError,
  isStorable,
  pagePath,
  routeOf,
  sitePath,
  versionOfCache,
} from '../../src/lib/offline/policy.ts';
import { buildManifest, groupOf, installSet, kindOf, parseManifest, titleFromHtml, type BuiltFile } from '../../src/lib/offline/manifest.ts';
import { allowsSelf, buildPolicy, sourcesFor } from '../../build/csp.ts';
import { webManifest } from '../../build/offline/webapp.ts';
import { writeOfflineWorker } from '../../build/offline/worker.ts';
import { compileScript } from '../../build/offline/scripts.ts';
import { RULES } from '../../build/site/rules.ts';
import { parsePage } from '../../build/site/page.ts';

// ---- Scope and base ------------------------------------------------------------------

test('cache names carry the base path, so two copies of the guide on one host never touch each other’s caches', () => {
  assert.equal(cacheName('/careers/', 'abc123'), `${CACHE_PREFIX}/careers/:abc123`);
  assert.equal(versionOfCache(cacheName('/careers/', 'abc123'), '/careers/'), 'abc123');
  assert.equal(versionOfCache(clientsCacheName('/careers/'), '/careers/'), null, 'the tabs’ record is not a version');
  assert.equal(isOwnCache(clientsCacheName('/careers/'), '/careers/'), true);
  // /intranet/ and /intranet/pm/ are different sites.
  assert.equal(isOwnCache(cacheName('/intranet/pm/', 'a1'), '/intranet/'), false);
  assert.equal(versionOfCache(cacheName('/intranet/', 'a1'), '/intranet/pm/'), null);
  assert.equal(isOwnCache(cacheName('/', 'a1'), '/careers/'), false);
  assert.equal(isOwnCache('workbox-precache-v2', '/'), false);
  assert.equal(isOwnCache('itpm-career-guide:ratings', '/'), false, 'the reader’s storage keys are not caches of the offline copy');
});

test('addresses map to one entry per page under any base', () => {
  for (const base of ['/', '/careers/', '/intranet/pm/']) {
    assert.equal(sitePath(`${base}guide/skills/`, base), 'guide/skills/');
    assert.equal(sitePath(`${base}guide/skills/index.html`, base), 'guide/skills/');
    assert.equal(sitePath(`${base}index.html`, base), '');
    assert.equal(sitePath(base, base), '');
    assert.equal(pagePath(`${base}guide/skills`, base), 'guide/skills/');
    assert.equal(pagePath(`${base}templates/raid-log.csv`, base), 'templates/raid-log.csv');
  }
  assert.equal(sitePath('/careers', '/careers/'), '', 'the base without its slash');
  assert.equal(sitePath('/timesheets/', '/careers/'), null, 'another application on the host');
  assert.equal(sitePath('/careersx/', '/careers/'), null);
  assert.equal(sitePath('/careers/%E0%A4%A', '/careers/'), null, 'an undecodable address');
  assert.equal(fileToPath('guide/skills/index.html'), 'guide/skills/');
  assert.equal(fileToPath('index.html'), '');
  assert.equal(fileToPath('_astro/x.css'), '_astro/x.css');
});

// ---- Which requests are handled ------------------------------------------------------------

const scope = 'https://intranet.example/intranet/pm/';
const req = (url: string, mode = 'no-cors', method = 'GET', range = false) => routeOf({ url, mode, method, range }, scope);

test('pages, files and template downloads under the base path are handled; everything else passes by', () => {
  assert.equal(req('https://intranet.example/intranet/pm/guide/skills/', 'navigate'), 'page');
  assert.equal(req('https://intranet.example/intranet/pm/roles/?role=pmo-lead', 'navigate'), 'page', 'a page with a query: answered, never stored under it');
  assert.equal(req('https://intranet.example/intranet/pm/_astro/x.css'), 'file');
  assert.equal(req('https://intranet.example/intranet/pm/pagefind/wasm.en-gb.pagefind', 'cors'), 'file');
  assert.equal(req('https://intranet.example/intranet/pm/templates/raid-log.csv'), 'download');
  assert.equal(
    req('https://intranet.example/intranet/pm/pagefind/pagefind-entry.json?ts=1765100000000', 'cors'),
    'file',
    'answered from the copy of its path: the query is stripped',
  );
  assert.equal(
    sitePath(new URL('https://intranet.example/intranet/pm/pagefind/pagefind-entry.json?ts=1').pathname, '/intranet/pm/'),
    'pagefind/pagefind-entry.json',
    'a cache key never carries the query',
  );
  assert.equal(req('https://intranet.example/intranet/pm/x', 'cors', 'POST'), 'bypass');
  assert.equal(req('https://intranet.example/timesheets/', 'navigate'), 'bypass', 'another application on the same host');
  assert.equal(req('https://cdn.example/intranet/pm/x.js'), 'bypass', 'another origin');
  assert.equal(req('https://intranet.example/intranet/pm/sw.js'), 'bypass', 'the worker itself');
  assert.equal(req('https://intranet.example/intranet/pm/offline-0123abcd.json'), 'bypass', 'its file list');
  assert.equal(req('https://intranet.example/intranet/pm/__offline/saved'), 'bypass');
  assert.equal(req('https://intranet.example/intranet/pm/video.mp4', 'no-cors', 'GET', true), 'bypass', 'byte ranges');
  assert.equal(req('blob:https://intranet.example/1234'), 'bypass', 'the reader’s export files');
  assert.equal(req('data:text/csv,a,b'), 'bypass');
});

test('only same-origin 200s that were not redirected (nor marked no-store) are kept', () => {
  const ok = { status: 200, type: 'basic', redirected: false };
  assert.equal(isStorable(ok), true);
  assert.equal(isStorable({ ...ok, type: 'cors' }), true);
  assert.equal(isStorable({ ...ok, redirected: true }), false, 'an SSO proxy’s redirect to its sign-in page');
  assert.equal(isStorable({ ...ok, type: 'opaqueredirect', status: 0 }), false);
  assert.equal(isStorable({ ...ok, type: 'opaque', status: 0 }), false);
  assert.equal(isStorable({ ...ok, status: 203 }), false);
  assert.equal(isStorable({ ...ok, status: 401 }), false);
  assert.equal(isStorable({ ...ok, cacheControl: 'private, no-store' }), false);
  assert.equal(isStorable({ ...ok, cacheControl: 'no-cache' }), true);
  assert.equal(isServerError(502), true);
  assert.equal(isServerError(404), false);
});

test('hashes, sizes and their wording', () => {
  assert.equal(hexDigest(new Uint8Array(createHash('sha256').update('x').digest())), createHash('sha256').update('x').digest('hex').slice(0, 16));
  assert.equal(formatBytes(512), '512 bytes');
  assert.equal(formatBytes(48_000), '48 KB');
  assert.equal(formatBytes(5_434_042), '5.4 MB');
  assert.equal(formatBytes(18_763_275), '19 MB');
});

// ---- The precache list --------------------------------------------------------------------

const hash16 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const built = (file: string, bytes = 100, title?: string): BuiltFile => ({
  file,
  bytes,
  gzipBytes: Math.ceil(bytes / 4),
  hash: hash16(file),
  ...(title ? { title } : {}),
});

const FILES: BuiltFile[] = [
  built('index.html', 1000, 'Home'),
  built('404.html', 500, 'Not found'),
  built('about/offline/index.html', 800, 'Reading offline'),
  built('guide/the-role/index.html', 2000, 'What an IT project manager does'),
  built('guide/why-it-project-management/index.html', 2000, 'Is IT project management for you?'),
  built('glossary/raid-log/index.html', 900, 'RAID log'),
  built('_astro/main.abc.css', 300),
  built('_astro/page.abc.js', 200),
  built('icons/icon-192.png', 50),
  built('manifest.webmanifest', 20),
  built('favicon.svg', 10),
  built('templates/raid-log.csv', 40),
  built('pagefind/pagefind.js', 400),
  built('pagefind/wasm.en-gb.pagefind', 600),
  built('pagefind/index/en-gb_1.pf_index', 700),
  built('pagefind/fragment/en-gb_1.pf_fragment', 70),
  built('pagefind/pagefind-ui.js', 999),
  built('pagefind/pagefind-highlight.js', 999),
  built('sitemap-index.xml', 99),
  built('robots.txt', 9),
  built('sw.js', 9),
  built('offline-0123456789ab.json', 9),
  built('guide/the-role/index.html.gz', 9),
];

const order = (a: { path: string }, b: { path: string }) => (a.path.startsWith('guide/why') ? -1 : b.path.startsWith('guide/why') ? 1 : 0);
const manifestOf = (files = FILES, salt = 'worker') =>
  buildManifest(files, { hash: (t) => createHash('sha256').update(t).digest('hex').slice(0, 12), salt, order });

test('the list holds every page, the shell, the templates and what search loads, and leaves the rest out', () => {
  const m = manifestOf();
  const paths = m.files.map((f) => f[0]);
  const kinds = m.files.map((f) => f[3]).join('');
  assert.match(kinds, /^p+s+d+f+$/, 'pages first, then the shell, the templates and search');
  assert.equal(paths[0], 'guide/why-it-project-management/', 'chapters in reading order before other pages');
  for (const left of [
    '404.html',
    'sitemap-index.xml',
    'robots.txt',
    'sw.js',
    'offline-0123456789ab.json',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-highlight.js',
    'guide/the-role/index.html.gz',
  ]) {
    assert.ok(!paths.includes(fileToPath(left)) && !paths.includes(left), `${left} is left out`);
  }
  assert.equal(kindOf('pagefind/pagefind.js'), 'search');
  assert.equal(kindOf('templates/raid-log.csv'), 'download');
  assert.equal(kindOf('_astro/main.abc.css'), 'shell');
  assert.equal(kindOf('guide/the-role/index.html'), 'page');
  const kept = FILES.filter((f) => kindOf(f.file));
  assert.equal(m.total.files, kept.length);
  assert.equal(
    m.total.bytes,
    kept.reduce((n, f) => n + f.bytes, 0),
    'the size stated before saving is the sum of the files',
  );
  assert.equal(
    m.total.gzipBytes,
    kept.reduce((n, f) => n + f.gzipBytes, 0),
  );
  const parsed = parseManifest(JSON.parse(JSON.stringify(m)));
  assert.equal(parsed.byPath.get('guide/the-role/')?.title, 'What an IT project manager does');
  assert.deepEqual(
    installSet(parsed)
      .map((e) => e.path)
      .sort(),
    ['_astro/main.abc.css', '_astro/page.abc.js', 'about/offline/', 'favicon.svg', 'icons/icon-192.png', 'manifest.webmanifest'],
    'the shell and the offline page are cached on install; pages, search and templates only when read or saved',
  );
});

test('the version changes with any file or with the worker, and not otherwise', () => {
  const a = manifestOf().version;
  assert.equal(manifestOf().version, a, 'an unchanged rebuild keeps its version');
  assert.notEqual(manifestOf(FILES, 'other worker').version, a);
  const changed = FILES.map((f) => (f.file === '_astro/main.abc.css' ? { ...f, hash: hash16('new') } : f));
  assert.notEqual(manifestOf(changed).version, a);
  assert.match(a, /^[0-9a-f]{12}$/);
});

test('a build without the offline page, or a malformed list, is refused', () => {
  assert.throws(() => manifestOf(FILES.filter((f) => f.file !== 'about/offline/index.html')), /no about\/offline\/ page/);
  assert.throws(() => manifestOf([...FILES, { ...built('x.js'), hash: 'nothex' }]), /not a 16-digit hex hash/);
  assert.throws(() => parseManifest({ format: 2 }), /not an offline file list/);
  assert.throws(() => parseManifest(null));
});

test('page titles and the offline page’s groups', () => {
  assert.equal(titleFromHtml('<title>RAID log | IT Project Management Career Guide</title>', 'IT Project Management Career Guide'), 'RAID log');
  assert.equal(titleFromHtml('<title>Q&amp;A: &lt;PMP&gt; &#8211; &#x2014;</title>', 'X'), 'Q&A: <PMP> – —');
  assert.equal(titleFromHtml('<title>&amp;lt;</title>', 'X'), '&lt;', 'decoded once');
  assert.equal(titleFromHtml('<p>no title</p>', 'X'), undefined);
  assert.equal(groupOf('guide/skills/'), 'Chapters');
  assert.equal(groupOf('org/career-levels/', 'At Northwind'), 'At Northwind');
  assert.equal(groupOf('certifications/pmi-pmp/'), 'Certifications');
  assert.equal(groupOf('whole-guide/'), 'Other pages');
});

test('the worker for a built folder: its list matches the files on disk, and turning offline off ships the remover instead', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  const write = (file: string, text: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write('index.html', '<title>Guide</title><p>home</p>');
  write('about/offline/index.html', '<title>Reading offline | Guide</title>');
  write('_astro/a.css', 'body{color:red}'.repeat(40));
  write('404.html', 'x');
  write('offline-0000.json', 'stale');
  const result = await writeOfflineWorker(dir, { enabled: true, siteTitle: 'Guide' });
  const m = result.manifest!;
  const css = readFileSync(join(dir, '_astro/a.css'));
  assert.deepEqual(
    m.files.find((f) => f[0] === '_astro/a.css'),
    ['_astro/a.css', css.length, createHash('sha256').update(css).digest('hex').slice(0, 16), 's'],
  );
  assert.equal(m.total.gzipBytes < m.total.bytes, true);
  assert.equal(m.files.find((f) => f[0] === 'about/offline/')?.[4], 'Reading offline');
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  assert.ok(sw.startsWith(`var __OFFLINE__={"version":"${m.version}","manifest":"offline-${m.version}.json"};`));
  assert.deepEqual(JSON.parse(readFileSync(join(dir, `offline-${m.version}.json`), 'utf8')), m);
  assert.throws(() => readFileSync(join(dir, 'offline-0000.json')), /ENOENT/, 'an old list is removed');
  assert.equal((await writeOfflineWorker(dir, { enabled: true, siteTitle: 'Guide' })).version, m.version, 'same files, same version');

  const off = await writeOfflineWorker(dir, { enabled: false, siteTitle: 'Guide' });
  assert.equal(off.manifest, null);
  const remover = readFileSync(join(dir, 'sw.js'), 'utf8');
  assert.match(remover, /unregister/);
  assert.doesNotMatch(remover, /addEventListener\(`fetch`/, 'no fetch handler: every request goes to the network');
  assert.throws(() => readFileSync(join(dir, `offline-${m.version}.json`)), /ENOENT/);
  rmSync(dir, { recursive: true });
});

// ---- Page scripts, manifest and policy ------------------------------------------------------

test('the inline scripts stay tiny and are scoped to the base path', async () => {
  const register = await compileScript('register', { __BASE__: '/intranet/pm/' });
  assert.ok(gzipSync(register).length <= 1024, `registration and update notice: ${gzipSync(register).length} bytes gzip`);
  assert.match(register, /addEventListener\(`load`/, 'registers after the load event');
  assert.match(register, /register\(`\/intranet\/pm\/sw\.js`,\{scope:`\/intranet\/pm\/`\}\)/);
  const unregister = await compileScript('unregister', { __BASE__: '/intranet/pm/', __PREFIX__: CACHE_PREFIX });
  assert.ok(gzipSync(unregister).length <= 512);
  assert.match(unregister, /location\.origin\+`\/intranet\/pm\/`/, 'only this base path’s worker is removed');
  assert.match(unregister, /itpm-career-guide-offline:\/intranet\/pm\/:/, 'and only its caches');
  assert.doesNotMatch(unregister, /localStorage/, 'the reader’s data is never touched');
});

test('the web app manifest respects the base path and the organisation’s name and colour', () => {
  const m = webManifest({ title: 'Project careers at Northwind', description: 'd', organisation: 'Northwind Logistics', accent: '#0f6b4f' }, '/intranet/pm/');
  assert.equal(m.start_url, '/intranet/pm/');
  assert.equal(m.scope, '/intranet/pm/');
  assert.equal(m.id, '/intranet/pm/');
  assert.equal(m.name, 'Project careers at Northwind');
  assert.equal(m.short_name, 'Northwind Logistics');
  assert.equal(m.theme_color, '#0f6b4f');
  assert.deepEqual(
    m.icons.map((i) => `${i.src} ${i.sizes} ${i.purpose}`),
    ['/intranet/pm/icons/icon-192.png 192x192 any', '/intranet/pm/icons/icon-512.png 512x512 any', '/intranet/pm/icons/icon-maskable-512.png 512x512 maskable'],
  );
  assert.equal(webManifest({ title: 'T', description: 'd', organisation: null, accent: null }, '/').theme_color, '#1f4e8c');
});

test('the policy allows the manifest and the worker, following CSP’s fallbacks', () => {
  const policy = buildPolicy([], { forMeta: true });
  assert.equal(allowsSelf(policy, 'manifest-src'), true);
  assert.equal(allowsSelf(policy, 'worker-src'), true);
  assert.deepEqual(sourcesFor(policy, 'worker-src'), ["'self'", 'blob:']);
  assert.deepEqual(sourcesFor("default-src 'none'; script-src 'self'", 'worker-src'), ["'self'"]);
  assert.equal(allowsSelf("default-src 'none'", 'manifest-src'), false);
  assert.equal(allowsSelf("default-src 'self'; worker-src 'none'", 'worker-src'), false);
  assert.equal(allowsSelf('', 'worker-src'), true, 'no policy restricts nothing');
});

test('site pass: every page links the manifest once and its policy lets the manifest and the worker load', () => {
  const page = (head: string) => parsePage('index.html', `<!doctype html><html lang="en"><head>${head}<title>t</title></head><body><h1>x</h1></body></html>`);
  const ctx = { base: '/', files: new Set<string>(), idsOf: () => new Set<string>() };
  const ok = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy([], { forMeta: true })}"><link rel="manifest" href="/manifest.webmanifest">`;
  assert.deepEqual(RULES.offline!(page(ok), ctx), []);
  assert.deepEqual(
    RULES.offline!(page(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; worker-src 'none'">`), ctx).map((f) => f.message),
    [
      '0 <link rel="manifest"> elements (expected one, so the guide can be installed from any page)',
      "the policy does not allow the web app manifest (manifest-src or default-src needs 'self')",
      "the policy does not allow the offline worker (worker-src needs 'self')",
    ],
  );
});

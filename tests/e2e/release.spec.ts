import { test, expect, type APIResponse } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { exercise, recordCspViolations } from './csp-support.ts';
import { parseSha256sums, releaseName, SECURITY_HEADERS } from '../../build/release.ts';

// The example organisation's release archive (npm run package), unpacked the
// way its README says (dist-release/srv/releases/<name>, with the `current`
// link) and served by Debian's nginx through the snippet it ships, inside a
// server block that also serves another application (scripts/serve-release.sh).
// The project "org" points at it, so tests/e2e/org.spec.ts runs against it too.

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const name = releaseName(version, '/intranet/pm/');
const current = 'dist-release/srv/current';

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  for (const [key, value] of SECURITY_HEADERS) expect(h[key.toLowerCase()], `${key} on ${what}`).toBe(value);
  expect(h['content-security-policy'], what).toContain("frame-ancestors 'self'");
  expect(h['strict-transport-security'], `HSTS from itpm-guide.d/ on ${what}`).toBe('max-age=300');
  expect(h['server'], what).toBe('nginx');
}

test('@org the archive is named by version and base path; every file matches SHA256SUMS; nginx files, README and changelog are in it', () => {
  expect(name).toBe(`itpm-career-guide-${version}-intranet-pm`);
  expect(existsSync(`dist-release/${name}.tar.gz`)).toBe(true);
  expect(readlinkSync(current)).toMatch(new RegExp(`/releases/${name}$`));
  const sums = parseSha256sums(readFileSync(join(current, 'SHA256SUMS'), 'utf8'));
  expect(sums.size).toBeGreaterThan(1000);
  for (const [path, sha] of sums)
    expect(
      createHash('sha256')
        .update(readFileSync(join(current, path)))
        .digest('hex'),
      path,
    ).toBe(sha);
  for (const f of [
    'nginx/itpm-guide.conf',
    'nginx/itpm-guide.brotli.conf',
    'nginx/server-example.conf',
    'README.txt',
    'CHANGELOG.md',
    'release.json',
    'dist/index.html',
    'dist/index.html.gz',
    'dist/index.html.br',
  ]) {
    expect(sums.has(f), f).toBe(true);
  }
  // Only locations: no server block, listen or server_name of its own, and nothing that changes per build (script hashes).
  const snippet = readFileSync(join(current, 'nginx/itpm-guide.conf'), 'utf8').replace(/#.*$/gm, '');
  expect(snippet).toMatch(/^location \/intranet\/pm\/ \{$/m);
  expect(snippet).not.toMatch(/\bserver\s*\{|\blisten\b|server_name|sha256-/);
  expect(readFileSync(join(current, 'nginx/server-example.conf'), 'utf8')).toMatch(/ssl_certificate[\s\S]*Strict-Transport-Security/);
  expect(JSON.parse(readFileSync(join(current, 'release.json'), 'utf8'))).toMatchObject({
    version,
    base: '/intranet/pm/',
    organisation: 'Northwind Logistics',
  });
});

test('@org pages, assets and errors carry the security headers, nginx’s own error pages included', async ({ request, baseURL }) => {
  const page = await request.get(baseURL!);
  expect(page.status()).toBe(200);
  expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(page.headers()['cache-control']).toBe('no-cache');
  expectSecurityHeaders(page, 'a page');
  // The page's own policy does the script work: the header never restricts scripts.
  expect(page.headers()['content-security-policy']).not.toMatch(/script-src|default-src/);
  expect(await page.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);

  const html = await page.text();
  const asset = /href="(\/intranet\/pm\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
  const css = await request.get(asset);
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expectSecurityHeaders(css, 'a hashed asset');

  const missing = await request.get(baseURL + 'no/such/page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expectSecurityHeaders(missing, 'the site’s 404 page');
  const missingAsset = await request.get(baseURL + '_astro/missing.css');
  expect(missingAsset.status()).toBe(404);
  expectSecurityHeaders(missingAsset, 'a missing asset');

  // Errors nginx writes itself: a folder without an index, and a method static files do not allow.
  const folder = await request.get(baseURL + '_astro/');
  expect(folder.status()).toBe(403);
  expect(await folder.text()).toContain('<center>nginx</center>');
  expectSecurityHeaders(folder, 'nginx’s 403 page');
  const post = await request.post(baseURL + 'index.html');
  expect(post.status()).toBe(405);
  expectSecurityHeaders(post, 'nginx’s 405 page');

  const bare = await request.get(baseURL!.replace(/\/$/, ''), { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/intranet/pm/');
  const noSlash = await request.get(baseURL + 'roles', { maxRedirects: 0 });
  expect(noSlash.status()).toBe(301);
  expect(noSlash.headers()['location']).toBe('/intranet/pm/roles/');
});

test('@org text files are served pre-compressed: Brotli or gzip as the browser accepts, identical once decoded', async ({ request, baseURL }) => {
  const dist = join(current, 'dist');
  const html = await (await request.get(baseURL!)).text();
  const js = /src="(\/intranet\/pm\/_astro\/[^"]+\.js)"/.exec(html)![1]!;
  for (const [url, file] of [
    [baseURL!, 'index.html'],
    [baseURL + 'roles/', 'roles/index.html'],
    [js, js.replace('/intranet/pm/', '')],
    [baseURL + 'pagefind/pagefind.js', 'pagefind/pagefind.js'],
    [baseURL + 'templates/raid-log.csv', 'templates/raid-log.csv'],
  ] as const) {
    const original = readFileSync(join(dist, file));
    for (const [accept, encoding, ext] of [
      ['br, gzip', 'br', '.br'],
      ['gzip', 'gzip', '.gz'],
    ] as const) {
      const res = await request.get(url, { headers: { 'accept-encoding': accept } });
      expect(res.headers()['content-encoding'], `${file} with ${accept}`).toBe(encoding);
      expect(Number(res.headers()['content-length']), `${file}${ext} is what nginx sent`).toBe(statSync(join(dist, file + ext)).size);
      expect(res.headers()['vary']).toBe('Accept-Encoding');
      expect((await res.body()).equals(original), `${file} decodes to the original`).toBe(true);
    }
    const plain = await request.get(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], file).toBeUndefined();
    expect(Number(plain.headers()['content-length'])).toBe(original.length);
  }
});

test('@org types: templates, Pagefind’s files, the sitemap', async ({ request, baseURL }) => {
  const type = async (path: string) => (await request.get(baseURL + path)).headers()['content-type'];
  expect(await type('templates/raid-log.csv')).toBe('text/csv; charset=utf-8');
  expect(await type('templates/status-report.md')).toBe('text/markdown; charset=utf-8');
  expect(await type('pagefind/pagefind.js')).toBe('application/javascript; charset=utf-8');
  expect(await type('pagefind/pagefind-entry.json')).toBe('application/json; charset=utf-8');
  expect(await type('pagefind/wasm.unknown.pagefind')).toBe('application/octet-stream');
  const pagefind = join(current, 'dist/pagefind');
  const meta = readdirSync(pagefind).find((f) => f.endsWith('.pf_meta'))!;
  expect(await type(`pagefind/${meta}`)).toBe('application/octet-stream');
  expect(await type(`pagefind/index/${readdirSync(join(pagefind, 'index'))[0]}`)).toBe('application/octet-stream');
  expect(await type(`pagefind/fragment/${readdirSync(join(pagefind, 'fragment'))[0]}`)).toBe('application/octet-stream');
  expect(await type('sitemap-index.xml')).toBe('application/xml; charset=utf-8');
});

test('@org another application on the same server still answers beside the guide', async ({ request }) => {
  const other = await request.get('/timesheets/');
  expect(other.status()).toBe(200);
  expect(await other.text()).toBe('Timesheets: another application on this server\n');
  // The guide's headers stay inside its locations.
  expect(other.headers()['x-frame-options']).toBeUndefined();
  expect(other.headers()['strict-transport-security']).toBe('max-age=300');
});

// One page per test: each opens search (Pagefind's UI, index and fragments
// load on demand), which on a busy machine takes a good part of a test's time.
for (const [path, island] of [
  ['', null],
  ['roles/?role=senior-project-manager', '[data-ladder-map] a[data-role="senior-project-manager"][aria-current="true"]'],
  ['certifications/?lead=40&edu=bachelor&stage=project-manager&hours=35&goal=lead-projects', '[data-picks] > li:first-child[data-cert="pmi-pmp"]'],
] as const) {
  test(`@org the release works in a browser under the header policy: /${path} with search${island ? ' and its island' : ''}, zero CSP violations`, async ({
    page,
  }) => {
    const violations = await recordCspViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    await exercise(page, path);
    if (island) await expect(page.locator(island).first()).toBeVisible();
    expect(violations).toEqual([]);
  });
}

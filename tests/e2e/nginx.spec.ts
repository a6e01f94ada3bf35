import { test, expect } from '@playwright/test';
import { exercise, recordCspViolations } from './csp-support.ts';

// Smoke suite against the sub-path build served by Debian's nginx with the
// configuration from scripts/nginx-config.mjs (see scripts/serve-nginx.sh).

test('@nginx pages of every type answer with the security headers and CSP', async ({ request, baseURL }) => {
  for (const path of ['', 'guide/the-role/', 'glossary/', 'roles/', 'certifications/', 'tools/self-assessment/', 'tools/templates/', 'whole-guide/']) {
    const res = await request.get(baseURL + path);
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    expect(h['content-type'], path).toContain('text/html');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    const csp = h['content-security-policy']!;
    expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(
      csp.split(';').find((d) => d.includes('script-src')),
      path,
    ).not.toContain('unsafe-inline');
    expect(csp, path).toContain("frame-ancestors 'self'");
  }
});

test('@nginx hashed assets are cached for a year; pages are revalidated', async ({ page, request, baseURL }) => {
  await page.goto('');
  const asset = await page.locator('link[rel="stylesheet"][href*="/_astro/"]').first().getAttribute('href');
  const res = await request.get(new URL(asset!, baseURL).toString());
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers()['content-security-policy']).toBeTruthy();
  expect((await request.get(baseURL!)).headers()['cache-control']).toBe('no-cache');
});

test('@nginx a missing page gets the site 404 page with status 404; the base without a slash redirects', async ({ request, baseURL }) => {
  const res = await request.get(baseURL + 'no/such/page/');
  expect(res.status()).toBe(404);
  expect(await res.text()).toContain('Page not found');
  const bare = await request.get(baseURL!.replace(/\/$/, ''), { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/careers/');
});

// One page per test: each opens search, which on a busy machine takes a good part of a test's time.
for (const [path, island] of [
  ['', null],
  ['certifications/?lead=40&edu=bachelor&stage=project-manager&hours=35&goal=lead-projects', '[data-picks] > li:first-child[data-cert="pmi-pmp"]'],
  ['roles/?role=project-manager&compare=senior-project-manager', '[data-compare-panel]'],
] as const) {
  test(`@nginx /${path} works under the header policy: search${island ? ' and its island' : ''}, zero violations`, async ({ page }) => {
    const violations = await recordCspViolations(page);
    await page.goto(path);
    await exercise(page, path);
    if (island) await expect(page.locator(island).first()).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test('@nginx the templates are served with their types', async ({ request, baseURL }) => {
  const csv = await request.get(baseURL + 'templates/raid-log.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const md = await request.get(baseURL + 'templates/status-report.md');
  expect(md.headers()['content-type']).toContain('text/markdown');
});

import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, SUBPATH_BASE, trackFailedResponses, trackForeignRequests } from './support.ts';
import { BUILDS, coverageProblems, siteTemplates, templatesOf, type Build } from './templates.ts';

/**
 * One page per template (tests/e2e/templates.ts) in a browser; what must hold
 * on every page (links and anchors, one h1, CSP, valid HTML, sources, width
 * hazards) is the build's site pass (build/site/rules.ts).
 *
 * - The template list covers every build: each sitemap page belongs to
 *   exactly one template, and each template has pages and a representative
 *   among them (no browser).
 * - Root build: each representative answers, has one h1, loads nothing from
 *   another origin, nothing fails to load, and axe (WCAG 2.2 A/AA) finds
 *   nothing. The whole-guide page renders every chapter, so every chapter's
 *   content is in the axe run too.
 * - Sub-path build and the organisation's release (served by nginx): the same
 *   without axe (their HTML differs by the base path and the overlay, whose
 *   additions org.spec.ts runs axe on).
 */
const SITEMAPS: Record<Build, { dir: string; base: string }> = {
  root: { dir: 'dist', base: '/' },
  subpath: { dir: 'dist-base', base: SUBPATH_BASE },
  org: { dir: 'dist-release/srv/current/dist', base: '/intranet/pm/' },
};

for (const build of BUILDS) {
  test(`the template list covers the ${build} build: every sitemap page in exactly one template, each template with its pages and representative`, () => {
    const paths = sitemapPaths(SITEMAPS[build].dir, SITEMAPS[build].base);
    expect(coverageProblems(siteTemplates(), build, paths)).toEqual([]);
    const templates = templatesOf(build);
    console.log(
      `[${build}] ${paths.length} sitemap pages in ${templates.length} templates: ${templates.map((t) => `${t.name} → /${t.representative}`).join(', ')}`,
    );
  });
}

/** Loads a representative; fails on its status, its h1 count, a foreign request or a failed one. */
async function loadCleanly(page: Page, path: string, status: number, origin: string) {
  const foreign = trackForeignRequests(page, origin);
  const failed = trackFailedResponses(page);
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status()).toBe(status);
  await expect(page.locator('h1')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  // The 404 page's own status is the one expected failure.
  expect(
    failed.filter((f) => f !== `${status} ${response!.url()}`),
    'failed requests',
  ).toEqual([]);
  expect(foreign, 'requests to other origins').toEqual([]);
}

for (const t of templatesOf('root')) {
  test(`[${t.name}] /${t.representative} answers ${t.status}, loads nothing foreign or failing, axe clean`, async ({ page, baseURL }) => {
    // axe on the largest pages (the whole guide, the glossary) takes a minute or more on a busy 2-core machine.
    test.setTimeout(180_000);
    await loadCleanly(page, t.representative, t.status, new URL(baseURL!).origin);
    await expectNoAxeViolations(page);
  });
}

for (const [build, tag] of [
  ['subpath', '@subpath'],
  ['org', '@org'],
] as const) {
  for (const t of templatesOf(build)) {
    test(`${tag} [${t.name}] /${t.representative} answers ${t.status} and loads nothing foreign or failing`, async ({ page, baseURL }) => {
      await loadCleanly(page, t.representative, t.status, new URL(baseURL!).origin);
      // Every link on the page stays under the base path.
      const base = new URL(baseURL!).pathname;
      const outside = await page.locator('a[href^="/"]').evaluateAll((as, b) => as.map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith(b)), base);
      expect(outside, `links outside ${base}`).toEqual([]);
    });
  }
}

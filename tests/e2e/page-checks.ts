import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, trackFailedResponses, trackForeignRequests } from './support.ts';

/**
 * The checks every page of a build must pass: it answers 200, has exactly one
 * h1, loads nothing from another origin and nothing that fails, every
 * internal link on it resolves, and axe (WCAG 2.2 A/AA) finds no violations.
 */
export function definePageChecks(opts: { distDir: string; base: string; tag: string }) {
  const paths = sitemapPaths(opts.distDir, opts.base);
  // Links already fetched by this worker (most pages share the sidebar).
  const checked = new Set<string>();

  for (const path of paths) {
    test(`${opts.tag} /${path} answers, has one h1, stays on origin, links resolve, axe clean`, async ({ page, request, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign = trackForeignRequests(page, origin);
      const failed = trackFailedResponses(page);

      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await page.waitForLoadState('networkidle');

      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      const internal = [...new Set(hrefs.map((h) => h.split('#')[0]!))].filter((h) => h.startsWith(origin));
      for (const url of internal) {
        expect(new URL(url).pathname.startsWith(opts.base), `${url} is outside the base ${opts.base}`).toBe(true);
        if (checked.has(url)) continue;
        const res = await request.get(url);
        expect(res.status(), `link to ${url} on /${path}`).toBe(200);
        checked.add(url);
      }

      await expectNoAxeViolations(page);
      expect(failed, 'failed requests').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    });
  }
}

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, trackFailedResponses, trackForeignRequests } from './support.ts';
import { representatives, templateOf } from './templates.ts';

/**
 * The checks every build must pass, split by what they need:
 *
 * - Structure, on EVERY page of the sitemap (a plain HTTP request, no
 *   browser): it answers 200 with HTML, has exactly one <h1>, and every
 *   internal link on it answers 200 and stays under the base path.
 * - In a browser, on ONE page per build template (tests/e2e/templates.ts,
 *   the template's largest page): nothing is loaded from another origin,
 *   nothing fails to load, and axe (WCAG 2.2 A/AA) finds no violation. Pages
 *   of one template share their markup; the whole-guide page renders every
 *   chapter's content, so chapter content is covered there too.
 *
 * `smoke` (the sub-path build, whose HTML differs from the root build's only
 * by its prefix): structure and the browser checks on the one-per-template
 * sample only, without axe; its build already checked every link.
 */
export function definePageChecks(opts: { distDir: string; base: string; tag: string; smoke?: boolean }) {
  const paths = sitemapPaths(opts.distDir, opts.base);
  const sizeOf = (path: string) => statSync(join(opts.distDir, path, 'index.html')).size;
  const sample = representatives(paths, sizeOf);
  const structurePaths = opts.smoke ? [...sample.values()] : paths;

  test(`${opts.tag} coverage: structure on ${structurePaths.length} of ${paths.length} pages; browser${opts.smoke ? '' : ' and axe'} checks on ${sample.size} pages, one per template`, () => {
    const templates = [...sample].map(([t, p]) => `${t} → /${p}`);
    console.log(
      `[${opts.tag}] structure (status, one h1, internal links): ${structurePaths.length} of ${paths.length} pages\n` +
        `[${opts.tag}] browser (no foreign or failed requests${opts.smoke ? '' : ', axe WCAG 2.2 AA'}): ${sample.size} pages, one per template:\n  ${templates.join('\n  ')}`,
    );
    // Every template of the sitemap has its representative.
    expect(new Set(paths.map(templateOf))).toEqual(new Set(sample.keys()));
  });

  // Link targets already fetched by this worker (most pages share the sidebar).
  const checked = new Set<string>();
  const linkTargets = async (request: APIRequestContext, pageUrl: string, html: string, origin: string) => {
    const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const internal = [...new Set(hrefs.map((h) => new URL(h, pageUrl).href.split('#')[0]!))].filter((h) => h.startsWith(origin));
    for (const url of internal) {
      expect(new URL(url).pathname.startsWith(opts.base), `${url} is outside the base ${opts.base}`).toBe(true);
      if (checked.has(url)) continue;
      const res = await request.get(url);
      expect(res.status(), `link to ${url} on ${pageUrl}`).toBe(200);
      checked.add(url);
    }
  };

  for (const path of structurePaths) {
    test(`${opts.tag} /${path} answers 200, has one h1, its internal links resolve`, async ({ request, baseURL }) => {
      const url = new URL(path, baseURL).href;
      const res = await request.get(url);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html.match(/<h1\b/g)?.length ?? 0, 'number of <h1> elements').toBe(1);
      await linkTargets(request, url, html, new URL(baseURL!).origin);
    });
  }

  for (const [template, path] of sample) {
    test(`${opts.tag} [${template}] /${path} loads nothing foreign or failing${opts.smoke ? '' : ', axe clean'}`, async ({ page, baseURL }) => {
      // axe on the largest pages (the glossary, the whole guide) takes a minute on a busy 2-core machine.
      test.setTimeout(180_000);
      const origin = new URL(baseURL!).origin;
      const foreign = trackForeignRequests(page, origin);
      const failed = trackFailedResponses(page);
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      if (!opts.smoke) await expectNoAxeViolations(page);
      expect(failed, 'failed requests').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    });
  }
}

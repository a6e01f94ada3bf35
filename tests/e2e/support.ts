import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const SUBPATH_BASE = '/careers/';

/**
 * Site-relative paths ("", "guide/skills/", …) of every page in a build's
 * sitemap, read from disk (tests/e2e/templates.spec.ts holds them against the
 * template list).
 */
export function sitemapPaths(distDir: string, base: string): string[] {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
  const paths = files.flatMap((file) => {
    const xml = readFileSync(join(distDir, file), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
      const pathname = new URL(m[1]!).pathname;
      if (!pathname.startsWith(base)) throw new Error(`${m[1]} is not under the base ${base}`);
      return pathname.slice(base.length);
    });
  });
  if (paths.length < 10) throw new Error(`Only ${paths.length} pages in ${distDir}'s sitemap`);
  return paths.sort();
}

/** Records every request the page makes to another origin. */
export function trackForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Records same-origin responses that failed (4xx/5xx), e.g. a missing asset. */
export function trackFailedResponses(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (res) => {
    if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => failed.push(`failed ${req.url()} (${req.failure()?.errorText})`));
  return failed;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe with the WCAG 2.2 A/AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * How long to wait for search results: the search UI, Pagefind's index and the
 * result fragments all load after the dialog opens (src/components/starlight/site-search.ts),
 * so a busy machine needs longer than the default 10 s.
 */
export const SEARCH_TIMEOUT = 20_000;

/** Waits until Starlight's search button is enabled (its script has run). */
export async function openSearch(page: Page) {
  const button = page.locator('site-search button[data-open-modal]');
  await expect(button).toBeEnabled();
  await button.click();
  const input = page.locator('#starlight__search input');
  await expect(input).toBeVisible({ timeout: SEARCH_TIMEOUT });
  return input;
}

/**
 * Waits until the current page has settled, on conditions, never a fixed
 * time: loaded, no request for half a second (Playwright's networkidle),
 * web fonts ready, an idle period (when work deferred to
 * requestIdleCallback has run) and two painted frames.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  });
}

import type { Page } from '@playwright/test';
import { SEARCH_TIMEOUT } from './support.ts';

/** Collects Content-Security-Policy violations reported on the page (and console errors about them). */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** Uses the page the way a reader would, so every script on it runs. */
export async function exercise(page: Page, path: string): Promise<void> {
  if (/^certifications\/(\?|$)/.test(path)) await page.locator('[data-picks] > li').first().waitFor();
  if (/^roles\/(\?|$)/.test(path)) await page.locator('[data-ladder-map] a[data-role][aria-current="true"]').waitFor();
  if (path === 'glossary/') await page.getByLabel('Filter terms').fill('risk');
  if (path.startsWith('tools/self-assessment')) await page.locator('[data-results]').waitFor();
  const search = page.locator('site-search button[data-open-modal]');
  await search.waitFor();
  if (await search.isEnabled()) {
    await search.click();
    await page.locator('#starlight__search input').fill('stakeholder');
    await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: SEARCH_TIMEOUT });
    await page.keyboard.press('Escape');
  }
}

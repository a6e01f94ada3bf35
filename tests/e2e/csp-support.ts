import { expect, type Page } from '@playwright/test';
import { TOOLS } from '../../src/tools/registry.ts';
import { openSearch, SEARCH_TIMEOUT } from './support.ts';

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

/** The tool whose own page (not a sub-page) a site-relative path with any query or fragment opens. */
export function toolAt(path: string) {
  const pathname = new URL(path, 'http://site.invalid/').pathname;
  return TOOLS.find((t) => t.route === pathname);
}

/**
 * Uses the page the way a reader would, so every script on it runs: a tool's
 * island is waited for and given its input (the registry's `exercise`,
 * src/tools/registry.ts), then search is opened, finds results and is closed.
 * Always: a step that cannot run fails the test instead of being skipped.
 */
export async function exercise(page: Page, path: string): Promise<void> {
  const tool = toolAt(path);
  if (tool && 'ready' in tool.exercise) await expect(page.locator(tool.exercise.ready).first()).toBeVisible();
  if (tool && 'fill' in tool.exercise) await page.getByLabel(tool.exercise.fill.label).fill(tool.exercise.fill.text);
  const input = await openSearch(page);
  await input.fill('stakeholder');
  await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  await page.keyboard.press('Escape');
  await expect(page.locator('site-search dialog')).toBeHidden();
}

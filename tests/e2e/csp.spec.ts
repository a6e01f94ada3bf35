import { test, expect } from '@playwright/test';
import { exercise, recordCspViolations, toolAt } from './csp-support.ts';
import { templatesOf } from './templates.ts';

// The build's site pass checks every page's policy (one CSP <meta>, first in
// <head>, every inline script allowed by its hash). Here, one page per
// template runs every script it has, with search opened, and the browser
// reports no violation. A tool's page opens with the state its registry entry
// gives (src/tools/registry.ts), so its island does its work.
for (const t of templatesOf('root')) {
  const tool = toolAt(t.representative);
  const path = tool ? tool.exercise.path : t.representative;
  test(`[${t.name}] /${path} carries a strict CSP (scripts by hash, no unsafe-inline) and runs with zero violations`, async ({ page }) => {
    const violations = await recordCspViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(t.status);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toMatch(/'sha256-/);
    await exercise(page, path);
    expect(violations).toEqual([]);
  });
}

import { test, expect } from '@playwright/test';
import { exercise, recordCspViolations } from './csp-support.ts';

const pages = ['', 'guide/the-role/', 'glossary/', 'glossary/raid-log/', 'roles/?role=pmo-lead&compare=project-manager', 'certifications/?lead=30', 'certifications/pmi-pmp/', 'tools/self-assessment/?r=33333333333', 'tools/career-plan/', 'tools/templates/', 'whole-guide/', 'no-such-page/'];

test('every page type carries a strict CSP (scripts by hash, no unsafe-inline) and runs with zero violations', async ({ page }) => {
  // Twelve pages, each exercised (search included, whose UI now loads when opened): triple time on a busy machine.
  test.slow();
  const violations = await recordCspViolations(page);
  for (const path of pages) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).toMatch(/'sha256-/);
    await exercise(page, path);
  }
  expect(violations).toEqual([]);
});

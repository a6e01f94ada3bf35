import { test, expect } from '@playwright/test';

// The public guide's identity without an organisation overlay: the home tab
// says the site's name once, the hero and buttons are the guide's own, the
// favicon is the guide's.

test('the home tab title is the site title, said once; other pages are "page | site"', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle('IT Project Management Career Guide');
  await expect(page.locator('.hero h1')).toHaveText('Grow into IT project management');
  await expect(page.locator('.home-actions a')).toHaveText(['Start reading', 'Quick answers (FAQ)']);
  await expect(page.locator('.org-pages')).toHaveCount(0);
  await expect(page.locator('link[rel="shortcut icon"]')).toHaveAttribute('href', '/favicon.svg');
  await page.goto('guide/skills/');
  await expect(page).toHaveTitle('The skills that carry the job | IT Project Management Career Guide');
});

test('without an organisation overlay nothing of one reaches the pages: no grades, no policy, no data for them', async ({ page }) => {
  await page.goto('roles/');
  await expect(page.locator('[data-org-grade], [data-org-grades]')).toHaveCount(0);
  await page.goto('certifications/');
  await expect(page.locator('[data-org-policy], [data-org-policy-note]')).toHaveCount(0);
  expect(JSON.parse((await page.locator('script[data-chooser-data]').textContent())!)).not.toHaveProperty('certificationPolicy');
  await page.goto('tools/self-assessment/');
  expect(JSON.parse((await page.locator('script[data-assessment-data]').textContent())!)).not.toHaveProperty('orgGrades');
  await page.goto('roles/project-manager/');
  await expect(page.locator('[data-org-grades]')).toHaveCount(0);
  await expect(page.locator('meta[name="organisation"]')).toHaveCount(0);
});

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
  await expect(page).toHaveTitle('The skills that matter | IT Project Management Career Guide');
});

import { test, expect } from '@playwright/test';
import { openSearch, SEARCH_TIMEOUT } from './support.ts';

// Runs only in the "subpath" project (grep @subpath): the site built with
// SITE_BASE=/careers/ differs from the root build only by its prefix, and its
// build's site pass checked every link under the base. One page per template
// loads cleanly there too (templates.spec.ts); here, search stays under the base.

test('@subpath search results link inside the base path', async ({ page }) => {
  await page.goto('');
  const input = await openSearch(page);
  await input.fill('stakeholder');
  const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
  await expect(first).toBeVisible({ timeout: SEARCH_TIMEOUT });
  expect(await first.getAttribute('href')).toMatch(/^\/careers\//);
  await first.click();
  await expect(page).toHaveURL(/\/careers\//);
  await expect(page.locator('h1')).toHaveCount(1);
});

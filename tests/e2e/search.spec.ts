import { test, expect } from '@playwright/test';
import { openSearch } from './support.ts';

// A phrase that appears in one chapter, and the chapter it must lead to.
const cases = [
  { phrase: 'identity transport application', chapter: 'guide/foundations/', h1: 'Foundations' },
  { phrase: 'outcome résumé line', chapter: 'guide/getting-experience/', h1: 'Gaining experience' },
  { phrase: 'payroll integration change request', chapter: 'guide/common-challenges/', h1: 'Common challenges' },
];

for (const { phrase, chapter, h1 } of cases) {
  test(`searching "${phrase}" finds and opens ${chapter}`, async ({ page }) => {
    await page.goto('');
    const input = await openSearch(page);
    await input.fill(phrase);
    const results = page.locator('#starlight__search .pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.startsWith(`/${chapter}`)), `top results: ${hrefs.join(', ')}`).toBe(true);
    await results.filter({ has: page.locator(`xpath=self::*[starts-with(@href, "/${chapter}")]`) }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${chapter}`));
    await expect(page.locator('h1')).toContainText(h1);
  });
}

test('the keyboard shortcut opens search and Escape closes it', async ({ page }) => {
  await page.goto('guide/skills/');
  await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
  // Pagefind's UI is created when the browser is idle after load.
  await expect(page.locator('#starlight__search input')).toBeAttached();
  await page.keyboard.press('Control+k');
  const dialog = page.locator('site-search dialog');
  await expect(dialog).toBeVisible();
  await expect(page.locator('#starlight__search input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the search button is named by its visible text', async ({ page }) => {
  await page.goto('');
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await expect(button).toBeVisible();
  await expect(button).not.toHaveAttribute('aria-label', /.*/);
  await expect(button.locator('kbd').first()).toHaveAttribute('aria-hidden', 'true');
});

test('with JavaScript on, tab groups work as tabs and hide the no-JS labels', async ({ page }) => {
  await page.goto('guide/skills/');
  const tabs = page.locator('starlight-tabs').first();
  await expect(tabs.getByRole('tab').first()).toBeVisible();
  await expect(tabs.locator('.tab-label-fallback').first()).toBeHidden();
  const second = tabs.getByRole('tab').nth(1);
  await second.click();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tabpanel')).toHaveCount(1);
});

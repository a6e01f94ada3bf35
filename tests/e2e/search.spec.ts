import { test, expect } from '@playwright/test';
import { openSearch, SEARCH_TIMEOUT } from './support.ts';

// A phrase that appears in one chapter, and the chapter it must lead to.
const cases = [
  { phrase: 'history degrees warehouses', chapter: 'guide/foundations/', h1: 'Routes in and the technical literacy you need' },
  { phrase: 'softphones housing association', chapter: 'guide/getting-experience/', h1: 'Your first project experience' },
  { phrase: 'payroll integration change request', chapter: 'guide/common-challenges/', h1: 'Common challenges' },
];

for (const { phrase, chapter, h1 } of cases) {
  test(`searching "${phrase}" finds and opens ${chapter}`, async ({ page }) => {
    await page.goto('');
    const input = await openSearch(page);
    await input.fill(phrase);
    const results = page.locator('#starlight__search .pagefind-ui__result-link');
    // The UI, index and result fragments load after the dialog opens; allow for a busy machine.
    await expect(results.first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
    const hrefs = await results.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(
      hrefs.some((h) => h?.startsWith(`/${chapter}`)),
      `top results: ${hrefs.join(', ')}`,
    ).toBe(true);
    await results
      .filter({ has: page.locator(`xpath=self::*[starts-with(@href, "/${chapter}")]`) })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/${chapter}`));
    await expect(page.locator('h1')).toContainText(h1);
  });
}

test('the keyboard shortcut opens search and Escape closes it', async ({ page }) => {
  await page.goto('guide/skills/');
  await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
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
  await page.goto('guide/stakeholders-and-reporting/');
  const tabs = page.locator('starlight-tabs').first();
  await expect(tabs.getByRole('tab').first()).toBeVisible();
  await expect(tabs.locator('.tab-label-fallback').first()).toBeHidden();
  const second = tabs.getByRole('tab').nth(1);
  await second.click();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tabpanel')).toHaveCount(1);
});

// The search UI (Pagefind UI script and styles, ~26 KiB gzip) loads only when a
// reader is about to search, never on page load or idle.
// Our lazy chunk, or Starlight's own Pagefind UI chunk (ui-core) if the override is lost.
const SEARCH_UI = /\/_astro\/(?:search-ui|ui-core)\.[^/]+\.(?:js|css)$|\/pagefind\//;

function searchRequests(page: import('@playwright/test').Page): string[] {
  const urls: string[] = [];
  page.on('request', (req) => {
    if (SEARCH_UI.test(new URL(req.url()).pathname)) urls.push(new URL(req.url()).pathname);
  });
  return urls;
}

test('no search UI code is requested before search is opened; clicking the button loads it and search works', async ({ page }) => {
  const requested = searchRequests(page);
  await page.goto('guide/the-role/', { waitUntil: 'networkidle' });
  await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
  // Idle time, twice: Starlight loads its search UI in an idle callback after load; ours must not.
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))));
  expect(requested, 'search UI requested before search was opened').toEqual([]);
  await expect(page.locator('#starlight__search input')).toHaveCount(0);

  const input = await openSearch(page);
  await expect(input).toBeFocused();
  expect(requested.some((u) => /search-ui\.[^/]+\.js$/.test(u))).toBe(true);
  expect(requested.some((u) => /search-ui\.[^/]+\.css$/.test(u))).toBe(true);
  await input.fill('stakeholder');
  await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
});

test('the shortcut opens search on a fresh page, loads the UI and focuses the input', async ({ page }) => {
  const requested = searchRequests(page);
  await page.goto('', { waitUntil: 'networkidle' });
  await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
  expect(requested).toEqual([]);
  await page.keyboard.press('Control+k');
  await expect(page.locator('site-search dialog')).toBeVisible();
  const input = page.locator('#starlight__search input');
  await expect(input).toBeFocused();
  await page.keyboard.type('RAID log');
  await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  await page.keyboard.press('Escape');
  await expect(page.locator('site-search dialog')).toBeHidden();
});

for (const how of ['hover', 'focus'] as const) {
  test(`${how} on the search button fetches the UI ahead of the click`, async ({ page }) => {
    const requested = searchRequests(page);
    await page.goto('glossary/raid-log/', { waitUntil: 'networkidle' });
    const button = page.locator('site-search button[data-open-modal]');
    await expect(button).toBeEnabled();
    expect(requested).toEqual([]);
    await button[how]();
    await expect.poll(() => requested.some((u) => /search-ui\.[^/]+\.js$/.test(u))).toBe(true);
    await expect(page.locator('site-search dialog')).toBeHidden();
  });
}

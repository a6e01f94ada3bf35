import { test, expect, type Page } from '@playwright/test';
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';

/**
 * Print on one chapter and on the whole-guide page (which holds every
 * chapter with the chapters' own markup): no site chrome, external link
 * targets written out, every tab panel shown.
 */
const CHROME = ['header.header', 'nav.sidebar', '.right-sidebar-container', '.pagination-links', 'site-search'];

async function expectPrintable(page: Page, what: string) {
  await expect(page.locator('h1')).toBeVisible();
  for (const chrome of CHROME) await expect(page.locator(chrome).first(), `${what}: ${chrome}`).toBeHidden();
  // External links print their address.
  const external = page.locator('.sl-markdown-content a[href^="http"]');
  expect(await external.count(), `${what}: external links in the text`).toBeGreaterThan(0);
  const after = await external.first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after, what).toContain('http');
  // Tab groups print every panel.
  const panels = page.locator('starlight-tabs [role="tabpanel"]');
  expect(await panels.count(), `${what}: tab panels`).toBeGreaterThan(0);
  for (const panel of await panels.all()) await expect(panel).toBeVisible();
}

// A chapter with external links and tab groups.
test('a chapter prints without site chrome, with external link targets shown and every tab panel', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('guide/common-challenges/');
  await expectPrintable(page, 'guide/common-challenges/');
});

test('the whole-guide page holds all chapters in order and prints to PDF without chrome', async ({ page }, testInfo) => {
  test.setTimeout(180_000); // a 1 MB page printed to some hundred A4 pages, on a busy machine
  await page.goto('whole-guide/');
  const titles = await page.locator('h2.chapter-title').allTextContents();
  // In the order of the four parts (src/config/parts.ts).
  expect(titles).toHaveLength(CHAPTER_SLUGS.length);
  expect(titles[0]).toMatch(/^1\. Is IT project management for you\?/);
  expect(titles[2]).toMatch(/^3\. Predictive, agile and hybrid delivery/);
  expect(titles.at(-1)).toMatch(new RegExp(`^${CHAPTER_SLUGS.length}\\. Frequently asked questions`));
  await page.emulateMedia({ media: 'print' });
  await expectPrintable(page, 'whole-guide/');
  await expect(page.locator('section.page-sources')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('whole-guide.pdf') });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(60);
});

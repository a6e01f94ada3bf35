import { test, expect } from '@playwright/test';
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';

const chapters = CHAPTER_SLUGS;

test('every chapter prints without site chrome, with external link targets shown', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const slug of chapters) {
    await page.goto(`guide/${slug}/`);
    await expect(page.locator('h1')).toBeVisible();
    for (const chrome of ['header.header', 'nav.sidebar', '.right-sidebar-container', '.pagination-links', 'site-search']) {
      await expect(page.locator(chrome).first(), `${slug}: ${chrome}`).toBeHidden();
    }
    const external = page.locator('.sl-markdown-content a[href^="http"]').first();
    if (await external.count()) {
      const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after, slug).toContain('http');
    }
    // Tab groups print every panel.
    const panels = page.locator('starlight-tabs [role="tabpanel"]');
    for (let i = 0; i < (await panels.count()); i++) await expect(panels.nth(i)).toBeVisible();
  }
});

test('the whole-guide page holds all chapters in order and prints to PDF', async ({ page }, testInfo) => {
  await page.goto('whole-guide/');
  const titles = await page.locator('h2.chapter-title').allTextContents();
  // In the order of the four parts (src/config/parts.ts).
  expect(titles).toHaveLength(CHAPTER_SLUGS.length);
  expect(titles[0]).toMatch(/^1\. Is IT project management for you\?/);
  expect(titles[2]).toMatch(/^3\. Predictive, agile and hybrid delivery/);
  expect(titles.at(-1)).toMatch(new RegExp(`^${CHAPTER_SLUGS.length}\\. Frequently asked questions`));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('whole-guide.pdf') });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(60);
});

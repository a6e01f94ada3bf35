import { test, expect } from '@playwright/test';
import { sitemapPaths } from './support.ts';
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';

test.use({ javaScriptEnabled: false });

const chapters = sitemapPaths('dist', '/').filter((p) => p.startsWith('guide/'));

test('every chapter of the four parts is built, and nothing else under guide/', () => {
  expect(chapters.map((p) => p.replace(/\/$/, '')).sort()).toEqual(CHAPTER_SLUGS.map((s) => `guide/${s}`).sort());
});

for (const path of chapters) {
  test(`with JavaScript off, /${path} is fully readable`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const content = page.locator('main .sl-markdown-content');
    await expect(content).toBeVisible();
    const words = (await content.innerText()).split(/\s+/).filter(Boolean).length;
    expect(words, 'words visible in the chapter').toBeGreaterThan(700);
    // Nothing in the chapter body is hidden from a reader without scripts.
    // Tab groups show every panel, each headed by its label; only the
    // (inoperable) tab strip itself is hidden. A diagram's text version sits
    // in a closed <details>, which opens without scripts; a heading a diagram
    // shows as a label at this width (the ladder map's groups) counts as shown.
    const hidden = await content.evaluate((root) => {
      const all = [...root.querySelectorAll('p, li, td, th, h2, h3')].filter((el) => !el.closest('[role="tablist"], details:not([open])'));
      const isHidden = (el: Element) => (el as HTMLElement).offsetParent === null;
      const shown = new Set(all.filter((el) => !isHidden(el)).map((el) => el.textContent!.trim()));
      return all
        .filter((el) => isHidden(el) && el.textContent!.trim() !== '' && !shown.has(el.textContent!.trim()))
        .map((el) => el.textContent!.trim().slice(0, 60));
    });
    expect(hidden, 'text hidden without JavaScript').toEqual([]);
    const panels = content.locator('[role="tabpanel"]');
    for (let i = 0; i < (await panels.count()); i++) {
      const panel = panels.nth(i);
      const tabId = await panel.getAttribute('aria-labelledby');
      const label = (await content.locator(`[id="${tabId}"]`).textContent())!.trim();
      await expect(panel.locator('.tab-label-fallback')).toHaveText(label);
      await expect(panel.locator('.tab-label-fallback')).toBeVisible();
    }
  });
}

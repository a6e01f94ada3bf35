import { test, expect } from '@playwright/test';
import { sitemapPaths } from './support.ts';

/**
 * Phones first: at 360 px and 390 px no page in the sitemap scrolls sideways.
 * Each page loads once at 360 px and is then widened to 390 px, as a phone
 * turned or a larger phone would show it; the elements that stick out are
 * only looked for when a page fails. Wide tables scroll inside their own box
 * instead (checked on two pages with the widest tables).
 */
for (const path of sitemapPaths('dist', '/')) {
  test(`narrow: /${path} has no sideways scroll at 360 and 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path, { waitUntil: 'load' });
    for (const width of [360, 390]) {
      if (width !== 360) await page.setViewportSize({ width, height: 800 });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(innerWidth).toBe(width);
      if (scrollWidth <= innerWidth) continue;
      const culprits = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll, .sl-markdown-content table, [aria-hidden="true"]'))
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}`),
      );
      expect(scrollWidth, `/${path} at ${width} px: ${culprits.join(', ')}`).toBeLessThanOrEqual(innerWidth);
    }
  });
}

for (const [path, selector] of [
  ['certifications/', '.table-scroll'],
  ['guide/stakeholders-and-reporting/', '.sl-markdown-content table'],
] as const) {
  test(`narrow: wide tables on /${path} scroll inside their own box, with a shadow cue`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    const box = page.locator(selector).first();
    const { scroll, client, overflow, background } = await box.evaluate((e) => ({
      scroll: e.scrollWidth,
      client: e.clientWidth,
      overflow: getComputedStyle(e).overflowX,
      background: getComputedStyle(e).backgroundImage,
    }));
    expect(scroll, 'the table is wider than its box').toBeGreaterThan(client);
    expect(overflow).toBe('auto');
    expect(background, 'edge shadows show there is more to scroll').toContain('radial-gradient');
  });
}

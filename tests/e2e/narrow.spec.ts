import { test, expect } from '@playwright/test';
import { representativeOf, templatesOf } from './templates.ts';

/**
 * Phones first: at 360 px and 390 px no page scrolls sideways. One page per
 * template (tests/e2e/templates.ts, the whole guide among them, which holds
 * every chapter); the build's site pass finds the markup that is bound to be
 * too wide on every page (fixed widths, unbreakable text, tables outside a
 * scroll box: the width rule in build/site/rules.ts). Each page loads once at
 * 360 px and is then widened to 390 px, as a phone turned or a larger phone
 * would show it; the elements that stick out are only looked for when a page
 * fails. Wide tables scroll inside their own box instead.
 */
for (const t of templatesOf('root')) {
  test(`narrow: [${t.name}] /${t.representative} has no sideways scroll at 360 and 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const response = await page.goto(t.representative, { waitUntil: 'load' });
    expect(response?.status()).toBe(t.status);
    for (const width of [360, 390]) {
      if (width !== 360) await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth <= width) continue;
      const culprits = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter(
            (e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll, .sl-markdown-content table, [aria-hidden="true"]'),
          )
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}`),
      );
      expect(scrollWidth, `/${t.representative} at ${width} px: ${culprits.join(', ')}`).toBeLessThanOrEqual(width);
    }
  });
}

for (const [path, selector] of [
  [representativeOf('tool certifications'), '.table-scroll'],
  ['guide/stakeholders-and-reporting/', '.sl-markdown-content .table-scroll'],
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

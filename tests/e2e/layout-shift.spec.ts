import { test, expect } from '@playwright/test';
import { layoutShift, recordLayoutShifts } from './cls.ts';
import { templatesOf } from './templates.ts';

/**
 * Cumulative Layout Shift, measured in the page by a PerformanceObserver
 * (buffered, so shifts from the first paint on count), from load until the
 * page has settled (tests/e2e/cls.ts): island controls appearing, fonts,
 * images. One page per template (tests/e2e/templates.ts), the tools included,
 * must stay below 0.01 (Web Vitals calls 0.1 "good"), on a desktop and a
 * 360 px phone screen.
 */
const viewports = [
  { name: 'desktop', size: { width: 1280, height: 720 } },
  { name: 'phone', size: { width: 360, height: 740 } },
];

// The sidebar's reading progress, the self-assessment's summary and the career
// plan's first-visit suggestions are in place from the first paint (before,
// CLS 0.008 to 0.28 on these pages).
for (const { name, size } of viewports) {
  for (const t of templatesOf('root')) {
    test(`no layout shift: [${t.name}] /${t.representative} on a ${name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await recordLayoutShifts(page);
      const response = await page.goto(t.representative, { waitUntil: 'load' });
      expect(response?.status()).toBe(t.status);
      const { cls, sources } = await layoutShift(page);
      expect(cls, `CLS ${cls.toFixed(4)}; shifted: ${sources.join(', ')}`).toBeLessThan(0.01);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the glossary shows no filter controls (they could not work)', async ({ page }) => {
    await page.goto('glossary/');
    await expect(page.locator('.glossary-term').first()).toBeVisible();
    await expect(page.locator('form.glossary-controls')).toBeHidden();
  });
});

test('with JavaScript, the glossary filter controls are there from the first paint and work', async ({ page }) => {
  await page.goto('glossary/');
  await expect(page.locator('form.glossary-controls')).toBeVisible();
  await page.getByLabel('Filter terms').fill('RAID');
  await expect(page.locator('#raid-log')).toBeVisible();
  await expect(page.locator('#glossary-count')).not.toHaveText(/^\d+ terms$/);
});

// A slow connection or a busy phone paints a page before all of it has
// arrived. Starlight puts the table of contents before the chapter in the
// markup; alone, it sat where the chapter goes and jumped about 680 px to the
// right when the chapter arrived (CLS 0.41 under load). It now takes its place
// from the start.
test('on a desktop, the table of contents is in its final place before the chapter text has arrived', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('guide/the-role/');
  const whole = (await page.locator('.right-sidebar').boundingBox())!;
  await page.route('**/guide/the-role/', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const cut = html.indexOf('<div class="main-pane');
    expect(cut, 'the chapter follows the table of contents in the markup').toBeGreaterThan(0);
    await route.fulfill({ response, body: html.slice(0, cut) });
  });
  await page.reload();
  await expect(page.locator('.main-pane')).toHaveCount(0);
  const early = (await page.locator('.right-sidebar').boundingBox())!;
  expect(early.x).toBe(whole.x);
  expect(early.width).toBe(whole.width);
});

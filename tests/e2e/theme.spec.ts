import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support.ts';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme switch changes the colours and the choice survives a reload', async ({ page }) => {
  await page.goto('guide/the-role/');
  const select = page.locator('starlight-theme-select select').first();

  await select.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await background(page);

  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);
  expect(dark).not.toBe(light);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(dark);
  await expectNoAxeViolations(page);
});

test('with no stored choice the page follows the system colour scheme', async ({ browser, baseURL }) => {
  for (const scheme of ['dark', 'light'] as const) {
    const context = await browser.newContext({ colorScheme: scheme, baseURL });
    const page = await context.newPage();
    await page.goto('');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await context.close();
  }
});

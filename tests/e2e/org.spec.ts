import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openSearch, SEARCH_TIMEOUT } from './support.ts';

// The example organisation (tests/fixtures/org-site) built from its own
// guide.config.ts and served by nginx under /careers/.

test('@org shows the organisation’s name, title, logo and footer note', async ({ page, request }) => {
  await page.goto('');
  await expect(page.locator('.site-title')).toContainText('Project careers at Northwind');
  await expect(page.locator('[data-organisation]')).toHaveText('Published for Northwind Logistics.');
  await expect(page.locator('.org-footer')).toContainText('Ask the PMO team');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  const src = await page.locator('.site-title img:visible').first().getAttribute('src');
  expect(src).toMatch(/^\/careers\/_astro\/logo-light\.[\w-]+\.svg$/);
  expect(await (await request.get(src!)).text()).toContain('northwind-light');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  const darkSrc = await page.locator('.site-title img:visible').first().getAttribute('src');
  expect(darkSrc).toMatch(/logo-dark/);
});

test('@org uses its accent colour in both themes, and stays axe clean', async ({ page }) => {
  await page.goto('org/career-levels/');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim());
  expect(light).toBe('#0f6b4f');
  await expectNoAxeViolations(page);
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expectNoAxeViolations(page);
  await page.goto('');
  await expectNoAxeViolations(page);
});

test('@org its own page sits in its own sidebar group, links work under /careers/, and search finds it', async ({ page, request }) => {
  await page.goto('guide/skills/');
  const group = page.locator('nav.sidebar details', { hasText: 'At Northwind' });
  await expect(group).toHaveCount(1);
  await group.getByRole('link', { name: 'Northwind project career levels' }).click();
  await expect(page).toHaveURL(/\/careers\/org\/career-levels\/$/);
  await expect(page.locator('h1')).toHaveText('Northwind project career levels');
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(4);
  for (const href of hrefs) {
    expect(href.startsWith('/careers/'), href).toBe(true);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  await page.goto('');
  const input = await openSearch(page);
  await input.fill('Northwind grade');
  await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toHaveAttribute('href', '/careers/org/career-levels/', { timeout: SEARCH_TIMEOUT });
});

test('@org hidden sections leave the navigation and home page; edit links point at its repository', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('main').getByRole('link', { name: /^Templates/ })).toHaveCount(0);
  await expect(page.locator('main').getByRole('link', { name: /^Glossary/ })).toHaveCount(1);
  await page.goto('guide/faq/');
  await expect(page.locator('nav.sidebar a[href="/careers/tools/templates/"]')).toHaveCount(0);
  await expect(page.locator('nav.sidebar a[href="/careers/glossary/"]')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Edit page/i })).toHaveAttribute(
    'href',
    /^https:\/\/git\.northwind\.example\/pmo\/careers-guide\/edit\/main\/.*guide\/faq\.mdx$/,
  );
});

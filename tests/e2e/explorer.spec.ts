import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openSearch, SEARCH_TIMEOUT } from './support.ts';

const node = (page: import('@playwright/test').Page, id: string) => page.locator(`a.role-node[data-role="${id}"]`);
const detail = (page: import('@playwright/test').Page, id: string) => page.locator(`#role-${id}`);

test('selecting a role by mouse shows its details and marks where it leads', async ({ page }) => {
  await page.goto('roles/');
  await expect(node(page, 'project-manager')).toHaveAttribute('aria-current', 'true');
  await node(page, 'senior-project-manager').click();
  await expect(node(page, 'senior-project-manager')).toHaveAttribute('aria-current', 'true');
  await expect(detail(page, 'senior-project-manager')).toBeVisible();
  await expect(detail(page, 'project-manager')).toBeHidden();
  await expect(node(page, 'programme-manager')).toHaveClass(/is-next/);
  await expect(node(page, 'project-manager')).toHaveClass(/is-prev/);
  await expect(page).toHaveURL(/\?role=senior-project-manager$/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing Senior project manager');
});

test('arrow keys move between roles and Enter selects', async ({ page }) => {
  await page.goto('roles/');
  await node(page, 'project-manager').focus();
  await page.keyboard.press('ArrowUp');
  await expect(node(page, 'senior-project-manager')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-column="side"] a.role-node').nth(2)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[data-column="entry"] a.role-node').nth(2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-column="entry"] a.role-node').first()).toBeFocused();
  const id = await page.locator('[data-column="entry"] a.role-node').first().getAttribute('data-role');
  await page.keyboard.press('Enter');
  await expect(node(page, id!)).toHaveAttribute('aria-current', 'true');
  await expect(detail(page, id!)).toBeVisible();
});

test('compare puts two roles side by side with the differences in words, and a shared URL restores it', async ({ page }) => {
  await page.goto('roles/?role=project-manager');
  await page.getByLabel('Compare with').selectOption('programme-manager');
  const panel = page.locator('[data-compare-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('h2')).toHaveText('Project manager compared with Programme manager');
  await expect(panel.locator('[data-differences] li').first()).toContainText('From Project manager to Programme manager');
  await expect(panel.locator('[data-differences] li').nth(1)).toContainText(/^\+\d /);
  await expect(panel.locator('.pairs li')).toHaveCount(11);
  await expect(page).toHaveURL(/role=project-manager&compare=programme-manager/);

  await page.reload();
  await expect(page.getByLabel('Compare with')).toHaveValue('programme-manager');
  await expect(panel).toBeVisible();
  await expect(node(page, 'programme-manager')).toHaveClass(/is-compared/);
  await expectNoAxeViolations(page);
});

test('hostile URLs fall back to the default role without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('roles/?role=%3Csvg%20onload%3Dalert(1)%3E&compare=%22%3E%3Cimg%3E');
  await expect(node(page, 'project-manager')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-compare-panel]')).toBeHidden();
  await expect(page.locator('role-explorer img, role-explorer svg[onload]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('no horizontal scroll at 360 px, with a comparison open', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, baseURL });
  const page = await context.newPage();
  for (const path of ['roles/?role=senior-project-manager&compare=project-manager', 'roles/pmo-lead/', 'certifications/?lead=30']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('axe: the explorer in dark mode with a role selected', async ({ page }) => {
  await page.goto('roles/?role=delivery-manager');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every role is listed with its details and an anchor', async ({ page }) => {
    await page.goto('roles/');
    const sections = page.locator('[data-role-detail]');
    expect(await sections.count()).toBeGreaterThanOrEqual(18);
    for (const s of await sections.all()) await expect(s).toBeVisible();
    await expect(page.locator('[data-controls]')).toBeHidden();
    await page.locator('a.role-node[data-role="pmo-lead"]').click();
    await expect(page).toHaveURL(/#role-pmo-lead$/);
    await expect(detail(page, 'pmo-lead')).toBeInViewport();
  });
});

test('a page per role, found by site search, linking certifications, terms and chapters', async ({ page, request }) => {
  await page.goto('');
  const input = await openSearch(page);
  await input.fill('portfolio manager');
  const links = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(links.first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  const hrefs = await links.evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href')));
  expect(hrefs.some((h) => h?.startsWith('/roles/portfolio-manager/')), hrefs.join(', ')).toBe(true);

  await page.goto('roles/portfolio-manager/');
  await expect(page.locator('h1')).toHaveText('Portfolio manager');
  for (const prefix of ['/certifications/', '/glossary/', '/guide/']) {
    const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
    expect((await request.get(href!)).status()).toBe(200);
  }
});

test('the progression chapter links into the explorer', async ({ page }) => {
  await page.goto('guide/career-progression/');
  await page.locator('main').getByRole('link', { name: 'role-ladder explorer', exact: true }).click();
  await expect(page).toHaveURL(/\/roles\/$/);
});

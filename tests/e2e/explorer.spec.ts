import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, openSearch, SEARCH_TIMEOUT } from './support.ts';
import { measureLayoutShift } from './cls.ts';

const node = (page: Page, id: string) => page.locator(`[data-ladder-map] a[data-role="${id}"]`);
const detail = (page: Page, id: string) => page.locator(`#role-${id}`);

test('wide screen: clicking a role shows its details beside the map, in view, with focus moved and back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('roles/');
  await expect(node(page, 'project-manager')).toHaveAttribute('aria-current', 'true');
  await node(page, 'senior-project-manager').click();
  await expect(node(page, 'senior-project-manager')).toHaveAttribute('aria-current', 'true');
  await expect(detail(page, 'senior-project-manager')).toBeFocused();
  await expect(detail(page, 'senior-project-manager').locator('h2')).toBeInViewport();
  await expect(detail(page, 'project-manager')).toBeHidden();
  // Beside the map, not below it.
  const map = await page.locator('[data-ladder-map]').boundingBox();
  const box = await detail(page, 'senior-project-manager').boundingBox();
  expect(box!.x).toBeGreaterThan(map!.x + map!.width - 1);
  await expect(node(page, 'programme-manager')).toHaveClass(/is-next/);
  await expect(node(page, 'project-manager')).toHaveClass(/is-prev/);
  await expect(page).toHaveURL(/#role-senior-project-manager$/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing Senior project manager');
  await page.keyboard.press('Escape');
  await expect(node(page, 'senior-project-manager')).toBeFocused();
});

test('phone: the details open directly under the tapped role, in view, and focus goes there', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, baseURL });
  const page = await context.newPage();
  await page.goto('roles/');
  await node(page, 'pmo-lead').tap();
  const section = detail(page, 'pmo-lead');
  await expect(section).toBeFocused();
  await expect(section.locator('h2')).toBeInViewport();
  // The section now sits inside the tapped role's list item, right after it.
  await expect(page.locator('li:has(> a[data-role="pmo-lead"]) > #role-pmo-lead')).toHaveCount(1);
  await section.getByRole('link', { name: 'Back to the map' }).click();
  await expect(node(page, 'pmo-lead')).toBeFocused();
  await context.close();
});

test('arrow keys follow the map’s arrows; Home and End reach the top and bottom rung; Enter selects', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('roles/');
  await node(page, 'project-manager').focus();
  await page.keyboard.press('ArrowUp');
  await expect(node(page, 'senior-project-manager')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const right = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.kind);
  expect(right).toBe('side-door');
  await page.keyboard.press('Home');
  await expect(node(page, 'portfolio-manager')).toBeFocused();
  await page.keyboard.press('End');
  await expect(node(page, 'project-coordinator')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  const left = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.kind);
  expect(left).toBe('entry');
  const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.role);
  await page.keyboard.press('Enter');
  await expect(node(page, id!)).toHaveAttribute('aria-current', 'true');
  await expect(detail(page, id!)).toBeVisible();
});

test('compare shows a radar chart, its table and every differing skill in words; the fragment restores it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('roles/#role-project-manager');
  await page.locator('[data-compare-with="programme-manager"]').click();
  const panel = page.locator('[data-compare-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('h2')).toHaveText('Project manager and Programme manager compared');
  await expect(panel.locator('svg.radar polygon.radar-a')).toHaveCount(1);
  await expect(panel.locator('svg.radar polygon.radar-b')).toHaveCount(1);
  await expect(panel.locator('table tbody tr')).toHaveCount(11);
  // Every skill whose level differs in the table is named in words, none as a bare "+1".
  const rows = await panel.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  const differing = rows.filter(([, a, b]) => a !== b).map(([label]) => label);
  const words = await panel.locator('.compare-layout .differences li').allTextContents();
  expect(words.length).toBe(differing.length);
  for (const label of differing)
    expect(
      words.some((w) => w.startsWith(`${label} rises`) || w.startsWith(`${label} falls`)),
      label,
    ).toBe(true);
  for (const w of words) expect(w).not.toMatch(/^\+\d/);
  await expect(page).toHaveURL(/#compare-project-manager-vs-programme-manager$/);

  await page.reload();
  await expect(page.locator('[data-compare-with="programme-manager"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel).toBeVisible();
  await expect(node(page, 'programme-manager')).toHaveClass(/is-compared/);
  await expectNoAxeViolations(page);
});

test('old query links open the same view and move to the fragment', async ({ page }) => {
  await page.goto('roles/?role=pmo-lead&compare=portfolio-manager');
  await expect(node(page, 'pmo-lead')).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/\/roles\/#compare-pmo-lead-vs-portfolio-manager$/);
});

test('hostile and malformed URLs fall back to the default view with no page error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const url of [
    'roles/#role-%',
    'roles/#%',
    'roles/#compare-%E0%A4%A-vs-x',
    'roles/?role=%3Csvg%20onload%3Dalert(1)%3E&compare=%22%3E%3Cimg%3E',
    'glossary/#%',
    'glossary/#%E0%A4%A',
  ]) {
    await page.goto(url);
    if (url.startsWith('roles/')) {
      await expect(node(page, 'project-manager')).toHaveAttribute('aria-current', 'true');
      await expect(page.locator('role-explorer')).toHaveClass(/enhanced/);
      await expect(page.locator('[data-role-detail]:visible')).toHaveCount(1);
    } else {
      await expect(page.locator('glossary-filter [data-controls]')).toBeVisible();
    }
  }
  await expect(page.locator('role-explorer img, role-explorer svg[onload]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('no layout shift while the explorer loads and enhances (CLS < 0.01)', async ({ page }) => {
  for (const path of ['roles/', 'roles/#role-pmo-lead', 'roles/#compare-project-manager-vs-portfolio-manager']) {
    const cls = await measureLayoutShift(page, path);
    expect(cls, path).toBeLessThan(0.01);
  }
});

test('axe: the explorer in dark mode with a role selected and a comparison open', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('roles/#compare-delivery-manager-vs-senior-project-manager');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('[data-compare-panel]')).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the map and every role’s details read, and a role’s link jumps to its details', async ({ page }) => {
    await page.goto('roles/');
    await expect(page.locator('[data-ladder-map] svg.lm-edges')).toBeVisible();
    expect(await page.locator('[data-ladder-map] path.lm-edge').count()).toBeGreaterThan(20);
    const sections = page.locator('[data-role-detail]');
    expect(await sections.count()).toBeGreaterThanOrEqual(18);
    for (const s of await sections.all()) await expect(s).toBeVisible();
    await expect(page.getByLabel('Compare with')).toBeHidden();
    await node(page, 'pmo-lead').click();
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
  expect(
    hrefs.some((h) => h?.startsWith('/roles/portfolio-manager/')),
    hrefs.join(', '),
  ).toBe(true);

  await page.goto('roles/portfolio-manager/');
  await expect(page.locator('h1')).toHaveText('Portfolio manager');
  await expect(page.locator('main')).toContainText('Job titles you will see:');
  for (const prefix of ['/certifications/', '/glossary/', '/guide/']) {
    const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
    expect((await request.get(href!)).status()).toBe(200);
  }
});

test('a role page shows pay only from official statistics, and says so where no statistics body confirms a figure', async ({ page }) => {
  await page.goto('roles/project-manager/');
  const pay = page.locator('ul.pay li');
  await expect(pay).toHaveCount(2);
  // No official series covers the role exactly: each figure says which body does not confirm it, and names what it would measure.
  for (const fact of await pay.locator('.fact').all()) await expect(fact).toHaveAttribute('data-fact-status', 'not-found');
  await expect(pay.first()).toContainText('O*NET-SOC 15-1299.09');
  await expect(pay.first()).toContainText('not confirmed by US Bureau of Labor Statistics');
  await expect(pay.nth(1)).toContainText('not confirmed by Office for National Statistics');
  await expect(page.locator('.page-sources')).toContainText(/Checked \d{1,2} \w+ 20\d\d/);
  await page.goto('roles/programme-manager/');
  await expect(page.locator('ul.pay')).toHaveCount(0);
});

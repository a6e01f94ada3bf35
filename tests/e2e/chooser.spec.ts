import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openSearch, SEARCH_TIMEOUT } from './support.ts';

const picks = (page: import('@playwright/test').Page) => page.locator('[data-picks] > li');

test('filling the form re-ranks the picks live, and the URL restores the same state', async ({ page }) => {
  await page.goto('certifications/');
  await expect(picks(page).first()).toBeVisible();
  const before = await picks(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cert));

  await page.getByLabel('Career stage').selectOption('project-manager');
  await page.getByLabel('Highest education').selectOption('bachelor');
  await page.getByLabel('Months leading or directing projects').fill('40');
  await page.getByLabel('Hours of project-management training').fill('35');
  await page.getByLabel('Your next goal').selectOption('lead-projects');

  const first = picks(page).first();
  await expect(first).toHaveAttribute('data-cert', 'pmi-pmp');
  await expect(first).toContainText('Eligible now');
  await expect(first).toContainText('36 months of leading projects; you have 40');
  const after = await picks(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cert));
  expect(after).not.toEqual(before);
  await expect(page.getByRole('status')).toContainText('picks for your profile');
  await expect(page).toHaveURL(/lead=40/);

  // A shared link reproduces the form and the ranking.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByLabel('Months leading or directing projects')).toHaveValue('40');
  await expect(other.getByLabel('Highest education')).toHaveValue('bachelor');
  await expect(picks(other).first()).toHaveAttribute('data-cert', 'pmi-pmp');
  expect(await picks(other).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cert))).toEqual(after);
});

test('holding a credential removes it and what it covers from the picks', async ({ page }) => {
  await page.goto('certifications/?stage=project-manager&edu=bachelor&lead=50&hours=40');
  await page.getByRole('checkbox', { name: 'PMP', exact: true }).check();
  await expect(page).toHaveURL(/held=pmi-pmp/);
  const ids = await picks(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cert));
  expect(ids).not.toContain('pmi-pmp');
  expect(ids).not.toContain('pmi-capm');
});

test('the form is keyboard operable', async ({ page }) => {
  await page.goto('certifications/');
  await page.getByLabel('Career stage').focus();
  await page.keyboard.press('ArrowDown'); // next option: coordinator
  await expect(page.getByLabel('Career stage')).toHaveValue('coordinator');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Highest education')).toBeFocused();
  await expect(page).toHaveURL(/stage=coordinator/);
});

test('hostile query strings fall back to defaults without errors or injected markup', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(d.message());
    void d.dismiss();
  });
  await page.goto(
    'certifications/?stage=%3Cimg%20src=x%20onerror=alert(1)%3E&edu=bachelor&lead=99999&held=%3Cscript%3E,pmi-pmp&goal=__proto__&region=uk&region=evil',
  );
  await expect(picks(page).first()).toBeVisible();
  await expect(page.getByLabel('Career stage')).toHaveValue('newcomer');
  await expect(page.getByLabel('Highest education')).toHaveValue('bachelor');
  await expect(page.getByLabel('Months leading or directing projects')).toHaveValue('600');
  await expect(page.getByRole('checkbox', { name: 'PMP', exact: true })).toBeChecked();
  await expect(page.getByLabel('Where you work')).toHaveValue('uk');
  await expect(page.locator('cert-chooser img, cert-chooser script:not([data-chooser-data])')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('axe finds nothing on the chooser with results shown, in light and dark', async ({ page }) => {
  await page.goto('certifications/?stage=project-manager&edu=bachelor&lead=30&hours=35');
  await expect(picks(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows a full comparison table of every certification instead of the form', async ({ page }) => {
    await page.goto('certifications/');
    await expect(page.locator('[data-chooser-app]')).toBeHidden();
    const rows = page.locator('table.compare tbody tr');
    await expect(rows).toHaveCount(22);
    await expect(page.locator('#row-pmi-pmp')).toContainText('PMP');
    await expect(page.locator('#row-pmi-pmp')).toBeVisible();
  });
});

test('each certification has a page with facts, sources and an as-of date, found by site search', async ({ page }) => {
  await page.goto('certifications/pmi-pmp/');
  await expect(page.locator('h1')).toContainText('Project Management Professional');
  await expect(page.getByText('Facts as of')).toBeVisible();
  expect(await page.locator('ul.sources a').count()).toBeGreaterThan(2);
  await page.goto('');
  const input = await openSearch(page);
  await input.fill('PRINCE2 Practitioner');
  const links = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(links.first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  const hrefs = await links.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
  expect(hrefs.some((h) => h?.startsWith('/certifications/prince2-practitioner/')), hrefs.join(', ')).toBe(true);
});

test('the certifications chapter links to the chooser', async ({ page }) => {
  await page.goto('guide/certifications/');
  await page.getByRole('link', { name: /certification chooser/i }).first().click();
  await expect(page).toHaveURL(/\/certifications\/$/);
});

import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openSearch, SEARCH_TIMEOUT } from './support.ts';

// The example organisation overlay (tests/fixtures/org-site: its own config,
// pages, branding, grades and certification policy) built by
// scripts/build-org-fixture.sh and served by nginx under /intranet/pm/.
const BASE = '/intranet/pm/';

test('@org shows the organisation’s name, title, logo and footer note', async ({ page, request }) => {
  await page.goto('');
  await expect(page.locator('.site-title')).toContainText('Project careers at Northwind');
  await expect(page.locator('[data-organisation]')).toHaveText('Published for Northwind Logistics.');
  await expect(page.locator('.org-footer')).toContainText('Ask the PMO team');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  const src = await page.locator('.site-title img:visible').first().getAttribute('src');
  expect(src).toMatch(/^\/intranet\/pm\/_astro\/logo-light\.[\w-]+\.svg$/);
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
});

// Pages with the overlay's additions (hero, own pages, grades, policy badges): axe clean in both themes, no sideways scroll at 360 px.
for (const path of ['', 'org/career-levels/', 'roles/', 'roles/senior-project-manager/', 'certifications/', 'certifications/pmi-pmp/']) {
  test(`@org /${path}: the overlay's additions are axe clean in both themes and fit 360 px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 360 px').toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const theme of ['light', 'dark']) {
      await page.locator('starlight-theme-select select').first().selectOption(theme);
      await expectNoAxeViolations(page);
    }
  });
}

test('@org its own pages sit in its own sidebar group, links work under the base, and the edit link points into the overlay', async ({ page, request }) => {
  await page.goto('guide/skills/');
  const group = page.locator('nav.sidebar details', { hasText: 'At Northwind' });
  await expect(group).toHaveCount(1);
  await expect(group.getByRole('link')).toHaveText(['Northwind project career levels', 'Training budget at Northwind', 'Mentoring for project staff']);
  await group.getByRole('link', { name: 'Northwind project career levels' }).click();
  await expect(page).toHaveURL(/\/intranet\/pm\/org\/career-levels\/$/);
  await expect(page.locator('h1')).toHaveText('Northwind project career levels');
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(4);
  for (const href of hrefs) {
    expect(href.startsWith(BASE), href).toBe(true);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  await expect(page.getByRole('link', { name: /Edit page/i })).toHaveAttribute(
    'href',
    'https://git.northwind.example/pmo/careers-guide/edit/main/tests/fixtures/org-site/pages/career-levels.mdx',
  );
});

test('@org hidden sections leave the navigation and home page; edit links point at its repository', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('main').getByRole('link', { name: /^Templates/ })).toHaveCount(0);
  await expect(page.locator('main').getByRole('link', { name: /^Glossary/ })).toHaveCount(1);
  await page.goto('guide/faq/');
  await expect(page.locator(`nav.sidebar a[href="${BASE}tools/templates/"]`)).toHaveCount(0);
  await expect(page.locator(`nav.sidebar a[href="${BASE}glossary/"]`)).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Edit page/i })).toHaveAttribute(
    'href',
    /^https:\/\/git\.northwind\.example\/pmo\/careers-guide\/edit\/main\/.*guide\/faq\.mdx$/,
  );
});

test('@org its grades stand beside the guide’s roles: the explorer’s diagram and details, and each role page', async ({ page }) => {
  await page.goto('roles/');
  // Inside the map's role boxes: the grade's name, with its label for screen readers and in the key.
  const node = page.locator('[data-ladder-map] a[data-role="senior-project-manager"]');
  await expect(node.locator('[data-org-grade]')).toHaveText('Northwind grade: P3 Senior Project Manager');
  await expect(page.locator('[data-ladder-map] a[data-role="project-coordinator"] [data-org-grade]')).toHaveText('Northwind grade: P1 Project Officer');
  await expect(page.locator('[data-ladder-map] .lm-legend')).toContainText('Second line in a role: Northwind grade');
  // Roles Northwind does not grade carry no tag.
  await expect(page.locator('[data-ladder-map] a[data-role="scrum-master"] [data-org-grade]')).toHaveCount(0);
  await expect(page.locator('[data-ladder-map] a [data-org-grade]')).toHaveCount(5);
  // The programme manager's details carry its grade with pay band and whom to ask.
  const details = page.locator('[data-role-detail="programme-manager"]');
  await expect(details).toContainText('P4 Programme Manager');
  await expect(details).toContainText('Band 6');
  await expect(details).toContainText('The Head of PMO');

  await page.goto('roles/senior-project-manager/');
  const block = page.locator('main [data-org-grades]');
  await expect(block).toContainText('At Northwind Logistics');
  await expect(block.locator('[data-org-grade]')).toHaveText('Northwind grade: P3 Senior Project Manager');
  await expect(block).toContainText('Pay band: Band 5');
  await expect(block).toContainText('Who to ask: The Head of PMO');

  await page.goto('tools/self-assessment/#r=33333323333');
  const assessment = JSON.parse((await page.locator('script[data-assessment-data]').textContent())!);
  expect(assessment.orgGrades.byRole['project-manager'][0].name).toBe('P2 Project Manager');
  // The result names the organisation's grade beside the closest role and the next rung.
  await expect(page.locator('[data-summary] [data-org-grade="project-manager"]')).toHaveText(' (Northwind grade: P2 Project Manager)');
  await expect(page.locator('[data-summary] [data-org-grade="senior-project-manager"]')).toHaveText(' (Northwind grade: P3 Senior Project Manager)');
});

test('@org the chooser marks funded and preferred credentials and states the training budget; credential pages say so', async ({ page }) => {
  await page.goto('certifications/');
  await expect(page.locator('[data-org-policy-note]')).toContainText('Training budget: Each person at P1 to P3 may spend up to £1,500 a year');
  await expect(page.locator('#row-pmi-pmp [data-org-policy]')).toHaveText('Funded and preferred');
  await expect(page.locator('#row-prince2-practitioner [data-org-policy]')).toHaveText('Funded');
  await expect(page.locator('#row-pmi-capm [data-org-policy]')).toHaveText('Preferred');
  await expect(page.locator('#row-google-pm-certificate [data-org-policy]')).toHaveText('Not supported');
  await expect(page.locator('#row-pmi-acp [data-org-policy]')).toHaveCount(0);
  const data = JSON.parse((await page.locator('script[data-chooser-data]').textContent())!);
  expect(data.certificationPolicy).toMatchObject({ organisation: 'Northwind Logistics', ranking: 'policy' });
  expect(data.certificationPolicy.credentials['pmi-pmp'].status).toBe('funded-and-preferred');

  // The chooser island: badges on the picks and the list of all credentials, and the reason in words.
  await page.goto('certifications/#stage=project-manager&edu=bachelor&lead=40&hours=35&goal=lead-projects');
  const pmp = page.locator('[data-picks] > li[data-cert="pmi-pmp"]');
  await expect(pmp.locator('[data-org-policy]')).toHaveText('Funded and preferred');
  await expect(pmp).toContainText('Preferred and funded by Northwind Logistics, so it ranks higher here.');
  await expect(page.locator('[data-all] > li[data-cert="google-pm-certificate"] [data-org-policy]')).toHaveText('Not supported');

  await page.goto('certifications/pmi-pmp/');
  const row = page.locator('dd[data-org-policy="funded-and-preferred"]');
  await expect(page.locator('dt', { hasText: 'At Northwind Logistics' })).toHaveCount(1);
  await expect(row).toContainText('Funded and preferred');
  await expect(row).toContainText('Book through the PMO');
  await expect(row).toContainText('£1,500 a year');
});

test('@org the home page: its hero, its buttons, its pages, a tab title said once, and its favicon', async ({ page, request }) => {
  await page.goto('');
  await expect(page).toHaveTitle('Project careers at Northwind');
  await expect(page.locator('.hero h1')).toHaveText('Your project career at Northwind');
  await expect(page.locator('.hero .tagline')).toContainText('How Northwind grades project roles');
  const actions = page.locator('.home-actions a');
  await expect(actions).toHaveText(['Northwind career levels', 'Start reading the guide']);
  await expect(actions.first()).toHaveAttribute('href', `${BASE}org/career-levels/`);
  const cards = page.locator('.org-pages');
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText('At Northwind');
  await expect(cards.getByRole('link')).toHaveCount(3);
  await expect(cards.getByRole('link').nth(1)).toHaveAttribute('href', `${BASE}org/training-budget/`);

  const icon = page.locator('link[rel="shortcut icon"]');
  const href = await icon.getAttribute('href');
  expect(href).toMatch(/^\/intranet\/pm\/favicon\.[0-9a-f]{10}\.svg$/);
  await expect(icon).toHaveAttribute('type', 'image/svg+xml');
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('image/svg+xml');
  expect(await res.text()).toContain('northwind-favicon');
  // Other pages keep "page | site" titles.
  await page.goto('org/training-budget/');
  await expect(page).toHaveTitle('Training budget at Northwind | Project careers at Northwind');
});

test('@org searching for the organisation’s name lists its own pages first, not every page', async ({ page }) => {
  await page.goto('guide/faq/');
  const input = await openSearch(page);
  await input.fill('Northwind');
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  // Pages in result order (each page's result lists its matching headings after it).
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[0]!));
  const pages = [...new Set(hrefs)];
  // All three, though "Mentoring for project staff" names Northwind only once, in its text.
  expect(pages.slice(0, 3).sort(), pages.join(', ')).toEqual([`${BASE}org/career-levels/`, `${BASE}org/mentoring/`, `${BASE}org/training-budget/`]);
  // The footer ("Published for Northwind Logistics. … Ask the PMO team at Wendover House.") is on every page but is not indexed.
  const summary = await page.locator('#starlight__search .pagefind-ui__message').textContent();
  const count = Number(/(\d+) result/.exec(summary ?? '')?.[1]);
  expect(count, summary!).toBeLessThan(50);
  // Pagefind also lists near matches ("vendor"), so check that no result matches the word itself.
  await input.fill('Wendover');
  await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText(/results? for Wendover|No results/);
  const marked = await page.locator('#starlight__search mark').allTextContents();
  expect(
    marked.filter((m) => /wendover/i.test(m)),
    marked.join(', '),
  ).toEqual([]);
});

import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openSearch, SEARCH_TIMEOUT } from './support.ts';
import { measureLayoutShift } from './cls.ts';

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
  await expect(first).toContainText('Needs 36 months leading projects; you have 40 months.');
  const after = await picks(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cert));
  expect(after).not.toEqual(before);
  await expect(page.locator('p[data-status]')).toContainText('picks for your profile');
  await expect(page).toHaveURL(/#.*lead=40/);
  // The profile lives in the fragment, which is never sent to the server.
  expect(new URL(page.url()).search).toBe('');

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
  await page.goto('certifications/#stage=project-manager&edu=bachelor&lead=50&hours=40');
  await page.getByRole('checkbox', { name: 'PMP', exact: true }).check();
  await expect(page).toHaveURL(/held=pmi-pmp/);
  const ids = await picks(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cert));
  expect(ids).not.toContain('pmi-pmp');
  expect(ids).not.toContain('pmi-capm');
});

test('a shared link opened in a tab that already shows the chooser brings its answers, and the saved ones survive', async ({ page }) => {
  await page.goto('certifications/');
  await page.getByLabel('Career stage').selectOption('coordinator');
  await expect(page).toHaveURL(/stage=coordinator/);
  // Only the fragment changes: the page is not reloaded.
  await page.goto('certifications/#stage=project-manager&edu=bachelor&lead=40&hours=35&goal=lead-projects');
  await expect(page.getByLabel('Career stage')).toHaveValue('project-manager');
  await expect(picks(page).first()).toHaveAttribute('data-cert', 'pmi-pmp');
  // A heading anchor is not a link's answers and changes nothing.
  await page.goto('certifications/#all-credentials');
  await expect(page.getByLabel('Career stage')).toHaveValue('project-manager');
  // The reader's own answers were not overwritten by the link.
  await page.goto('certifications/');
  await page.reload();
  await expect(page.getByLabel('Career stage')).toHaveValue('coordinator');
});

test('an old query-string link still opens and is rewritten to the fragment', async ({ page }) => {
  await page.goto('certifications/?stage=project-manager&edu=bachelor&lead=50');
  await expect(page.getByLabel('Career stage')).toHaveValue('project-manager');
  await expect(page).toHaveURL(/\/certifications\/#stage=project-manager&edu=bachelor&lead=50$/);
});

test('the self-assessment suggests a career stage, never fills it in unasked, and answers are kept', async ({ page }) => {
  await page.goto('tools/self-assessment/#r=33333323333');
  await page.getByRole('button', { name: 'Save as mine' }).click();
  await page.goto('certifications/');
  // A default is never passed off as the reader's answer: the stage is offered, not chosen.
  await expect(page.getByLabel('Career stage')).toHaveValue('');
  await expect(page.locator('[data-stage-note]')).toContainText('Your skills self-assessment puts you closest to Project manager.');
  await page.getByRole('button', { name: 'Use that stage' }).click();
  await expect(page.getByLabel('Career stage')).toHaveValue('project-manager');
  await expect(page.locator('[data-stage-note]')).toBeHidden();
  // A stage the reader picks wins, now and next time.
  await page.getByLabel('Career stage').selectOption('coordinator');
  await page.getByLabel('Highest education').selectOption('bachelor');
  await page.goto('certifications/');
  await expect(page.getByLabel('Career stage')).toHaveValue('coordinator');
  await expect(page.getByLabel('Highest education')).toHaveValue('bachelor');
  await expect(page.locator('[data-stage-note]')).toBeHidden();
  // A link that names a stage wins too.
  await page.goto('certifications/#stage=senior-pm');
  await page.reload();
  await expect(page.getByLabel('Career stage')).toHaveValue('senior-pm');
});

test('"Add to my plan" puts a pick into the career plan as a goal, once', async ({ page }) => {
  await page.goto('certifications/#stage=project-manager&edu=bachelor&lead=40&hours=35&goal=lead-projects');
  const first = picks(page).first();
  await expect(first).toHaveAttribute('data-cert', 'pmi-pmp');
  await first.getByRole('button', { name: /Add to my plan/ }).click();
  await expect(first.locator('[data-goal-status]')).toHaveText('Added to your career plan (short term).');
  await first.getByRole('button', { name: /Add to my plan/ }).click();
  await expect(first.locator('[data-goal-status]')).toHaveText('Already in your career plan.');
  await first.getByRole('link', { name: 'career plan' }).click();
  const goals = page.locator('[data-horizon="short"] textarea');
  await expect(goals.first()).toHaveValue('Earn the Project Management Professional (PMP).');
  // The plan's own suggestions were added too, on its first visit.
  expect(await page.locator('[data-items] textarea').count()).toBeGreaterThan(3);
});

test('the form is keyboard operable', async ({ page }) => {
  await page.goto('certifications/');
  await page.getByLabel('Career stage').focus();
  await page.keyboard.press('ArrowDown'); // from "Not chosen yet" to the first stage
  await expect(page.getByLabel('Career stage')).toHaveValue('newcomer');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Highest education')).toBeFocused();
  await expect(page).toHaveURL(/#stage=newcomer/);
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
  await expect(page.getByLabel('Career stage'), 'a stage the link cannot name stays unchosen').toHaveValue('');
  await expect(page.getByLabel('Highest education')).toHaveValue('bachelor');
  await expect(page.getByLabel('Months leading or directing projects')).toHaveValue('600');
  await expect(page.getByRole('checkbox', { name: 'PMP', exact: true })).toBeChecked();
  await expect(page.getByLabel('Where you work')).toHaveValue('uk');
  await expect(page.locator('cert-chooser img, cert-chooser script:not([data-chooser-data])')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('axe finds nothing on the chooser with results shown, in light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('certifications/#stage=project-manager&edu=bachelor&lead=30&hours=35');
  await expect(picks(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the questionnaire needs JavaScript and shows the full comparison table', async ({ page }) => {
    await page.goto('certifications/');
    await expect(page.locator('[data-chooser-app]')).toBeHidden();
    const note = page.locator('.needs-js-note');
    await expect(note).toBeVisible();
    await expect(note).toContainText('The questionnaire needs JavaScript');
    await note.getByRole('link', { name: 'comparison table' }).click();
    await expect(page.locator('#compare')).toBeInViewport();
    const rows = page.locator('table.compare tbody tr');
    await expect(rows).toHaveCount(24);
    await expect(page.locator('#row-pmi-pmp')).toContainText('PMP');
    await expect(page.locator('#row-pmi-pmp')).toBeVisible();
  });
});

test('each certification has a page with checked and source dates and its sources, found by site search', async ({ page }) => {
  await page.goto('certifications/pmi-pmp/');
  await expect(page.locator('h1')).toContainText('Project Management Professional');
  await expect(page.locator('[data-last-checked]')).toContainText(/\d{1,2} \w+ 20\d\d; next review due by \d{1,2} \w+ 20\d\d/);
  expect(await page.locator('.page-sources .source-note a').count()).toBeGreaterThanOrEqual(2);
  await page.goto('');
  const input = await openSearch(page);
  await input.fill('PRINCE2 Practitioner');
  const links = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(links.first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  const hrefs = await links.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
  expect(
    hrefs.some((h) => h?.startsWith('/certifications/prince2-practitioner/')),
    hrefs.join(', '),
  ).toBe(true);
});

test('the certifications chapter links to the chooser', async ({ page }) => {
  await page.goto('guide/certifications/');
  await page
    .getByRole('link', { name: /certification chooser/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/certifications\/$/);
});

test('wide screen: after an answer the results are in view beside the form, without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('certifications/');
  await page.getByLabel('Career stage').selectOption('project-manager');
  const heading = page.getByRole('heading', { name: 'Your picks' });
  await expect(heading).toBeInViewport();
  await expect(picks(page).first().locator('h3')).toBeInViewport();
  const form = await page.locator('form.chooser-form').boundingBox();
  const results = await page.locator('[data-results-panel]').boundingBox();
  expect(results!.x).toBeGreaterThan(form!.x + form!.width - 1);
  // Further down the form, the results stay in view.
  await page.getByLabel('Your next goal').selectOption('lead-projects');
  await expect(picks(page).first().locator('h3')).toBeInViewport();
});

test('phone: a one-line summary of the top pick sits above the form and links to the results', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL });
  const page = await context.newPage();
  await page.goto('certifications/#stage=project-manager&edu=bachelor&lead=40&hours=35&goal=lead-projects');
  const summary = page.locator('[data-summary]');
  await expect(summary).toBeInViewport();
  await expect(summary).toContainText('Your top pick: Project Management Professional (PMP). Eligible now.');
  const form = await page.locator('form.chooser-form').boundingBox();
  expect((await summary.boundingBox())!.y).toBeLessThan(form!.y);
  await summary.getByRole('link', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { name: 'Your picks' })).toBeInViewport();
  await context.close();
});

test('every one of the 24 credentials gets a verdict; filters by body and verdict; a dropped credential says why', async ({ page }) => {
  await page.goto('certifications/#stage=programme&edu=bachelor&work=150&lead=84&prog=50&hours=60&held=pmi-pmp&goal=programme-portfolio');
  const all = page.locator('[data-all] > li');
  await expect(all).toHaveCount(24);
  for (const li of await all.all()) await expect(li.locator('.answer-verdict')).not.toBeEmpty();
  // Said once: the verdict carries the reason, with no second sentence repeating it.
  await expect(page.locator('[data-all] > li[data-cert="pmi-capm"]')).toHaveText(/^CAPM\s*Covered by the PMP you hold\.$/);
  await expect(page.locator('[data-all] > li[data-cert="pmi-pmp"]')).toHaveText(/^PMP\s*You hold this already\.$/);
  await expect(page.locator('[data-all] > li .badge')).toHaveCount(5);
  await page.getByLabel('Awarded by').selectOption('PMI');
  const pmi = await all.evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden).map((li) => (li as HTMLElement).dataset.body));
  expect(pmi.length).toBeGreaterThan(5);
  expect(new Set(pmi)).toEqual(new Set(['PMI']));
  await page.getByLabel('Verdict').selectOption('done');
  await expect(page.locator('[data-all-count]')).toContainText(/of 24 credentials shown/);
  const done = await all.evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden).map((li) => (li as HTMLElement).dataset.cert));
  expect(done).toEqual(expect.arrayContaining(['pmi-pmp', 'pmi-capm']));
});

test('each pick says what lifted it above the next; "you said" appears only for answers given', async ({ page }) => {
  await page.goto('certifications/');
  await page.getByLabel('Your next goal').selectOption('lead-projects');
  const lifts = await page.locator('[data-picks] .lift').allTextContents();
  expect(lifts.length).toBe(4);
  for (const l of lifts) expect(l).toMatch(/^(Above the .+|Level with the .+)\.$/);
  const reasons = (await page.locator('[data-picks] li li').allTextContents()).join(' | ');
  expect(reasons).toContain('Serves your goal to show you can lead projects.');
  // No stage was chosen, and none is quoted back as the reader's.
  expect(reasons).not.toContain('the stage you said');
  expect(reasons).not.toMatch(/your stage|the stage you/i);
});

test('"Start again" asks first and can be undone', async ({ page }) => {
  await page.goto('certifications/#stage=project-manager&edu=bachelor&lead=40');
  await page.getByLabel('Months leading or directing projects').fill('41');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Months leading or directing projects')).toHaveValue('41');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByLabel('Months leading or directing projects')).toHaveValue('0');
  await expect(page.getByLabel('Career stage')).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Months leading or directing projects')).toHaveValue('41');
  await expect(page.getByLabel('Career stage')).toHaveValue('project-manager');
});

test('answers changed in another tab appear here', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('certifications/');
  await b.goto('certifications/');
  await a.getByLabel('Months leading or directing projects').fill('44');
  await expect(b.getByLabel('Months leading or directing projects')).toHaveValue('44');
});

test('no layout shift while the chooser loads and enhances (CLS < 0.01)', async ({ page }) => {
  for (const path of ['certifications/', 'certifications/#stage=project-manager&edu=bachelor&lead=40&hours=35&goal=lead-projects']) {
    const cls = await measureLayoutShift(page, path);
    expect(cls, path).toBeLessThan(0.01);
  }
});

import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support.ts';

const RATINGS_KEY = 'itpm-career-guide:ratings';

async function rate(page: Page, skill: string, level: number) {
  await page.locator(`fieldset[data-skill="${skill}"] input[value="${level}"]`).check();
}
const PM = {
  planning: 3,
  'delivery-methods': 3,
  risk: 3,
  communication: 3,
  leadership: 3,
  stakeholders: 3,
  finance: 3,
  strategy: 2,
  governance: 3,
  technical: 3,
  data: 3,
};

test.describe('skills self-assessment', () => {
  test('rating shows the closest role and the gap, which changes as ratings change; answers survive a reload', async ({ page }) => {
    await page.goto('tools/self-assessment/');
    for (const [skill, level] of Object.entries(PM)) await rate(page, skill, level);
    await rate(page, 'finance', 1);
    await expect(page.locator('[data-closest]')).toHaveText('Project manager');
    await expect(page.locator('[data-next]')).toHaveText('Senior project manager');
    const firstGap = page.locator('[data-grow] > li').first();
    await expect(firstGap).toHaveAttribute('data-gap', 'finance');
    await expect(firstGap).toContainText('level 1 → 4');
    await expect(firstGap.locator('a').first()).toHaveAttribute('href', /\/guide\//);
    await expect(page.locator('[data-chart] svg[role="img"] rect')).toHaveCount(22);

    await rate(page, 'finance', 4);
    await expect(page.locator('[data-grow] li[data-gap="finance"]')).toHaveCount(0);
    await expect(page.locator('[data-table-body] tr').first()).toContainText('Planning and scheduling');

    await page.reload();
    await expect(page.locator('fieldset[data-skill="finance"] input[value="4"]')).toBeChecked();
    await expect(page.locator('[data-closest]')).toHaveText('Project manager');
  });

  test('a shared link (fragment) shows the ratings it encodes; a hostile one falls back safely', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('tools/self-assessment/#r=44444444444');
    await expect(page.locator('fieldset[data-skill="risk"] input[value="4"]')).toBeChecked();
    await expect(page.locator('[data-closest]')).toHaveText(/Senior project manager|Programme manager/);
    await page.goto('tools/self-assessment/#r=%3Cimg%20src=x%20onerror=alert(1)%3E');
    await page.reload();
    await expect(page.locator('[data-summary]')).toContainText('Rate at least one skill');
    await expect(page.locator('[data-closest]')).toHaveCount(0);
    await expect(page.locator('skills-assessment img')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('"not rated" is its own state: left out of the match and the gap, and shown as such in the chart and table', async ({ page }) => {
    await page.goto('tools/self-assessment/');
    await expect(page.locator('fieldset[data-skill="risk"] input[value="0"]')).toBeChecked();
    await rate(page, 'finance', 2);
    await expect(page.locator('[data-summary]')).toContainText('You have rated 1 of 11 skills');
    await expect(page.locator('[data-grow] > li')).toHaveCount(1);
    await expect(page.locator('[data-grow] > li').first()).toHaveAttribute('data-gap', 'finance');
    await expect(page.locator('[data-table-body] tr.not-rated')).toHaveCount(10);
    await expect(page.locator('[data-table-body] tr').first()).toContainText('Not rated');
    await expect(page.locator('[data-chart] text.chart-unrated')).toHaveCount(10);
    await expect(page.locator('[data-chart] rect.chart-you')).toHaveCount(1);
    await expect(page.locator('[data-unrated]')).toContainText('Not rated yet, so not in the gap: Planning and scheduling');
    // The chart's text is at least 12 px on a phone.
    await page.setViewportSize({ width: 360, height: 800 });
    const sizes = await page.locator('[data-chart] text').evaluateAll((ts) => ts.map((t) => (t as SVGTextElement).getBoundingClientRect().height));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    const fonts = await page
      .locator('[data-chart] text, [data-table] td, [data-table] th')
      .evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(12);
    // The summary at the top shows the result before the form.
    const top = page.locator('[data-top-summary]');
    await expect(top).toContainText('1 of 11 skills rated');
    expect((await top.boundingBox())!.y).toBeLessThan((await page.locator('form.assessment-form').boundingBox())!.y);
  });

  test('corrupt or newer saved data is reported, kept untouched, and only replaced when the reader starts afresh (undoable)', async ({ page }) => {
    await page.goto('tools/self-assessment/');
    const newer = JSON.stringify({ app: 'itpm-career-guide', record: 'ratings', version: 99, rev: 3, savedAt: '', data: { future: true } });
    for (const [bad, message] of [
      ['{not json', 'not valid JSON'],
      [newer, 'newer version of this guide'],
    ] as const) {
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [RATINGS_KEY, bad]);
      await page.reload();
      const notice = page.locator('[data-notice]');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(message);
      await expect(page.locator('[data-results]')).toBeVisible();
      // A rating is shown but not saved: the stored record is exactly as it was.
      await rate(page, 'risk', 3);
      await expect(page.locator('[data-io-status]')).toContainText('Not saved');
      expect(await page.evaluate((k) => localStorage.getItem(k), RATINGS_KEY)).toBe(bad);
      const [copy] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download a copy of the saved data' }).click()]);
      expect(readFileSync((await copy.path())!, 'utf8')).toBe(bad);
      // A newer format is never overwritten; unreadable data can be replaced on request.
      await expect(notice.getByRole('button', { name: 'Start afresh' })).toBeVisible({ visible: bad !== newer });
    }
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [RATINGS_KEY, '{not json']);
    await page.reload();
    await page.getByRole('button', { name: 'Start afresh' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start afresh' }).click();
    await expect(page.locator('[data-notice]')).toBeHidden();
    await rate(page, 'risk', 2);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), RATINGS_KEY))!).data.levels.risk).toBe(2);
    await page.getByRole('button', { name: /^Undo/ }).click();
    expect(await page.evaluate((k) => localStorage.getItem(k), RATINGS_KEY)).toBe('{not json');
  });

  test('export to a file and import it back restores the answers; a wrong file gets a clear error', async ({ page }, testInfo) => {
    await page.goto('tools/self-assessment/');
    await rate(page, 'planning', 5);
    await rate(page, 'data', 2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^itpm-career-guide-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('export.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).records.ratings.levels.planning).toBe(5);

    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clear my ratings' }).click();
    await expect(page.locator('fieldset[data-skill="planning"] input[value="5"]')).not.toBeChecked();
    await page.getByLabel('Import a file you exported').setInputFiles(file);
    await expect(page.getByRole('dialog')).toContainText('It replaces your ratings and evidence in this browser.');
    await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
    await expect(page.locator('fieldset[data-skill="planning"] input[value="5"]')).toBeChecked();
    await expect(page.locator('fieldset[data-skill="data"] input[value="2"]')).toBeChecked();

    await page.getByLabel('Import a file you exported').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect(page.locator('[data-io-status]')).toContainText('Could not import “notes.json”: This is not a file exported from');
    await expect(page.locator('fieldset[data-skill="planning"] input[value="5"]')).toBeChecked();
  });

  test('axe: self-assessment with results, a shared view and the confirm dialog, light and dark', async ({ page }) => {
    test.slow(); // three full axe runs
    await page.goto('tools/self-assessment/#r=33332223300');
    await expect(page.locator('[data-closest]')).toBeVisible();
    await expect(page.locator('[data-banner="shared"]')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save as mine' }).click();
    await rate(page, 'risk', 1);
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('fieldset[data-skill="risk"] input[value="1"]')).toBeChecked();
  });
});

test.describe('career plan', () => {
  test('suggestions from the assessment can be edited, added and removed, and are kept', async ({ page }) => {
    await page.goto('tools/self-assessment/#r=33333323333');
    await rate(page, 'finance', 1);
    await page.getByRole('button', { name: 'Save as mine' }).click();
    await page.goto('tools/career-plan/');
    await expect(page.locator('[data-context]')).toContainText('closest role Project manager');
    const short = page.locator('[data-horizon="short"] textarea');
    await expect(short.first()).toHaveValue(/^Budgeting and finance: grow from level 1 to 4\. /);
    await short.first().fill('Own the budget for the next release');
    await page
      .locator('[data-horizon="long"]')
      .getByRole('button', { name: /Add a goal/ })
      .click();
    await expect(page.locator('[data-horizon="long"] textarea').last()).toBeFocused();
    await page.keyboard.type('Lead a programme');
    const midCount = await page.locator('[data-horizon="mid"] textarea').count();
    await page
      .locator('[data-horizon="mid"]')
      .getByRole('button', { name: /^Remove/ })
      .first()
      .click();
    // A goal with words in it is removed only when the reader confirms.
    await page.getByRole('dialog').getByRole('button', { name: 'Remove the goal' }).click();
    await expect(page.locator('[data-horizon="mid"] textarea')).toHaveCount(midCount - 1);
    await page.locator('[data-horizon="long"] select').last().selectOption('in-progress');
    await page.locator('[data-horizon="long"] input[type="date"]').last().fill('2027-06-30');
    await page.getByLabel('Your name on the printout (optional)').fill('Sam Lee');

    await page.reload();
    await expect(page.locator('[data-horizon="short"] textarea').first()).toHaveValue('Own the budget for the next release');
    await expect(page.locator('[data-horizon="long"] textarea').last()).toHaveValue('Lead a programme');
    await expect(page.locator('[data-horizon="mid"] textarea')).toHaveCount(midCount - 1);
    await expect(page.locator('[data-horizon="long"] select').last()).toHaveValue('in-progress');
    await expect(page.locator('[data-horizon="long"] input[type="date"]').last()).toHaveValue('2027-06-30');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^# My career plan/);
    expect(md).toContain('- [ ] Own the budget for the next release');
    expect(md).toContain('## Long term (2–5 years)');
    expect(md).toContain('- [ ] Lead a programme (in progress, target 30 June 2027)');
    expect(md, 'dates are written out for readers').not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(md).toContain('For Sam Lee.');
  });

  test('prints on A4 and Letter without site chrome', async ({ page }, testInfo) => {
    await page.goto('tools/career-plan/');
    await expect(page.locator('[data-horizon="short"] textarea').first()).toBeVisible();
    await page.getByLabel('Your name on the printout (optional)').fill('Sam Lee');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-print-meta]')).toBeVisible();
    await expect(page.locator('[data-print-meta]')).toHaveText(/^Career plan for Sam Lee, \d{1,2} [A-Z][a-z]+ \d{4}$/);
    for (const hidden of ['header.header', 'nav.sidebar', '.plan-actions', '[data-horizon] textarea', '.goal-meta', '.plan-name']) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.print-text').first()).toBeVisible();
    const shot = await page.screenshot({ fullPage: true, path: testInfo.outputPath('plan-print.png') });
    expect(shot.length).toBeGreaterThan(10_000);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
    }
  });

  test('axe: career plan', async ({ page }) => {
    await page.goto('tools/career-plan/');
    await expect(page.locator('[data-horizon="short"] textarea').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('templates', () => {
  const files = [
    ['project-charter.md', 'text/markdown', '# Project charter'],
    ['status-report.md', 'text/markdown', '# Status report'],
    ['raid-log.md', 'text/markdown', '# RAID log'],
    ['raid-log.csv', 'text/csv', 'ID,Type,Description'],
    ['stakeholder-map.md', 'text/markdown', '# Stakeholder map'],
    ['stakeholder-map.csv', 'text/csv', 'Stakeholder,'],
    ['communication-plan.md', 'text/markdown', '# Communication plan'],
    ['communication-plan.csv', 'text/csv', 'Audience,'],
  ] as const;

  test('each template downloads with the right type and contents', async ({ page, request }) => {
    await page.goto('tools/templates/');
    for (const [file, type, start] of files) {
      const link = page.locator(`a[download][href$="/templates/${file}"]`);
      await expect(link).toHaveCount(1);
      const res = await request.get((await link.getAttribute('href'))!);
      expect(res.status(), file).toBe(200);
      expect(res.headers()['content-type'], file).toContain(type);
      expect((await res.text()).startsWith(start), file).toBe(true);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[download][href$="raid-log.csv"]').click()]);
    expect(download.suggestedFilename()).toBe('raid-log.csv');
  });

  test('previews open by keyboard, and the tools chapter links here', async ({ page }) => {
    await page.goto('tools/templates/');
    const summary = page.getByText('Preview the status report');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details[open] .template-preview')).toContainText('What changed');
    await expectNoAxeViolations(page);
    await page.goto('guide/tools-and-habits/');
    await page.locator('main').getByRole('link', { name: 'templates page' }).click();
    await expect(page).toHaveURL(/\/tools\/templates\/$/);
  });
});

import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support.ts';

const STORAGE_KEY = 'itpm-career-guide:progress';

async function rate(page: Page, skill: string, level: number) {
  await page.locator(`fieldset[data-skill="${skill}"] input[value="${level}"]`).check();
}
const PM = { planning: 3, 'delivery-methods': 3, risk: 3, communication: 3, leadership: 3, stakeholders: 3, finance: 3, strategy: 2, governance: 3, technical: 3, data: 3 };

test.describe('skills self-assessment', () => {
  test('rating shows the closest role and the gap, which changes as ratings change; answers survive a reload', async ({ page }) => {
    await page.goto('tools/self-assessment/');
    for (const [skill, level] of Object.entries(PM)) await rate(page, skill, level);
    await rate(page, 'finance', 1);
    await expect(page.locator('[data-closest]')).toHaveText('Project manager');
    await expect(page.locator('[data-next]')).toHaveText('Senior project manager');
    const firstGap = page.locator('[data-grow] li').first();
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

  test('a shared link shows the ratings it encodes; a hostile one falls back safely', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('tools/self-assessment/?r=44444444444');
    await expect(page.locator('fieldset[data-skill="risk"] input[value="4"]')).toBeChecked();
    await expect(page.locator('[data-closest]')).toHaveText(/Senior project manager|Programme manager/);
    await page.goto('tools/self-assessment/?r=%3Cimg%20src=x%20onerror=alert(1)%3E');
    await expect(page.locator('[data-closest]')).toHaveText('Project coordinator');
    await expect(page.locator('skills-assessment img')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('corrupt or old-version saved data is reported with a reset, never a broken page', async ({ page }) => {
    await page.goto('tools/self-assessment/');
    for (const bad of ['{not json', JSON.stringify({ app: 'itpm-career-guide', version: 0, ratings: {} })]) {
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, bad]);
      await page.reload();
      const notice = page.locator('[data-notice]');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(bad.startsWith('{not') ? 'not valid JSON' : 'old format');
      await expect(page.locator('[data-results]')).toBeVisible();
      await notice.getByRole('button', { name: 'Reset saved data' }).click();
      await expect(notice).toBeHidden();
      expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
    }
  });

  test('export to a file and import it back restores the answers; a wrong file gets a clear error', async ({ page }, testInfo) => {
    await page.goto('tools/self-assessment/');
    await rate(page, 'planning', 5);
    await rate(page, 'data', 2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^itpm-skills-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('export.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).ratings.planning).toBe(5);

    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.locator('fieldset[data-skill="planning"] input[value="5"]')).not.toBeChecked();
    await page.getByLabel('Import a file you exported').setInputFiles(file);
    await expect(page.locator('fieldset[data-skill="planning"] input[value="5"]')).toBeChecked();
    await expect(page.locator('fieldset[data-skill="data"] input[value="2"]')).toBeChecked();

    await page.getByLabel('Import a file you exported').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect(page.locator('[data-io-status]')).toContainText('Could not import “notes.json”: This is not a file exported from');
    await expect(page.locator('fieldset[data-skill="planning"] input[value="5"]')).toBeChecked();
  });

  test('axe: self-assessment with results, light and dark', async ({ page }) => {
    await page.goto('tools/self-assessment/?r=33332223332');
    await expect(page.locator('[data-closest]')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expectNoAxeViolations(page);
  });
});

test.describe('career plan', () => {
  test('suggestions from the assessment can be edited, added and removed, and are kept', async ({ page }) => {
    await page.goto('tools/self-assessment/?r=33333323333');
    await rate(page, 'finance', 1); // a change saves the ratings as the reader's own
    await page.goto('tools/career-plan/');
    await expect(page.locator('[data-context]')).toContainText('closest role Project manager');
    const short = page.locator('[data-horizon="short"] textarea');
    await expect(short.first()).toHaveValue(/budgeting and finance from level 1 to 4/i);
    await short.first().fill('Own the budget for the next release');
    await page.locator('[data-horizon="long"]').getByRole('button', { name: /Add a goal/ }).click();
    await expect(page.locator('[data-horizon="long"] textarea').last()).toBeFocused();
    await page.keyboard.type('Lead a programme');
    const midCount = await page.locator('[data-horizon="mid"] textarea').count();
    await page.locator('[data-horizon="mid"]').getByRole('button', { name: /^Remove/ }).first().click();
    await expect(page.locator('[data-horizon="mid"] textarea')).toHaveCount(midCount - 1);

    await page.reload();
    await expect(page.locator('[data-horizon="short"] textarea').first()).toHaveValue('Own the budget for the next release');
    await expect(page.locator('[data-horizon="long"] textarea').last()).toHaveValue('Lead a programme');
    await expect(page.locator('[data-horizon="mid"] textarea')).toHaveCount(midCount - 1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^# My career plan/);
    expect(md).toContain('- [ ] Own the budget for the next release');
    expect(md).toContain('## Long term (2–5 years)');
  });

  test('prints on A4 and Letter without site chrome', async ({ page }, testInfo) => {
    await page.goto('tools/career-plan/');
    await expect(page.locator('[data-horizon="short"] textarea').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header.header', 'nav.sidebar', '.plan-actions', '[data-horizon] textarea']) {
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

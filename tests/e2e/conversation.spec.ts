import { test, expect, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support.ts';

/**
 * The career conversation: evidence behind each rating, a manager rating the
 * same skills in a browser of their own, both views side by side, the
 * one-to-one pack on paper, and a team view that keeps nothing.
 */
const KEY = { ratings: 'itpm-career-guide:ratings', review: 'itpm-career-guide:review', plan: 'itpm-career-guide:plan' };
const rate = (page: Page, skill: string, level: number) => page.locator(`fieldset[data-skill="${skill}"] input[value="${level}"]`).check();
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const dataOf = async (page: Page, key: string) => JSON.parse((await stored(page, key)) ?? 'null')?.data;

/** A browser of one's own: a separate context with its own storage, allowed to use the clipboard. */
async function person(browser: Browser, baseURL: string | undefined, width = 390) {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('a reader rates with evidence; their manager rates the same skills in their own browser and sends them back; both see the differences in words', async ({
  browser,
  baseURL,
}) => {
  const reader = await person(browser, baseURL);
  const manager = await person(browser, baseURL);
  const r = reader.page;
  await r.goto('tools/self-assessment/');
  await rate(r, 'planning', 3);
  await rate(r, 'risk', 4);
  await rate(r, 'communication', 2);
  await expect(
    r.getByRole('checkbox', { name: 'Leadership and influence: Applied at work, not only known' }),
    'no mark on a skill without a level',
  ).toBeDisabled();
  await r.getByRole('checkbox', { name: 'Risk and issue management: Applied at work, not only known' }).check();
  await r.locator('fieldset[data-skill="risk"] summary').click();
  await r
    .getByLabel('Risk and issue management: What you did, where, and with what result')
    .fill('Ran the risk review for the CRM move; two risks closed before go-live.');
  await expect.poll(async () => (await dataOf(r, KEY.ratings))?.evidence?.risk).toMatch(/^Ran the risk review/);
  await r.getByRole('button', { name: 'Copy a link to these ratings' }).click();
  await expect(r.locator('[data-io-status]')).toContainText('Link copied');
  const link = await clipboard(r);
  expect(link).toMatch(/#r=30420000000&a=4$/);
  expect(link, 'evidence notes never travel in a link').not.toContain('CRM');

  // The manager opens it in their own browser and rates as their manager.
  const m = manager.page;
  await m.goto(link);
  await expect(m.locator('[data-banner="shared"]')).toBeVisible();
  await m.getByRole('button', { name: 'Rate them as their manager' }).click();
  await expect(m.locator('[data-banner="manager"]')).toBeVisible();
  await expect(m.locator('fieldset[data-skill="risk"] input[value="0"]'), 'the manager starts from a blank form').toBeChecked();
  await rate(m, 'planning', 4);
  await rate(m, 'risk', 2);
  await rate(m, 'data', 3);
  await expect(m.locator('[data-differences] li').first()).toHaveText(
    'You put them lower on Risk and issue management: 2 where they gave themselves 4. Only they mark it as applied at work.',
  );
  expect(await stored(m, KEY.ratings), 'the manager’s own self-assessment is untouched').toBeNull();
  expect((await dataOf(m, KEY.review))?.mine.levels.planning).toBe(4);
  // Reloading the link continues the review.
  await m.reload();
  await expect(m.locator('skills-assessment')).toHaveAttribute('data-mode', 'manager');
  await m.getByRole('button', { name: 'Copy a link back to them' }).click();
  const back = await clipboard(m);
  expect(back).toMatch(/#r=30420000000&a=4&m=40200000003$/);
  await expectNoAxeViolations(m);

  // The reader opens the link back: both views, the differences from their side, and they keep them.
  await r.goto(back);
  await expect(r.locator('[data-banner="feedback"]')).toBeVisible();
  await expect(r.locator('[data-differences] li')).toHaveText([
    'Your manager puts you lower on Risk and issue management: 2 where you gave yourself 4. Only you mark it as applied at work.',
    'Your manager puts you higher on Planning and scheduling: 4 where you gave yourself 3.',
    'Your manager did not rate Communication; you gave yourself 2.',
    'You left Data and reporting unrated; your manager puts you at 3.',
  ]);
  await r.getByRole('button', { name: 'Keep my manager’s ratings' }).click();
  await expect(r.locator('[data-io-status]')).toContainText('Kept.');
  await r.reload();
  await expect(r.locator('[data-two-views]')).toBeVisible();
  await expect(r.locator('[data-two-views-summary]')).toHaveText('Your levels differ on every one of the 2 skills you have both rated.');
  expect((await dataOf(r, KEY.ratings))?.evidence?.risk, 'the evidence is kept').toMatch(/^Ran the risk review/);
  const noSideways = await r.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(noSideways).toBe(true);
  await expectNoAxeViolations(r);
  expect([...reader.errors, ...manager.errors]).toEqual([]);
  await reader.context.close();
  await manager.context.close();
});

test('ratings saved before evidence existed open unchanged, and the first change saves them in the new format', async ({ page }) => {
  await page.goto('tools/self-assessment/');
  await page.evaluate((key) => {
    const levels = {
      planning: 3,
      'delivery-methods': 0,
      risk: 5,
      communication: 0,
      leadership: 0,
      stakeholders: 0,
      finance: 0,
      strategy: 0,
      governance: 0,
      technical: 0,
      data: 0,
    };
    localStorage.setItem(
      key,
      JSON.stringify({ app: 'itpm-career-guide', record: 'ratings', version: 1, rev: 3, savedAt: '2026-11-01T00:00:00.000Z', data: levels }),
    );
  }, KEY.ratings);
  await page.reload();
  await expect(page.locator('fieldset[data-skill="risk"] input[value="5"]')).toBeChecked();
  await page.locator('input[data-applied="planning"]').check();
  await expect.poll(async () => JSON.parse((await stored(page, KEY.ratings)) ?? 'null')?.version).toBe(2);
  expect((await dataOf(page, KEY.ratings)).levels).toMatchObject({ planning: 3, risk: 5 });
});

/** A reader's saved ratings (with evidence and a kept manager's view) and plan, as the pack reads them. */
async function seedPack(page: Page) {
  await page.goto('tools/one-to-one/');
  await page.evaluate((keys) => {
    const env = (record: string, version: number, data: unknown) =>
      JSON.stringify({ app: 'itpm-career-guide', record, version, rev: 1, savedAt: '2026-12-07T10:00:00.000Z', data });
    const levels = {
      planning: 3,
      'delivery-methods': 3,
      risk: 2,
      communication: 3,
      leadership: 2,
      stakeholders: 3,
      finance: 2,
      strategy: 2,
      governance: 2,
      technical: 3,
      data: 3,
    };
    localStorage.setItem(
      keys.ratings,
      env('ratings', 2, {
        levels,
        applied: ['planning', 'risk'],
        evidence: {
          risk: 'Ran the risk workshop for the payroll upgrade; two risks were closed before go-live.',
          finance: 'Tracked the £240,000 budget monthly for the CRM move.',
        },
        manager: { levels: { ...levels, risk: 3, finance: 1 }, applied: ['risk'], keptOn: '2026-12-01' },
      }),
    );
    localStorage.setItem(
      keys.plan,
      env('plan', 1, {
        seeded: true,
        name: 'Sam Lee',
        goals: [
          { id: 'g1', horizon: 'short', text: 'Run the risk review for the Q1 release.', status: 'in-progress', target: '2027-03-31' },
          { id: 'g2', horizon: 'mid', text: 'Lead a project with an external supplier.', status: 'planned', target: '2027-09-30' },
          { id: 'g3', horizon: 'long', text: 'Move up to senior project manager.', status: 'planned', target: '' },
        ],
      }),
    );
  }, KEY);
  await page.reload();
}

test('the one-to-one pack: both ratings and the evidence per gap, the plan with dates, one sheet on A4 and on US Letter', async ({ page }) => {
  await seedPack(page);
  await expect(page.locator('[data-pack-meta]')).toHaveText(/^For Sam Lee, \d{1,2} [A-Z][a-z]+ \d{4}$/);
  const risk = page.locator('[data-gap="risk"]');
  await expect(risk).toContainText('You 2 (applied at work). Your manager 3 (applied at work).');
  await expect(risk).toContainText('Evidence: Ran the risk workshop');
  await expect(page.locator('[data-pack-plan]')).toContainText('Run the risk review for the Q1 release (in progress, target 31 March 2027).');
  await expect(page.locator('[data-pack-diff] li').first()).toHaveText(
    'Your manager puts you higher on Risk and issue management: 3 where you gave yourself 2.',
  );
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages, `${format}: one sheet`).toBe(1);
  }
  // On paper: the gaps as one table, no buttons, and lines for agreed actions.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-pack-gap-table]')).toBeVisible();
  await expect(page.locator('[data-pack-gaps]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.locator('.pack-lines')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const chunks = await (await (await downloading).createReadStream()).toArray();
  expect(Buffer.concat(chunks).toString('utf8')).toMatch(/^# One-to-one pack\n\nFor Sam Lee, .*\n[^]*## Agreed actions/);
});

test('the team view reads five export files in the browser, keeps nothing, prints, and clears', async ({ page }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'team-'));
  const levels = (digits: string) =>
    Object.fromEntries(
      ['planning', 'delivery-methods', 'risk', 'communication', 'leadership', 'stakeholders', 'finance', 'strategy', 'governance', 'technical', 'data'].map(
        (k, i) => [k, Number(digits[i])],
      ),
    );
  const files = [
    ['Asha', '33232322233'],
    ['Ben', '22222221232'],
    ['Chloe', '43343333333'],
    ['Dev', '32232221243'],
    ['Eve', '23222222232'],
  ].map(([name, digits], i) => {
    const file = join(dir, `report-${i + 1}.json`);
    // Asha's PMP falls due about two months from today.
    const earned = new Date();
    earned.setUTCFullYear(earned.getUTCFullYear() - 3);
    earned.setUTCDate(earned.getUTCDate() + 60);
    const credentials = i === 0 ? { credentials: { held: [{ id: 'pmi-pmp', earned: earned.toISOString().slice(0, 10) }], log: [] } } : {};
    writeFileSync(
      file,
      JSON.stringify({
        app: 'itpm-career-guide',
        version: 2,
        exportedAt: '2026-12-01T00:00:00.000Z',
        records: {
          ratings: { levels: levels(digits!), applied: [], evidence: {}, manager: null },
          plan: { seeded: true, name: name!, goals: [] },
          ...credentials,
        },
      }),
    );
    return file;
  });
  const bad = join(dir, 'notes.json');
  writeFileSync(bad, '{"hello":1}');
  await page.goto('tools/team/');
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.locator('[data-team-files]').setInputFiles([...files, bad]);
  await expect(page.locator('[data-team-status]')).toContainText('Added 5 people.');
  await expect(page.locator('[data-team-status]')).toContainText(
    'Not added: “notes.json”: This is not a file exported from the IT Project Management Career Guide.',
  );
  await expect(page.locator('[data-team-people] li')).toHaveCount(5);
  await expect(page.locator('[data-team-spread] tr').first()).toContainText('Levels 2 to 4, middle 3.');
  await expect(page.locator('[data-team-gaps] li')).toHaveCount(5);
  await expect(page.locator('[data-team-renewals] li')).toHaveText([/^Asha: PMP, renew by .+ \(in (59|60) days\)\.$/]);
  expect(await page.evaluate(() => JSON.stringify(localStorage)), 'nothing of any file reaches storage').toBe(before);
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('Asha');
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-team-results]')).toBeVisible();
  await expect(page.locator('[data-team-files]')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Clear the page' }).click();
  await expect(page.locator('[data-team-results]')).toBeHidden();
  await page.reload();
  await expect(page.locator('[data-team-people] li')).toHaveCount(0);
  testInfo.annotations.push({ type: 'files', description: String(files.length) });
});

import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Nothing a reader saves is lost: the five ways data used to be lost, two
 * tabs at once, migration from the key used before the store, and storage
 * that is blocked or full.
 */
const KEY = {
  ratings: 'itpm-career-guide:ratings',
  plan: 'itpm-career-guide:plan',
  reading: 'itpm-career-guide:reading',
  legacy: 'itpm-career-guide:progress',
};

const rate = (page: Page, skill: string, level: number) => page.locator(`fieldset[data-skill="${skill}"] input[value="${level}"]`).check();
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const dataOf = async (page: Page, key: string) => JSON.parse((await stored(page, key)) ?? 'null')?.data;
const confirmWith = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
const firstGoal = (page: Page) => page.locator('[data-horizon="short"] textarea').first();

/** The reader's own ratings and an edited plan. */
async function setUp(page: Page) {
  await page.goto('tools/self-assessment/');
  for (const [skill, level] of [
    ['planning', 3],
    ['risk', 2],
    ['finance', 4],
  ] as const)
    await rate(page, skill, level);
  await page.goto('tools/career-plan/');
  await firstGoal(page).fill('My own first goal');
  await expect.poll(async () => (await dataOf(page, KEY.plan))?.goals[0]?.text).toBe('My own first goal');
}

test('loss 1: "Clear my answers" asks first, clears only the ratings (the plan is kept), and can be undone', async ({ page }) => {
  await setUp(page);
  const planBefore = await stored(page, KEY.plan);
  await page.goto('tools/self-assessment/');
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await expect(page.getByRole('dialog')).toContainText(
    'Your career plan, credentials, reading progress, chooser answers and any manager’s ratings you kept stay.',
  );
  await confirmWith(page, 'Cancel');
  await expect(page.locator('fieldset[data-skill="finance"] input[value="4"]')).toBeChecked();
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await confirmWith(page, 'Clear my ratings');
  await expect(page.locator('fieldset[data-skill="finance"] input[value="0"]')).toBeChecked();
  expect(await stored(page, KEY.plan)).toBe(planBefore);
  await page.goto('tools/career-plan/');
  await expect(firstGoal(page)).toHaveValue('My own first goal');
  // Undo lasts for the session, across pages.
  await page.goto('tools/self-assessment/');
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.locator('fieldset[data-skill="finance"] input[value="4"]')).toBeChecked();
  expect((await dataOf(page, KEY.ratings)).levels.risk).toBe(2);
});

test('loss 2: a shared link is shown as a shared assessment; changing it never touches the reader\'s data until "Save as mine"', async ({ page }) => {
  await setUp(page);
  const [ratingsBefore, planBefore] = [await stored(page, KEY.ratings), await stored(page, KEY.plan)];
  // An old query-string link still opens, and is rewritten to the fragment.
  await page.goto('tools/self-assessment/?r=44444444444');
  await expect(page).toHaveURL(/\/tools\/self-assessment\/#r=44444444444$/);
  await expect(page.locator('[data-banner="shared"]')).toContainText('You are viewing someone’s shared ratings.');
  await rate(page, 'risk', 5);
  await expect(page).toHaveURL(/#r=44544444444$/);
  await page.reload();
  await expect(page.locator('fieldset[data-skill="risk"] input[value="5"]')).toBeChecked();
  expect(await stored(page, KEY.ratings)).toBe(ratingsBefore);
  expect(await stored(page, KEY.plan)).toBe(planBefore);
  // The summary's link to the full results keeps the shared view (and its link).
  await page.getByRole('link', { name: 'See your full results' }).click();
  await expect(page.locator('#results-h')).toBeFocused();
  await expect(page.locator('[data-banner="shared"]')).toBeVisible();
  await expect(page).toHaveURL(/#r=44544444444$/);
  await page.getByRole('button', { name: 'Show my own ratings' }).click();
  await expect(page.locator('fieldset[data-skill="finance"] input[value="4"]')).toBeChecked();
  await expect(page).toHaveURL(/\/tools\/self-assessment\/$/);
  // Choosing to keep them asks first, and can be undone. (A link pasted into the same tab changes only the fragment.)
  await page.goto('tools/self-assessment/#r=44544444444');
  await expect(page.locator('fieldset[data-skill="risk"] input[value="5"]')).toBeChecked();
  await page.getByRole('button', { name: 'Save as mine' }).click();
  await expect(page.getByRole('dialog')).toContainText('Your own ratings (3 of 11 skills rated) are replaced');
  await confirmWith(page, 'Replace my ratings');
  await expect(page.locator('[data-banner="shared"]')).toBeHidden();
  expect((await dataOf(page, KEY.ratings)).levels.risk).toBe(5);
  expect(await stored(page, KEY.plan)).toBe(planBefore);
  await page.getByRole('button', { name: /^Undo/ }).click();
  expect(await stored(page, KEY.ratings)).not.toBe(ratingsBefore); // a new revision…
  expect(await dataOf(page, KEY.ratings)).toEqual(JSON.parse(ratingsBefore!).data); // …of the same ratings
});

test("loss 3: plan in one tab and assessment in another: each tab's edits survive and appear in the other", async ({ context }) => {
  const plan = await context.newPage();
  const assess = await context.newPage();
  await assess.goto('tools/self-assessment/');
  await rate(assess, 'planning', 3);
  await plan.goto('tools/career-plan/');
  await expect(plan.locator('[data-context]')).toContainText('closest role');
  // Ratings change in one tab; the plan is edited in the other.
  await rate(assess, 'finance', 5);
  await firstGoal(plan).fill('Edited in the plan tab');
  await rate(assess, 'risk', 4);
  await expect.poll(async () => (await dataOf(assess, KEY.ratings))?.levels.risk).toBe(4);
  const r = await dataOf(assess, KEY.ratings);
  expect([r.levels.planning, r.levels.finance, r.levels.risk]).toEqual([3, 5, 4]);
  expect((await dataOf(assess, KEY.plan)).goals[0].text).toBe('Edited in the plan tab');
  // Two assessment tabs: a change in one appears in the other.
  const other = await context.newPage();
  await other.goto('tools/self-assessment/');
  await rate(assess, 'data', 2);
  await expect(other.locator('fieldset[data-skill="data"] input[value="2"]')).toBeChecked();
  await expect(other.locator('[data-io-status]')).toContainText('changed in another tab');
  // Two plan tabs: a goal edited in one appears in the other.
  const plan2 = await context.newPage();
  await plan2.goto('tools/career-plan/');
  await firstGoal(plan).fill('Edited again');
  await expect(firstGoal(plan2)).toHaveValue('Edited again');
});

test('two tabs: an older copy written to storage never replaces the newer one on show', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('tools/self-assessment/');
  await rate(a, 'planning', 2);
  const old = await stored(a, KEY.ratings);
  await rate(a, 'planning', 5);
  await b.goto('tools/self-assessment/');
  await expect(b.locator('fieldset[data-skill="planning"] input[value="5"]')).toBeChecked();
  // Another tab (say, an old copy of the page) writes the older revision back.
  await a.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY.ratings, old!]);
  // b shows the newer copy it has; the older one arriving from storage is ignored (nothing to wait for: no change).
  await b.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(b.locator('fieldset[data-skill="planning"] input[value="5"]')).toBeChecked();
  // The next change in b is saved on top of the latest stored copy, with a higher revision than any before.
  await rate(b, 'risk', 3);
  const now = JSON.parse((await stored(b, KEY.ratings))!);
  expect(now.rev).toBeGreaterThan(JSON.parse(old!).rev);
  expect(now.data.levels.risk).toBe(3);
});

test('loss 4: an import asks first, never imports nothing, and can be undone; a newer stored record is never overwritten', async ({ page }, testInfo) => {
  await setUp(page);
  const [ratingsBefore, planBefore] = [await stored(page, KEY.ratings), await stored(page, KEY.plan)];
  await page.goto('tools/self-assessment/');
  const input = page.getByLabel('Import a file you exported');
  // Empty ratings and no plan: reported, nothing changes, nothing asked.
  await input.setInputFiles({
    name: 'empty.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: 'itpm-career-guide', version: 1, ratings: {}, plan: null })),
  });
  await expect(page.locator('[data-io-status]')).toContainText(
    'Could not import “empty.json”: It holds no ratings, plan, credentials, reading progress, chooser answers or review, so nothing was changed.',
  );
  expect([await stored(page, KEY.ratings), await stored(page, KEY.plan)]).toEqual([ratingsBefore, planBefore]);
  // A real file: asked first; Cancel changes nothing.
  const file = testInfo.outputPath('other.json');
  const other = { app: 'itpm-career-guide', version: 2, exportedAt: '', records: { ratings: { planning: 1 }, reading: { read: ['guide/faq'] } } };
  writeFileSync(file, JSON.stringify(other));
  await input.setInputFiles(file);
  await expect(page.getByRole('dialog')).toContainText(
    'It replaces your ratings and evidence and your reading progress in this browser. Your career plan, your credentials with their learning log, your certification chooser answers and your ratings of a colleague as their manager are kept.',
  );
  await confirmWith(page, 'Cancel');
  await expect(page.locator('[data-io-status]')).toContainText('Nothing was imported.');
  expect(await stored(page, KEY.ratings)).toBe(ratingsBefore);
  await input.setInputFiles(file);
  await confirmWith(page, 'Import');
  await expect(page.locator('fieldset[data-skill="planning"] input[value="1"]')).toBeChecked();
  expect(await stored(page, KEY.plan)).toBe(planBefore);
  expect((await dataOf(page, KEY.reading)).read).toEqual(['guide/faq']);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.locator('fieldset[data-skill="planning"] input[value="3"]')).toBeChecked();
  expect((await dataOf(page, KEY.reading)).read).toEqual([]);
  // A record from a newer version: the first click does not overwrite it, and neither does an import.
  const newer = JSON.stringify({ app: 'itpm-career-guide', record: 'ratings', version: 7, rev: 40, savedAt: '', data: { x: 1 } });
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY.ratings, newer]);
  await page.reload();
  await expect(page.locator('[data-notice]')).toContainText('saved by a newer version of this guide');
  await rate(page, 'risk', 1);
  await input.setInputFiles(file);
  await confirmWith(page, 'Import');
  await expect(page.locator('[data-io-status]')).toContainText('except your ratings');
  expect(await stored(page, KEY.ratings)).toBe(newer);
});

test('loss 5: "Replace with fresh suggestions" asks first and can be undone', async ({ page }) => {
  await setUp(page);
  const before = await dataOf(page, KEY.plan);
  await page.getByRole('button', { name: 'Replace with fresh suggestions' }).click();
  await confirmWith(page, 'Cancel');
  await expect(firstGoal(page)).toHaveValue('My own first goal');
  await page.getByRole('button', { name: 'Replace with fresh suggestions' }).click();
  await confirmWith(page, 'Replace my plan');
  await expect(firstGoal(page)).not.toHaveValue('My own first goal');
  await page.reload();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(firstGoal(page)).toHaveValue('My own first goal');
  expect((await dataOf(page, KEY.plan)).goals).toEqual(before.goals);
});

test('removing a goal that has words in it asks first and can be undone', async ({ page }) => {
  await setUp(page);
  const before = await dataOf(page, KEY.plan);
  const remove = page.locator('[data-horizon="short"] button[data-remove]').first();
  await remove.click();
  await confirmWith(page, 'Cancel');
  await expect(firstGoal(page)).toHaveValue('My own first goal');
  await remove.click();
  await confirmWith(page, 'Remove the goal');
  await expect.poll(async () => (await dataOf(page, KEY.plan)).goals.some((g: { text: string }) => g.text === 'My own first goal')).toBe(false);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(firstGoal(page)).toHaveValue('My own first goal');
  expect((await dataOf(page, KEY.plan)).goals).toEqual(before.goals);
});

test('existing readers keep their data: the key used before the store is migrated into separate records', async ({ page }) => {
  await page.goto('tools/templates/');
  const legacy = {
    app: 'itpm-career-guide',
    version: 1,
    savedAt: '2026-10-01T08:00:00.000Z',
    ratings: { planning: 4, risk: 3 },
    plan: [{ horizon: 'short', text: 'Kept from before' }],
  };
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY.legacy, JSON.stringify(legacy)]);
  await page.goto('tools/career-plan/');
  await expect(firstGoal(page)).toHaveValue('Kept from before');
  await page.goto('tools/self-assessment/');
  await expect(page.locator('fieldset[data-skill="planning"] input[value="4"]')).toBeChecked();
  expect(await stored(page, KEY.legacy)).toBeNull();
  expect((await dataOf(page, KEY.ratings)).levels.risk).toBe(3);
});

// The thrown error names its caller: the site's bundled scripts (/_astro/) or
// an inline script (the theme scripts, overridden in src/components/Theme*.astro
// so that they guard their storage access). Any error from either fails the test.
const caller = `((new Error().stack ?? '').split('\\n').slice(2).join(' ').includes('/_astro/') ? 'bundled' : 'inline')`;
for (const [kind, script] of [
  ['blocked', `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied from ' + ${caller}, 'SecurityError'); } });`],
  ['full', `Storage.prototype.setItem = function () { throw new DOMException('full from ' + ${caller}, 'QuotaExceededError'); };`],
] as const) {
  test(`storage ${kind}: the tools say so and no page has errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(script);
    await page.goto('tools/self-assessment/');
    await expect(page.locator('[data-notice]')).toContainText('not letting the page save anything');
    await rate(page, 'risk', 3);
    await expect(page.locator('[data-io-status]')).toContainText('Not saved');
    await expect(page.locator('[data-closest]')).toBeVisible();
    await page.goto('tools/career-plan/');
    await expect(page.locator('[data-notice]')).toContainText('not letting the page save anything');
    await expect(firstGoal(page)).toBeVisible();
    await page.goto('certifications/');
    await page.locator('[data-add-goal]').first().click();
    await expect(page.locator('[data-goal-status]').first()).toContainText('Not added');
    await page.goto('guide/skills/');
    await page.getByLabel('Mark this chapter as read').click();
    await expect(page.locator('reading-progress[data-mode="mark"] [data-count]')).toContainText('Not saved');
    await expect(page.getByLabel('Mark this chapter as read')).not.toBeChecked(); // it shows what is saved
    await page.goto('');
    await expect(page.locator('reading-progress')).toContainText('0 of');
    expect(errors).toEqual([]);
  });
}

test('reading progress: mark as read, counts in the sidebar and on the home page, in sync across tabs, in the export', async ({ context }, testInfo) => {
  const page = await context.newPage();
  await page.goto('guide/skills/');
  const total = (await page.locator('reading-progress[data-mode="mark"]').getAttribute('data-chapters'))!.split(' ').length;
  expect(total).toBeGreaterThanOrEqual(11);
  const box = page.getByLabel('Mark this chapter as read');
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(page.locator('reading-progress[data-mode="mark"]')).toContainText(
    `1 of ${total} chapters read. Your progress stays in this browser; no account needed.`,
  );
  await expect(page.locator('nav.sidebar reading-progress [data-count]')).toHaveText(`1 of ${total} chapters read.`);
  await expect(page.locator('nav.sidebar reading-progress [data-continue]')).toContainText('Continue:');
  await expect(page.locator('nav.sidebar a[data-read]')).toHaveCount(1);
  await expect(page.locator('nav.sidebar a[data-read]')).toHaveAttribute('href', /\/guide\/skills\/$/);
  const home = await context.newPage();
  await home.goto('');
  await expect(home.locator('reading-progress [data-count]')).toHaveText(`1 of ${total} chapters read.`);
  await box.uncheck();
  await expect(home.locator('reading-progress [data-count]')).toHaveText(`0 of ${total} chapters read.`);
  await box.check();
  await page.reload();
  await expect(page.getByLabel('Mark this chapter as read')).toBeChecked();
  await page.goto('tools/self-assessment/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file (JSON)' }).click()]);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).records.reading.read).toEqual(['guide/skills']);
});

test.describe('reading progress without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the control and the counts are simply not shown', async ({ page }) => {
    await page.goto('guide/skills/');
    await expect(page.locator('reading-progress')).toHaveCount(2);
    for (const el of await page.locator('reading-progress').all()) await expect(el).toBeHidden();
    await page.goto('');
    await expect(page.locator('reading-progress')).toBeHidden();
  });
});

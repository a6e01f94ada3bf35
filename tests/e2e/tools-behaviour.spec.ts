import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { TOOLS, type Exercise } from '../../src/tools/registry.ts';

/**
 * How the tools behave for a reader: ranking by the goal on a phone, the map
 * by keyboard, links that copy, "Continue", one scroll per page, a page width
 * decided before any content arrives, saved work that is never lost
 * (F1–F5), and printouts with no controls and no table wider than the paper.
 */
const KEY = {
  ratings: 'itpm-career-guide:ratings',
  plan: 'itpm-career-guide:plan',
  reading: 'itpm-career-guide:reading',
  chooser: 'itpm-career-guide:chooser',
  legacy: 'itpm-career-guide:progress',
};
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const dataOf = async (page: Page, key: string) => JSON.parse((await stored(page, key)) ?? 'null')?.data;
const confirmWith = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
const env = (record: string, version: number, data: unknown) =>
  JSON.stringify({ app: 'itpm-career-guide', record, version, rev: 1, savedAt: '2026-12-01T00:00:00.000Z', data });

test('ranking through the form on a 390 px phone: a senior PM with a PMP and two years on a programme, aiming at programmes, gets MSP and PgMP first', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('certifications/');
  // The profile a senior PM would give (the same as the unit table's "a senior PM with a PMP aiming at programmes").
  await page.getByLabel('Career stage').selectOption({ label: 'Senior project manager' });
  await page.getByLabel('Highest education').selectOption({ label: "Four-year (bachelor's) degree" });
  await page.getByLabel('Months of professional work (any kind)').fill('120');
  await page.getByLabel('Your next goal').selectOption({ label: 'Move to programme or portfolio management' });
  await page.getByLabel('Months leading or directing projects').fill('84');
  await page.getByLabel('Months managing programmes').fill('24');
  await page.getByRole('checkbox', { name: 'PMP' }).check();
  const top = page.locator('[data-picks] > li h3 a');
  await expect(top.first()).toBeVisible();
  const firstTwo = await top.evaluateAll((links) => links.slice(0, 2).map((a) => a.textContent ?? ''));
  expect(firstTwo.join(' | ')).toMatch(/PgMP/);
  expect(firstTwo.join(' | ')).toMatch(/MSP/);
  // Said once: no verdict repeats its reason, and nothing assembled lowercases a name.
  for (const pick of await page.locator('[data-picks] > li').all()) {
    const text = (await pick.innerText()).replace(/\s+/g, ' ');
    expect(text).not.toMatch(/\b(pmi|safe|itil|prince2)\b/);
    expect(text).not.toMatch(/\(\([^)]*\)\)|\)\s*\(/);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the map by keyboard: one Tab stop for the whole map, arrows move focus only, Enter selects; compare changes only on Enter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('roles/');
  const mapLinks = page.locator('[data-ladder-map] a[data-role]');
  await expect(mapLinks.first()).toBeVisible();
  expect(await mapLinks.evaluateAll((links) => links.filter((a) => a.getAttribute('tabindex') !== '-1').length), 'one node in the Tab order').toBe(1);
  // Tab from the page's heading into the map, then past it: the map costs one Tab.
  await page.locator('#explorer-map-heading').evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-ladder-map] a[data-role]:focus')).toHaveCount(1);
  const selected = await page.locator('[data-ladder-map] a[aria-current="true"]').getAttribute('data-role');
  await page.keyboard.press('ArrowUp');
  const moved = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.role);
  expect(moved).not.toBe(selected);
  await expect(page.locator(`[data-ladder-map] a[data-role="${selected}"]`), 'arrows do not select').toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).matches('[data-ladder-map] a[data-role]')), 'one Tab leaves the map’s nodes').toBe(
    false,
  );
  // The comparison choices are buttons: focus moves along them without changing the comparison.
  const choice = page.locator('[data-compare-with]:not([disabled])').first();
  await choice.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-compare-with][aria-pressed="true"]')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-compare-with][aria-pressed="true"]')).toHaveCount(1);
  // Focus and selection look different: the focused node has an outline the selected one does not.
  const styles = await page.evaluate(() => {
    const sel = document.querySelector<HTMLElement>('[data-ladder-map] a[aria-current="true"]')!;
    sel.focus();
    const focused = getComputedStyle(sel).outlineStyle;
    (document.activeElement as HTMLElement).blur();
    return { focused, unfocused: getComputedStyle(sel).outlineStyle };
  });
  expect(styles.focused).not.toBe(styles.unfocused);
});

test('Copy a link: the chooser, the explorer and the self-assessment copy a link that restores the view', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const copied = () => page.evaluate(() => navigator.clipboard.readText());
  await page.goto('certifications/');
  await page.getByLabel('Months leading or directing projects').fill('30');
  await page.getByRole('button', { name: 'Copy a link to these answers' }).click();
  await expect(page.locator('[data-form-status]')).toContainText('Link copied');
  expect(await copied()).toMatch(/#.*lead=30/);
  await page.goto('roles/#compare-project-manager-vs-senior-project-manager');
  await page.getByRole('button', { name: 'Copy a link to this comparison' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('Link copied: it opens this comparison.');
  expect(await copied()).toMatch(/#compare-project-manager-vs-senior-project-manager$/);
  await page.goto('tools/self-assessment/');
  await page.getByRole('button', { name: 'Copy a link to these ratings' }).click();
  await expect(page.locator('[data-io-status]')).toHaveText('Rate at least one skill first: the link carries your ratings.');
  await page.locator('fieldset[data-skill="risk"] input[value="3"]').check();
  await page.getByRole('button', { name: 'Copy a link to these ratings' }).click();
  const link = await copied();
  expect(link).toMatch(/#r=00300000000$/);
  // The recipient sees a banner saying whose ratings these are.
  const other = await (await browser.newContext({ baseURL })).newPage();
  await other.goto(link);
  await expect(other.locator('[data-banner="shared"]')).toBeVisible();
  await context.close();
});

test('"Continue": the sidebar and the home page name the next unread chapter and link the plan once there is one', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.reading-summary [data-continue]').first()).toContainText('Start with:');
  await expect(page.locator('.reading-summary [data-plan-link]').first()).not.toBeVisible();
  await page.evaluate(
    (entries) => {
      for (const { key, value } of entries) localStorage.setItem(key, value);
    },
    [
      { key: KEY.reading, value: env('reading', 1, { read: ['guide/why-it-project-management', 'guide/the-role'] }) },
      { key: KEY.plan, value: env('plan', 1, { seeded: true, name: '', goals: [] }) },
    ],
  );
  await page.reload();
  const home = page.locator('.reading-summary').first();
  await expect(home.locator('[data-continue]')).toHaveText(/Continue:\s*Predictive, agile and hybrid delivery/);
  await expect(home.locator('[data-plan-link]')).toBeVisible();
  await home.locator('[data-continue]').click();
  await expect(page).toHaveURL(/guide\/delivery-models\/$/);
  await expect(page.locator('.sidebar-content .reading-summary [data-continue]')).toHaveText(/Continue:\s*Predictive, agile and hybrid delivery/);
});

test('one scroll per page: no element on a tool page scrolls on its own except a table’s box', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const tool of TOOLS) {
    await page.goto(tool.exercise.path);
    const ready = (tool.exercise as Exercise).ready;
    if (ready) await expect(page.locator(ready).first()).toBeAttached();
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((e) => {
          const s = getComputedStyle(e);
          return /(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
        })
        .filter((e) => !e.matches('table, .table-scroll, .table-scroll *, dialog, dialog *'))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    );
    expect(boxes, tool.route).toEqual([]);
  }
});

/** Serves the built site, holding one page's HTML after `pauseAt` bytes for `holdMs`. */
async function pausingServer(dist: string, pagePath: string, pauseAt: number, holdMs: number): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.png': 'image/png',
    '.webmanifest': 'application/manifest+json',
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = join(dist, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    if (url.pathname !== pagePath) {
      res.end(body);
      return;
    }
    res.write(body.subarray(0, pauseAt));
    setTimeout(() => res.end(body.subarray(pauseAt)), holdMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

for (const path of ['/roles/', '/certifications/']) {
  test(`no layout shift on ${path} when the browser paints a part of the HTML first`, async ({ browser }) => {
    const html = readFileSync(join('dist', path, 'index.html'));
    for (const fraction of [0.1, 0.3, 0.6]) {
      const { server, origin } = await pausingServer('dist', path, Math.floor(html.length * fraction), 700);
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })).newPage();
      await page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls, `${path} paused at ${Math.round(fraction * 100)}% of the HTML`).toBeLessThan(0.01);
      await page.context().close();
      server.close();
    }
  });
}

test('F1: fresh suggestions, then adding and removing an empty goal, then Undo brings back the reader’s own goals', async ({ page }) => {
  await page.goto('tools/career-plan/');
  const first = page.locator('[data-horizon="short"] textarea').first();
  await first.fill('My own goal that must survive');
  await expect.poll(async () => (await dataOf(page, KEY.plan))?.goals[0]?.text).toBe('My own goal that must survive');
  await page.getByRole('button', { name: 'Replace with fresh suggestions' }).click();
  await confirmWith(page, 'Replace my plan');
  await page.locator('[data-add="mid"]').click();
  const goals = page.locator('[data-horizon="mid"] [data-goal]');
  await goals
    .last()
    .getByRole('button', { name: /Remove/ })
    .click();
  await page.getByRole('button', { name: 'Undo', exact: false }).first().click();
  await expect.poll(async () => (await dataOf(page, KEY.plan))?.goals.map((g: { text: string }) => g.text)).toContain('My own goal that must survive');
});

test('F2: "Clear my answers", then a plan edit elsewhere, and the assessment’s Undo still brings the ratings back', async ({ page }) => {
  await page.goto('tools/self-assessment/');
  await page.locator('fieldset[data-skill="planning"] input[value="4"]').check();
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await confirmWith(page, 'Clear my ratings');
  await page.goto('tools/career-plan/');
  await page.locator('[data-horizon="short"] textarea').first().fill('An edit after the clear');
  await page.goto('tools/self-assessment/');
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.locator('fieldset[data-skill="planning"] input[value="4"]')).toBeChecked();
});

test('F3: "Save as mine" over saved ratings the page cannot read asks first and can be undone to the exact old text', async ({ page }) => {
  await page.goto('tools/self-assessment/');
  await page.evaluate((k) => localStorage.setItem(k, '{"not": "ours"'), KEY.ratings);
  await page.goto('tools/self-assessment/#r=33333333333');
  await page.getByRole('button', { name: 'Save as mine' }).click();
  await expect(page.getByRole('dialog')).toContainText('cannot read');
  await confirmWith(page, 'Replace them');
  await expect.poll(async () => (await dataOf(page, KEY.ratings))?.levels?.planning).toBe(3);
  await page.getByRole('button', { name: /^Undo/ }).click();
  expect(await stored(page, KEY.ratings)).toBe('{"not": "ours"');
});

test('F4: migration keeps the old key while a part of it could not be stored', async ({ page }) => {
  await page.goto('tools/self-assessment/');
  await page.evaluate((k) => {
    localStorage.setItem(
      k.legacy,
      JSON.stringify({ app: 'itpm-career-guide', version: 1, savedAt: '', ratings: { planning: 3 }, plan: [{ horizon: 'short', text: 'Old goal' }] }),
    );
    localStorage.setItem(k.ratings, '{broken');
  }, KEY);
  await page.reload();
  expect(await stored(page, KEY.legacy), 'the old key stays').not.toBeNull();
  expect((await dataOf(page, KEY.plan))?.goals[0]?.text, 'the part with somewhere to go moved').toBe('Old goal');
});

test('F5: the chooser says when a save failed, and an unreadable record offers download and a fresh start', async ({ page }) => {
  await page.goto('certifications/');
  await page.evaluate((k) => localStorage.setItem(k, 'not json at all'), KEY.chooser);
  await page.reload();
  const recovery = page.locator('.recovery');
  await expect(recovery).toContainText('could not be read');
  await page.getByLabel('Months leading or directing projects').fill('24');
  await expect(page.locator('[data-form-status]')).toContainText('could not be saved');
  const downloading = page.waitForEvent('download');
  await recovery.getByRole('button', { name: 'Download it' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/saved-chooser-answers/);
  await recovery.getByRole('button', { name: 'Start afresh' }).click();
  await confirmWith(page, 'Start afresh');
  await expect(recovery).toContainText('Started afresh');
  await recovery.getByRole('button', { name: 'Undo' }).click();
  expect(await stored(page, KEY.chooser)).toBe('not json at all');
});

test('an unreadable reading record offers download and a fresh start on the chapter where it is used', async ({ page }) => {
  await page.goto('guide/skills/');
  await page.evaluate((k) => localStorage.setItem(k, '[1,2'), KEY.reading);
  await page.reload();
  const recovery = page.locator('reading-progress .recovery');
  await expect(recovery).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Mark this chapter as read' })).toBeDisabled();
  await recovery.getByRole('button', { name: 'Start afresh' }).click();
  await confirmWith(page, 'Start afresh');
  await expect(page.getByRole('checkbox', { name: 'Mark this chapter as read' })).toBeEnabled();
});

test('printouts: no button, field or file control prints, and no printed table is wider than the page', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 1000 });
  for (const path of [
    'roles/#compare-project-manager-vs-senior-project-manager',
    'certifications/#lead=40&goal=programme',
    'tools/self-assessment/#r=32430200120',
    'tools/career-plan/',
    'tools/one-to-one/',
    'guide/the-role/',
  ]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const found = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const visible = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      return {
        controls: [...document.querySelectorAll('button, input, select, textarea')].filter(visible).map((e) => e.outerHTML.slice(0, 60)),
        wide: [...document.querySelectorAll('table')]
          .filter((t) => visible(t) && (t.getBoundingClientRect().width > width + 1 || t.scrollWidth > t.clientWidth + 1))
          .map((t) => t.className),
      };
    });
    expect(found, path).toEqual({ controls: [], wide: [] });
    await page.emulateMedia({ media: 'screen' });
  }
});

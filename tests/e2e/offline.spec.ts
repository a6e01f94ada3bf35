import { test, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';
import { CACHE_PREFIX, formatBytes } from '../../src/lib/offline/policy.ts';
import { recordCspViolations } from './csp-support.ts';
import { deriveBuild } from './offline-builds.ts';
import { startSiteServer, type SiteServer } from './offline-server.ts';
import { expectNoAxeViolations, SEARCH_TIMEOUT } from './support.ts';

// The offline worker (src/offline/sw.ts) in a real browser. Service workers
// are blocked in the other specs (playwright.config.ts), which test a
// reader's first visit; here they run. Every test has a fresh browser
// context, so no worker or cache carries over between tests. Offline is
// Playwright's network emulation, which also cuts the worker off (a page
// never opened must show the offline page, which proves it).

test.use({ serviceWorkers: 'allow' });

const SITE_TITLE = 'IT Project Management Career Guide';
/** The servers these tests start themselves (offline-server.ts); they stop if the port is taken. */
const UPDATE_PORT = 4325;
const ORG_PORT = 4326;

/** Waits until the page's offline worker is active; returns its script and scope. */
async function workerReady(page: Page): Promise<{ script: string; scope: string }> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return { script: reg.active!.scriptURL, scope: reg.scope };
  });
}

/** Whether a page (absolute URL) is in one of this site's caches. */
const isKept = (page: Page, url: string) => page.evaluate(async (u) => (await caches.match(u)) !== undefined, url);

const ownCaches = (page: Page) => page.evaluate(async (prefix) => (await caches.keys()).filter((k) => k.startsWith(prefix)), CACHE_PREFIX);

/** The file list of a build on disk. */
function manifestOn(dist: string): { version: string; total: { files: number; bytes: number; gzipBytes: number } } {
  const file = readdirSync(dist).find((f) => /^offline-[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error(`${dist} has no offline file list`);
  return JSON.parse(readFileSync(join(dist, file), 'utf8'));
}

/** Saves the whole guide from the Reading offline page; returns how long it took and what the page showed on the way. */
async function saveWholeGuide(page: Page, url = 'about/offline/'): Promise<{ ms: number; progress: string[] }> {
  await page.goto(url);
  const save = page.getByRole('button', { name: 'Save the whole guide for offline reading' });
  await expect(save).toBeEnabled({ timeout: 30_000 });
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    const target = document.querySelector('[data-progress-text]')!;
    new MutationObserver(() => seen.push(target.textContent ?? '')).observe(target, { childList: true, characterData: true, subtree: true });
  });
  const start = Date.now();
  await save.click();
  await expect(page.locator('[data-status]')).toContainText('The whole guide is saved on this device', { timeout: 120_000 });
  const ms = Date.now() - start;
  return { ms, progress: await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress) };
}

async function searchFor(page: Page, text: string) {
  const button = page.locator('site-search button[data-open-modal]');
  await expect(button).toBeEnabled();
  await button.click();
  await page.locator('#starlight__search input').fill(text);
  const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
  await expect(first).toBeVisible({ timeout: SEARCH_TIMEOUT });
  return first;
}

test('registers after load for the base path, is installable, and keeps the pages a reader opens; the rest shows the offline page', async ({
  page,
  context,
  baseURL,
}) => {
  const violations = await recordCspViolations(page);
  await page.goto('guide/the-role/');
  expect(await workerReady(page)).toEqual({ script: `${baseURL}sw.js`, scope: baseURL });
  // Opened before the worker existed, and kept all the same (the worker caches the pages open when it installs).
  await expect.poll(() => isKept(page, `${baseURL}guide/the-role/`)).toBe(true);
  expect(await isKept(page, `${baseURL}guide/skills/`)).toBe(false);

  await context.setOffline(true);
  await page.goto('guide/the-role/');
  await expect(page.locator('h1')).toHaveText('What an IT project manager does');
  await page.goto('guide/skills/');
  await expect(page.locator('h1')).toHaveText('Reading offline');
  await expect(page.locator('[data-missing]')).toBeVisible();
  await expect(page.locator('[data-missing]')).toContainText('/guide/skills/');
  const saved = page.locator('[data-saved] a');
  await expect(saved).toHaveText(['What an IT project manager does']);
  expect(await saved.getAttribute('href')).toBe('/guide/the-role/');
  await expectNoAxeViolations(page);
  await saved.click();
  await expect(page.locator('h1')).toHaveText('What an IT project manager does');
  // Offline, a query never makes a page miss: the kept page answers for it, and nothing is stored under the query.
  await page.goto('guide/the-role/?from=offline-test');
  await expect(page.locator('h1')).toHaveText('What an IT project manager does');
  expect(await isKept(page, `${baseURL}guide/the-role/?from=offline-test`)).toBe(false);
  expect(violations).toEqual([]);
});

test('passes Chromium’s installability checks: the manifest from every page, its icons, start address and scope', async ({
  baseURL,
  browserName,
}, testInfo) => {
  test.skip(browserName !== 'chromium');
  // Private (incognito) contexts are never installable, so this check uses a profile on disk.
  const profile = mkdtempSync(join(tmpdir(), 'offline-install-'));
  const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
  try {
    const page = await context.newPage();
    await page.goto('glossary/raid-log/');
    await workerReady(page);
    const cdp = await context.newCDPSession(page);
    expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${baseURL}manifest.webmanifest`);
    expect(errors).toEqual([]);
    const manifest = await (await page.request.get(url)).json();
    expect(manifest).toMatchObject({ name: SITE_TITLE, start_url: '/', scope: '/', display: 'standalone' });
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).headers()['content-type']).toBe('image/png');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('saving the whole guide states its size first, shows progress, and then every chapter, the glossary, the ladder map, templates and search work offline; removing it keeps the reader’s data', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const violations = await recordCspViolations(page);
  // The reader's own data, which nothing here may touch.
  await page.goto('guide/skills/');
  await page.getByLabel('Mark this chapter as read').check();
  const data = await page.evaluate(() => localStorage.getItem('itpm-career-guide:reading'));
  expect(data).toContain('guide/skills');

  const { total } = manifestOn('dist');
  await page.goto('about/offline/');
  await expect(page.locator('[data-size]')).toContainText(`takes ${formatBytes(total.bytes)} on this device (${total.files} files)`);
  await expectNoAxeViolations(page);
  const { ms, progress } = await saveWholeGuide(page);
  expect(progress.length, 'progress is shown while saving').toBeGreaterThan(2);
  expect(progress.at(-1)).toBe(`${formatBytes(total.bytes)} of ${formatBytes(total.bytes)}, ${total.files} of ${total.files} files`);
  testInfo.annotations.push({
    type: 'figure',
    description: `whole guide saved from astro preview in ${ms} ms: ${total.files} files, ${formatBytes(total.bytes)} stored, about ${formatBytes(total.gzipBytes)} compressed`,
  });
  console.log(`[offline] whole guide saved in ${ms} ms (${total.files} files, ${formatBytes(total.bytes)})`);

  await context.setOffline(true);
  for (const slug of CHAPTER_SLUGS) {
    await page.goto(`guide/${slug}/`);
    await expect(page.locator('[data-missing]'), slug).toHaveCount(0);
    await expect(page.locator('h1'), slug).toHaveCount(1);
  }
  await page.goto('glossary/raid-log/');
  await expect(page.locator('h1')).toHaveText('RAID log');
  await page.goto('roles/');
  await expect(page.locator('[data-ladder-map] a[data-role]').first()).toBeVisible();
  await page.goto('certifications/pmi-pmp/');
  await expect(page.locator('[data-missing]')).toHaveCount(0);

  // Search: Pagefind's code, WebAssembly, index and fragments all come from the saved copy.
  await page.goto('');
  const first = await searchFor(page, 'stakeholder');
  await first.click();
  await expect(page.locator('[data-missing]')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);

  // Downloads still work offline: a template from the saved copy, and an export made in the page (a blob: URL, which no worker sees).
  await page.goto('tools/templates/');
  const [template] = await Promise.all([page.waitForEvent('download'), page.locator('a[download][href$="raid-log.csv"]').click()]);
  expect(readFileSync((await template.path())!, 'utf8')).toContain('ID');
  await page.goto('tools/self-assessment/');
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file (JSON)' }).click()]);
  expect(JSON.parse(readFileSync((await exported.path())!, 'utf8')).records.reading.read).toEqual(['guide/skills']);

  // Remove offline copy (it works offline too): pages go, the reader's data stays.
  await page.goto('about/offline/');
  await page.getByRole('button', { name: 'Remove offline copy' }).click();
  await expect(page.locator('[data-status]')).toContainText('The offline copy is removed');
  expect(await isKept(page, `${baseURL}guide/skills/`)).toBe(false);
  expect(await isKept(page, `${baseURL}pagefind/pagefind.js`)).toBe(false);
  expect(await page.evaluate(() => localStorage.getItem('itpm-career-guide:reading'))).toBe(data);
  await page.goto('guide/why-it-project-management/');
  await expect(page.locator('[data-missing]')).toBeVisible();
  expect(violations).toEqual([]);
});

test('@subpath under /careers/ the worker, its scope, the manifest and the offline page all stay under the base path', async ({ page, context, baseURL }) => {
  const violations = await recordCspViolations(page);
  await page.goto('roles/project-manager/');
  expect(await workerReady(page)).toEqual({ script: `${baseURL}sw.js`, scope: baseURL });
  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ id: '/careers/', start_url: '/careers/', scope: '/careers/' });
  expect(manifest.icons.map((i: { src: string }) => i.src)).toEqual(expect.arrayContaining(['/careers/icons/icon-192.png', '/careers/icons/icon-512.png']));
  await expect.poll(() => isKept(page, `${baseURL}roles/project-manager/`)).toBe(true);
  expect(await ownCaches(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^itpm-career-guide-offline:\/careers\/:[0-9a-f]+$/)]));
  await context.setOffline(true);
  await page.goto('roles/project-manager/');
  await expect(page.locator('[data-missing]')).toHaveCount(0);
  await page.goto('glossary/');
  await expect(page.locator('[data-missing]')).toBeVisible();
  expect(await page.locator('[data-saved] a').first().getAttribute('href')).toBe('/careers/roles/project-manager/');
  expect(violations).toEqual([]);
});

test('@nginx through nginx’s pre-compressed responses, the whole guide saves and search works offline', async ({ page, context }, testInfo) => {
  test.setTimeout(240_000);
  const { total } = manifestOn('dist-base');
  const { ms } = await saveWholeGuide(page);
  testInfo.annotations.push({ type: 'figure', description: `whole guide saved through nginx in ${ms} ms` });
  console.log(`[offline] whole guide saved through nginx (gzip/brotli) in ${ms} ms (${total.files} files)`);
  await context.setOffline(true);
  await page.goto('guide/go-live/');
  await expect(page.locator('[data-missing]')).toHaveCount(0);
  await searchFor(page, 'RAID');
});

// ---- Updates: two builds served in turn at one address ------------------------------------------

/** Which build a tab shows, read three ways: the page, its stylesheet, and a file fetched as that page (Pagefind's, fixed name). */
async function buildOf(page: Page): Promise<{ page: string; stylesheet: string; pagefind: string }> {
  return page.evaluate(async () => ({
    page: document.documentElement.dataset.testBuild ?? 'A',
    stylesheet: getComputedStyle(document.documentElement).getPropertyValue('--test-build').replaceAll('"', '').trim() || 'A',
    pagefind: /test build (\w+)/.exec(await (await fetch('/pagefind/pagefind.js')).text())?.[1] ?? 'A',
  }));
}

const same = (label: string) => ({ page: label, stylesheet: label, pagefind: label });

test.describe('updates', () => {
  // One server on a fixed port: this group's tests run one after another, in one worker.
  test.describe.configure({ mode: 'default' });
  let server: SiteServer;
  let work: string;

  test.beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'offline-update-'));
    await deriveBuild('dist', join(work, 'b'), 'B', SITE_TITLE);
    await deriveBuild(join(work, 'b'), join(work, 'c'), 'C', SITE_TITLE);
    server = await startSiteServer(UPDATE_PORT, '/', 'dist');
  });
  test.afterAll(async () => {
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('a new build installs in the background, the notice offers to reload, and no tab ever mixes two builds; a failed update leaves the copy working', async ({
    context,
  }) => {
    test.setTimeout(300_000);
    const origin = server.origin;
    const tab1 = await context.newPage();
    const violations = await recordCspViolations(tab1);
    tab1.setDefaultNavigationTimeout(30_000);
    await saveWholeGuide(tab1, `${origin}/about/offline/`);
    await tab1.goto(`${origin}/guide/the-role/`);
    const tab2 = await context.newPage();
    await tab2.goto(`${origin}/guide/skills/`);
    expect(await buildOf(tab1)).toEqual(same('A'));
    expect(await buildOf(tab2)).toEqual(same('A'));

    // Build B goes live. The browser finds it (here: asked to look now) and installs it with the saved copy, in the background.
    server.serve(join(work, 'b'));
    await tab1.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(tab1.locator('.sw-update')).toContainText('A new version of this guide is ready.', { timeout: 120_000 });
    await expect(tab2.locator('.sw-update')).toContainText('A new version of this guide is ready.');
    await expectNoAxeViolations(tab2);
    expect(await buildOf(tab1), 'until the reader reloads, the tab keeps its build').toEqual(same('A'));

    // Reload in tab 1: build B takes over and tab 1 shows it, whole.
    await Promise.all([tab1.waitForEvent('load'), tab1.locator('.sw-update').getByRole('button', { name: 'Reload' }).click()]);
    expect(await buildOf(tab1)).toEqual(same('B'));
    // Tab 2 was not reloaded: it still gets build A's files, even for what it loads now (search).
    expect(await buildOf(tab2)).toEqual(same('A'));
    await searchFor(tab2, 'stakeholder');
    expect(await buildOf(tab2)).toEqual(same('A'));
    await tab2.reload();
    expect(await buildOf(tab2)).toEqual(same('B'));

    // Offline, build B's saved copy answers.
    await context.setOffline(true);
    await tab1.goto(`${origin}/glossary/raid-log/`);
    expect(await buildOf(tab1)).toEqual(same('B'));
    await context.setOffline(false);

    // Build C goes live with one page failing on the server: its install fails, no notice, build B stays whole.
    server.serve(join(work, 'c'));
    server.failing.add('guide/skills/');
    const state = await tab1.evaluate(async () => {
      const reg = (await navigator.serviceWorker.getRegistration())!;
      await reg.update();
      const worker = reg.installing;
      if (!worker) return 'nothing installed';
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => ['installed', 'redundant'].includes(worker.state) && resolve()));
      return worker.state;
    });
    expect(state).toBe('redundant');
    // Build B's copy and the tabs' record: nothing of C is left, and A's copy went once no tab showed it.
    await expect.poll(() => ownCaches(tab1)).toHaveLength(2);
    await expect(tab1.locator('.sw-update')).toHaveCount(0);
    await context.setOffline(true);
    await tab1.goto(`${origin}/guide/the-role/`);
    expect(await buildOf(tab1)).toEqual(same('B'));
    await tab1.goto(`${origin}/guide/skills/`);
    expect(await buildOf(tab1)).toEqual(same('B'));
    expect(violations).toEqual([]);
  });
});

// ---- An organisation that turns offline reading off ----------------------------------------------

test('@org with offline: false nothing registers; sw.js only removes an old worker; the page says who turned it off', async ({ page, request }) => {
  await page.goto('guide/the-role/');
  await page.waitForFunction(() => document.readyState === 'complete');
  const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(inline.some((s) => s.includes('.register('))).toBe(false);
  expect(inline.some((s) => s.includes('getRegistrations'))).toBe(true);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  const sw = await (await request.get('sw.js')).text();
  expect(sw).toContain('unregister');
  expect(sw).not.toMatch(/addEventListener\(`fetch`/);
  await page.goto('about/offline/');
  await expect(page.locator('main')).toContainText('Northwind Logistics has turned offline reading off');
  await expect(page.getByRole('button', { name: 'Save the whole guide for offline reading' })).toHaveCount(0);
  const manifest = await (await request.get('manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    name: 'Project careers at Northwind',
    short_name: 'Northwind Logistics',
    theme_color: '#0f6b4f',
    start_url: '/intranet/pm/',
  });
});

test.describe('@org an old worker', () => {
  // One server on a fixed port: this group's tests run one after another, in one worker.
  test.describe.configure({ mode: 'default' });
  const ONLINE = 'dist-org-offline-on';
  let server: SiteServer;

  test.beforeAll(async () => {
    if (!existsSync(ONLINE)) throw new Error(`${ONLINE}/ is missing: scripts/test.sh builds it (the organisation's site with offline reading on)`);
    server = await startSiteServer(ORG_PORT, '/intranet/pm/', ONLINE);
  });
  test.afterAll(async () => server?.close());

  /** A reader who used the organisation's guide while offline reading was on: a worker, a saved page and their own data. */
  async function oldWorker(context: BrowserContext): Promise<Page> {
    server.serve(ONLINE);
    server.from.clear();
    const page = await context.newPage();
    await page.goto(`${server.origin}/intranet/pm/guide/skills/`);
    await workerReady(page);
    await expect.poll(() => isKept(page, `${server.origin}/intranet/pm/guide/skills/`)).toBe(true);
    await page.getByLabel('Mark this chapter as read').check();
    server.serve('dist-org');
    return page;
  }

  const gone = async (page: Page) => ({
    registrations: await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    caches: (await ownCaches(page)).length,
  });

  test('@org is removed by the next page the reader opens, with its caches; their own data stays', async ({ context }) => {
    const page = await oldWorker(context);
    // The old sw.js is still served, so only the page's own script can do it here.
    server.from.set('sw.js', ONLINE);
    await page.goto(`${server.origin}/intranet/pm/guide/the-role/`);
    await expect.poll(() => gone(page)).toEqual({ registrations: 0, caches: 0 });
    expect(await page.evaluate(() => localStorage.getItem('itpm-career-guide:reading'))).toContain('guide/skills');
  });

  test('@org is replaced by the remover as soon as the browser checks for an update', async ({ context }) => {
    const page = await oldWorker(context);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect.poll(() => gone(page)).toEqual({ registrations: 0, caches: 0 });
    expect(await page.evaluate(() => localStorage.getItem('itpm-career-guide:reading'))).toContain('guide/skills');
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { releaseName } from './build/release.ts';

/**
 * Browser tests run against the production builds (search only exists there):
 *   dist/       served at http://127.0.0.1:4321/          (project "root")
 *   dist-base/  served at http://127.0.0.1:4322/careers/  (project "subpath")
 *   dist-base/  served by nginx at http://127.0.0.1:4323/careers/  (project "nginx")
 *   dist-release/  the example organisation's release archive (built from dist-org/ by
 *               scripts/package.mjs), unpacked and served by nginx through its own
 *               snippet at :4324/intranet/pm/, beside another app  (project "org")
 * tests/e2e/offline.spec.ts also starts its own static server on :4325 (an
 * update from one build to another) and :4326 (dist-org-offline-on/, an old
 * worker the organisation's offline: false build must remove).
 * `scripts/test.sh` builds them first. The ports are fixed: if one is already
 * taken, Playwright stops with "http://127.0.0.1:PORT is already used" instead
 * of testing some other server, and tests/e2e/global-setup.ts checks that each
 * server really serves this site under the expected base.
 */
export const ROOT_ORIGIN = 'http://127.0.0.1:4321';
export const BASE_ORIGIN = 'http://127.0.0.1:4322';
export const NGINX_ORIGIN = 'http://127.0.0.1:4323';
export const ORG_ORIGIN = 'http://127.0.0.1:4324';

/** The example organisation's archive (tests/fixtures/org-site is built for /intranet/pm/). */
const RELEASE = `dist-release/${releaseName(JSON.parse(readFileSync('package.json', 'utf8')).version, '/intranet/pm/')}.tar.gz`;

/**
 * The browser, in the order scripts/lib/chromium.sh looks (so a bare
 * `npx playwright test` uses the same one as `npm test`): $CHROMIUM_PATH, the
 * system Chromium, or Playwright's own download.
 */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];
const executablePath = process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM.find((p) => existsSync(p)) || undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  // A 2-core machine: two browsers plus the preview servers and nginx keep
  // both cores busy; a third worker only adds contention (and timeouts).
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    // The specs test a reader's first visit, before the offline worker exists; offline.spec.ts allows it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `${ROOT_ORIGIN}/` }, grepInvert: /@subpath|@nginx|@org/ },
    { name: 'subpath', use: { baseURL: `${BASE_ORIGIN}/careers/` }, grep: /@subpath/ },
    { name: 'nginx', use: { baseURL: `${NGINX_ORIGIN}/careers/` }, grep: /@nginx/ },
    { name: 'org', use: { baseURL: `${ORG_ORIGIN}/intranet/pm/` }, grep: /@org/ },
  ],
  webServer: [
    {
      command: 'astro preview --host 127.0.0.1 --port 4321 --ignore-lock',
      url: `${ROOT_ORIGIN}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      command: 'astro preview --host 127.0.0.1 --port 4322 --ignore-lock',
      url: `${BASE_ORIGIN}/careers/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/careers/', SITE_OUT_DIR: './dist-base' },
    },
    {
      // The documented hosting recipe: Debian's nginx with scripts/nginx-config.mjs.
      command: 'bash scripts/serve-nginx.sh dist-base /careers/ 4323',
      url: `${NGINX_ORIGIN}/careers/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The release archive as an intranet team deploys it (scripts/serve-release.sh).
      command: `bash scripts/serve-release.sh ${RELEASE} 4324`,
      url: `${ORG_ORIGIN}/intranet/pm/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});

// Measures what a browser fetches for each page type of the built site in
// dist/, next to the budgets in the tool registry (src/tools/registry.ts). Started by scripts/bench.sh
// after a timed build; writes bench-results/latest.json.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { PAGE_TYPES, budgetFigures, measurePage } from './measure.mjs';
import { pageTypes } from '../src/tools/registry.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4329);
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const budgets = Object.fromEntries(pageTypes().map((t) => [t.pageType, t.budget]));

async function waitForServer(url, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet: try again.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], {
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
try {
  await waitForServer(ORIGIN);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = [];
  for (const { type, path } of PAGE_TYPES) {
    const page = await browser.newPage();
    results.push({ type, path, totals: await measurePage(page, ORIGIN + path) });
    await page.close();
  }

  // What opening search costs, on demand: the search UI, Pagefind and the index for one query.
  const searchPage = await browser.newPage();
  await searchPage.goto(ORIGIN + 'guide/the-role/', { waitUntil: 'networkidle' });
  const onDemand = { raw: 0, gzip: 0, files: 0 };
  const pending = [];
  searchPage.on('response', (res) => {
    pending.push(
      res.body().then(
        (body) => {
          onDemand.raw += body.length;
          onDemand.gzip += gzipSync(body, { level: 9 }).length;
          onDemand.files += 1;
        },
        () => {},
      ),
    );
  });
  await searchPage.locator('site-search button[data-open-modal]').click();
  await searchPage.locator('#starlight__search input').fill('stakeholder');
  await searchPage.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
  await searchPage.waitForLoadState('networkidle');
  await Promise.all(pending);
  await browser.close();

  const build = Number(process.env.BENCH_BUILD_MS ?? NaN) / 1000;
  console.log(`\nBuild time: ${build.toFixed(1)} s\n`);
  console.log('page type  path                        asset      files   raw KB  gzip KB  budget KB');
  for (const r of results) {
    const figures = budgetFigures(r.totals);
    for (const k of ['html', 'css', 'js', 'inline js']) {
      const t = r.totals[k];
      const budget = k === 'inline js' ? '' : `${kb(budgets[r.type][k])}${figures[k] > budgets[r.type][k] ? '  OVER' : ''}`;
      const shown = k === 'js' ? `${kb(t.gzip)} (+inline = ${(figures.js / 1024).toFixed(1)})` : kb(t.gzip);
      console.log(`${r.type.padEnd(10)} /${r.path.padEnd(26)} ${k.padEnd(9)} ${String(t.files).padStart(6)}  ${kb(t.raw)}  ${shown}  ${budget}`);
    }
  }
  console.log('\nOn load + idle, all kinds (gzip KB):');
  for (const r of results) {
    const total = budgetFigures(r.totals).total;
    const budget = budgets[r.type].total;
    console.log(`${r.type.padEnd(10)} /${r.path.padEnd(26)} ${kb(total)}  budget ${kb(budget)}${total > budget ? '  OVER' : ''}`);
  }
  console.log(
    `\nOpening search and running one query (on demand, not on load): ${onDemand.files} files, ${kb(onDemand.raw)} raw KB, ${kb(onDemand.gzip)} gzip KB`,
  );

  // JS a page adds beyond what every page loads (the home page has no islands).
  const js = (r) => ({ raw: r.totals.js.raw + r.totals['inline js'].raw, gzip: budgetFigures(r.totals).js });
  const base = js(results[0]);
  console.log('\nJS beyond the home page (island code), files + inline:');
  for (const r of results.slice(1)) {
    const j = js(r);
    console.log(`${r.type.padEnd(10)} /${r.path.padEnd(26)} ${kb(j.raw - base.raw)} raw  ${kb(j.gzip - base.gzip)} gzip`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify({ buildSeconds: build, pages: results, searchOnDemand: onDemand }, null, 2));
} finally {
  server.kill();
}

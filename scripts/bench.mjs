// Measures what a browser fetches for each page type of the built site in dist/.
// Started by scripts/bench.sh after a timed build. Prints a table; also writes
// bench-results/latest.json for comparisons.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4329;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** One representative URL per page type. */
export const PAGE_TYPES = [
  { type: 'home', path: '/' },
  { type: 'chapter', path: '/guide/the-role/' },
  { type: 'glossary', path: '/glossary/' },
  { type: 'term', path: '/glossary/raid-log/' },
  { type: 'explorer', path: '/roles/' },
  { type: 'chooser', path: '/certifications/' },
  { type: 'assessment', path: '/tools/self-assessment/' },
  { type: 'plan', path: '/tools/career-plan/' },
  { type: 'templates', path: '/tools/templates/' },
];

function kind(contentType, url) {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}

async function waitForServer(url, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

async function measure(browser, path) {
  const page = await browser.newPage();
  const totals = {};
  const pending = [];
  page.on('response', (res) => {
    if (!res.url().startsWith(ORIGIN)) return;
    pending.push(
      res.body().then(
        (body) => {
          const k = kind(res.headers()['content-type'] ?? '', res.url());
          const t = (totals[k] ??= { raw: 0, gzip: 0, files: 0 });
          t.raw += body.length;
          t.gzip += gzipSync(body, { level: 9 }).length;
          t.files += 1;
        },
        () => {},
      ),
    );
  });
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500); // idle-loaded scripts (search UI)
  await Promise.all(pending);
  // Scripts inlined into the HTML (Astro inlines small ones) are JS too.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  const inlineBytes = Buffer.from(inline);
  totals['inline js'] = { raw: inlineBytes.length, gzip: inline ? gzipSync(inlineBytes, { level: 9 }).length : 0, files: 0 };
  await page.close();
  return totals;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], {
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
try {
  await waitForServer(ORIGIN + '/');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = [];
  for (const { type, path } of PAGE_TYPES) {
    results.push({ type, path, ...(await measure(browser, path)) });
  }
  await browser.close();

  const build = Number(process.env.BENCH_BUILD_MS ?? NaN) / 1000;
  console.log(`\nBuild time: ${build.toFixed(1)} s\n`);
  console.log('page type  path                        asset      files   raw KB  gzip KB');
  for (const r of results) {
    for (const k of ['html', 'css', 'js', 'inline js']) {
      const t = r[k] ?? { raw: 0, gzip: 0, files: 0 };
      console.log(`${r.type.padEnd(10)} ${r.path.padEnd(27)} ${k.padEnd(9)} ${String(t.files).padStart(6)}  ${kb(t.raw)}  ${kb(t.gzip)}`);
    }
  }
  // JS a page adds beyond what every page loads (the home page has no islands):
  // a fair measure of a page's own island code.
  const jsOf = (r) => ({
    raw: (r.js?.raw ?? 0) + (r['inline js']?.raw ?? 0),
    gzip: (r.js?.gzip ?? 0) + (r['inline js']?.gzip ?? 0),
  });
  const baseline = jsOf(results[0]);
  console.log('\nJS beyond the home page (island code), files + inline:');
  for (const r of results.slice(1)) {
    const j = jsOf(r);
    console.log(`${r.type.padEnd(10)} ${r.path.padEnd(27)} ${kb(j.raw - baseline.raw)} raw  ${kb(j.gzip - baseline.gzip)} gzip`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify({ buildSeconds: build, pages: results }, null, 2));
} finally {
  server.kill();
}

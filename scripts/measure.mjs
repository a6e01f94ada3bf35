// Shared by the benchmark and the size-budget test: loads a page in a browser
// and totals the bytes it fetched from its own origin, by kind, raw and gzip.
// Inline scripts count as JS. Bytes, never time.
import { gzipSync } from 'node:zlib';

import { pageTypes } from '../src/tools/registry.ts';

/** Every measured page type and its path, from the tool registry (src/tools/registry.ts). */
export const PAGE_TYPES = pageTypes().map(({ pageType, measure }) => ({ type: pageType, path: measure }));

function kind(contentType, url) {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}

const gz = (buf) => (buf.length ? gzipSync(buf, { level: 9 }).length : 0);

/** @returns {Promise<Record<string, {raw: number, gzip: number, files: number}>>} */
export async function measurePage(page, url) {
  const origin = new URL(url).origin;
  const totals = {};
  const pending = [];
  page.on('response', (res) => {
    if (!res.url().startsWith(origin)) return;
    pending.push(
      res.body().then(
        (body) => {
          const t = (totals[kind(res.headers()['content-type'] ?? '', res.url())] ??= { raw: 0, gzip: 0, files: 0 });
          t.raw += body.length;
          t.gzip += gz(body);
          t.files += 1;
        },
        () => {},
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500); // anything loaded on idle counts too (the search UI must not be)
  await Promise.all(pending);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  const inlineBytes = Buffer.from(inline);
  totals['inline js'] = { raw: inlineBytes.length, gzip: gz(inlineBytes), files: 0 };
  for (const k of ['html', 'css', 'js']) totals[k] ??= { raw: 0, gzip: 0, files: 0 };
  return totals;
}

/** gzip bytes per budgeted kind: html, css, js (files + inline), and their total. */
export function budgetFigures(totals) {
  const html = totals.html.gzip;
  const css = totals.css.gzip;
  const js = totals.js.gzip + totals['inline js'].gzip;
  return { html, css, js, total: html + css + js };
}

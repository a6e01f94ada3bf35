// Takes screenshots of built pages for a visual check (not a test):
//   bash scripts/run.sh node scripts/screenshots.mjs / guide/the-role/ …
// Needs a server on http://127.0.0.1:4321 (npm start). Writes screenshots/*.png
// in light and dark, narrow (390 px) and wide (1280 px); add --print for print media.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const print = args.includes('--print');
const paths = args.filter((a) => !a.startsWith('--'));
const origin = process.env.SHOT_ORIGIN ?? 'http://127.0.0.1:4321';
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
for (const path of paths.length ? paths : ['/']) {
  for (const scheme of ['light', 'dark']) {
    for (const [label, width] of [
      ['narrow', 390],
      ['wide', 1280],
    ]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      if (print) await page.emulateMedia({ media: 'print' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${scheme}-${label}${print ? '-print' : ''}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`screenshots/${name}`);
      await page.close();
    }
  }
}
await browser.close();

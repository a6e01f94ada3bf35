// Screenshot of one element, for looking at a component (not a test):
//   bash scripts/run.sh node scripts/shot-element.mjs /guide/go-live/ 'figure.diagram' [--print]
// Writes screenshots/element-*.png at 390 and 1280 px, light and dark.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [path = '/', selector = 'main', ...rest] = process.argv.slice(2);
const print = rest.includes('--print');
const origin = process.env.SHOT_ORIGIN ?? 'http://127.0.0.1:4321';
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
for (const theme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    if (print) await page.emulateMedia({ media: 'print' });
    const els = page.locator(selector);
    const count = await els.count();
    for (let i = 0; i < count; i++) {
      const name = `screenshots/element-${path.replace(/[^a-z0-9]+/gi, '_')}-${i}-${theme}-${width}${print ? '-print' : ''}.png`;
      await els.nth(i).screenshot({ path: name });
      console.log(name);
    }
    await page.close();
  }
}
await browser.close();

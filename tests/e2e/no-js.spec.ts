import { test, expect } from '@playwright/test';
import { sitemapPaths } from './support.ts';
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';

test.use({ javaScriptEnabled: false });

test('every chapter of the four parts is built, and nothing else under guide/', () => {
  const chapters = sitemapPaths('dist', '/').filter((p) => p.startsWith('guide/'));
  expect(chapters.map((p) => p.replace(/\/$/, '')).sort()).toEqual(CHAPTER_SLUGS.map((s) => `guide/${s}`).sort());
});

/**
 * The whole-guide page renders every chapter with the chapters' own markup
 * (tab groups, diagrams, facts, term links), so one page load shows whether
 * every chapter reads without scripts.
 */
test('with JavaScript off, every chapter is fully readable on the whole-guide page, tab panels labelled', async ({ page }) => {
  test.setTimeout(120_000); // a 1 MB page of 26 chapters, on a busy machine
  await page.goto('whole-guide/');
  await expect(page.locator('h1')).toBeVisible();
  const chapters = page.locator('article.whole-guide-chapter');
  await expect(chapters).toHaveCount(CHAPTER_SLUGS.length);
  const report = await chapters.evaluateAll((articles) =>
    articles.map((article) => {
      const title = article.querySelector('h2.chapter-title')?.textContent?.trim() ?? '(no title)';
      const words = (article as HTMLElement).innerText.split(/\s+/).filter(Boolean).length;
      // Nothing in a chapter is hidden from a reader without scripts. Tab
      // groups show every panel, each headed by its label; only the
      // (inoperable) tab strip itself is hidden. A diagram's text version sits
      // in a closed <details>, which opens without scripts; a heading a diagram
      // shows as a label at this width (the ladder map's groups) counts as shown.
      const all = [...article.querySelectorAll('p, li, td, th, h2, h3')].filter((el) => !el.closest('[role="tablist"], details:not([open])'));
      const isHidden = (el: Element) => (el as HTMLElement).offsetParent === null;
      const shown = new Set(all.filter((el) => !isHidden(el)).map((el) => el.textContent!.trim()));
      const hidden = all
        .filter((el) => isHidden(el) && el.textContent!.trim() !== '' && !shown.has(el.textContent!.trim()))
        .map((el) => el.textContent!.trim().slice(0, 60));
      const panels = [...article.querySelectorAll<HTMLElement>('[role="tabpanel"]')].map((panel) => {
        const label = document.getElementById(panel.getAttribute('aria-labelledby') ?? '')?.textContent?.trim();
        const fallback = panel.querySelector<HTMLElement>('.tab-label-fallback');
        return {
          label,
          fallback: fallback?.textContent?.trim(),
          fallbackShown: !!fallback && fallback.offsetParent !== null,
          panelShown: panel.offsetParent !== null,
        };
      });
      return { title, words, hidden, panels };
    }),
  );
  for (const c of report) {
    expect(c.words, `${c.title}: words visible`).toBeGreaterThan(700);
    expect(c.hidden, `${c.title}: text hidden without JavaScript`).toEqual([]);
    for (const p of c.panels) {
      expect(p.label, `${c.title}: a tab panel without its tab`).toBeTruthy();
      expect(p, `${c.title}: tab panel "${p.label}"`).toEqual({ label: p.label, fallback: p.label, fallbackShown: true, panelShown: true });
    }
  }
  // Tab groups are there to be checked: some chapters have them.
  expect(report.flatMap((c) => c.panels).length, 'tab panels on the whole-guide page').toBeGreaterThan(0);
});

import { test, expect, type Locator, type Page } from '@playwright/test';
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';

// The eleven chapter addresses of version 0.1: shared links to them keep working.
const OLD_CHAPTERS = {
  'why-it-project-management': 'Is IT project management for you?',
  'the-role': 'What an IT project manager does',
  foundations: 'Routes in and the technical literacy you need',
  skills: 'The skills that carry the job',
  'getting-experience': 'Your first project experience, from where you are now',
  certifications: 'Which credential, when, and at what cost',
  'career-progression': 'Career progression',
  'common-challenges': 'Common challenges on IT projects',
  'career-strategy': 'A long-term career strategy',
  'tools-and-habits': 'Tools, habits and templates',
  faq: 'Frequently asked questions',
};

test('every chapter address of version 0.1 still answers with its chapter', async ({ request }) => {
  for (const [slug, title] of Object.entries(OLD_CHAPTERS)) {
    expect(CHAPTER_SLUGS, slug).toContain(slug);
    const res = await request.get(`guide/${slug}/`);
    expect(res.status(), slug).toBe(200);
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/
      .exec(await res.text())?.[1]
      ?.replace(/<[^>]+>/g, '')
      .trim();
    expect(h1, slug).toBe(title);
  }
});

// The build checks each chapter's source (an <Outcomes> block first, "## Exercise: …" last:
// build/integrations/content-integrity.ts); here, that every chapter renders them, on the
// whole-guide page, which holds every chapter.
test('each chapter opens with what the reader will be able to do and ends with an exercise', async ({ page }) => {
  await page.goto('whole-guide/', { waitUntil: 'domcontentloaded' });
  const chapters = await page.locator('article.whole-guide-chapter').evaluateAll((articles) =>
    articles.map((a) => {
      const title = a.querySelector('h2.chapter-title')!.textContent!.trim();
      const h2s = [...a.querySelectorAll('h2:not(.chapter-title)')].map((h) => h.textContent!.trim());
      const outcomes = a.querySelector<HTMLElement>('.outcomes');
      // The outcomes come first: before the chapter's first heading.
      const first = a.querySelector('h2:not(.chapter-title)');
      const beforeFirstHeading = !!outcomes && !!first && !!(outcomes.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { title, last: h2s.at(-1) ?? '', outcomes: !!outcomes && outcomes.offsetParent !== null, beforeFirstHeading };
    }),
  );
  expect(chapters).toHaveLength(CHAPTER_SLUGS.length);
  for (const c of chapters) {
    expect(c.outcomes, `${c.title}: outcomes shown`).toBe(true);
    expect(c.beforeFirstHeading, `${c.title}: outcomes before the first section`).toBe(true);
    expect(c.last, c.title).toMatch(/^Exercise: /);
  }
});

// Every diagram of the guide, where it appears.
const DIAGRAMS = [
  { page: 'guide/delivery-models/', figure: 'figure.dm' },
  { page: 'guide/go-live/', figure: 'figure.gl' },
  { page: 'guide/risk-management/', figure: 'figure.rf' },
  { page: 'guide/stakeholders-and-reporting/', figure: 'figure.pg' },
  { page: 'guide/stakeholders-and-reporting/', figure: 'figure.es' },
  { page: 'guide/career-progression/', figure: 'figure.ladder-map' },
];

/** WCAG relative luminance of a computed CSS colour (rgb/rgba). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The diagram's drawn part that is showing (each diagram has a wide and a narrow drawing), its text colours and the page background. */
async function drawing(page: Page, figure: Locator) {
  return figure.evaluate((fig) => {
    const shown = [...fig.querySelectorAll<SVGSVGElement | HTMLElement>(':scope > svg, :scope > .lm-canvas')].filter(
      (el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0,
    );
    const box = shown[0]?.getBoundingClientRect();
    const texts = shown.flatMap((el) => [...el.querySelectorAll('text')]).map((t) => getComputedStyle(t).fill);
    const labels = shown.flatMap((el) => [...el.querySelectorAll<HTMLElement>('a, .lm-box')]).map((a) => getComputedStyle(a).color);
    let bg = 'rgba(0, 0, 0, 0)';
    for (let el: Element | null = fig; el && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); el = el.parentElement) bg = getComputedStyle(el).backgroundColor;
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) bg = getComputedStyle(document.body).backgroundColor;
    return { count: shown.length, width: box?.width ?? 0, height: box?.height ?? 0, colours: [...texts, ...labels], bg };
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`every diagram is drawn and legible in the ${theme} theme at ${width} px, with a text version`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.setViewportSize({ width, height: 900 });
      for (const d of DIAGRAMS) {
        await page.goto(d.page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const figure = page.locator(d.figure).first();
        await figure.scrollIntoViewIfNeeded();
        await expect(figure, d.figure).toBeVisible();
        await expect(figure.locator('figcaption'), d.figure).not.toBeEmpty();
        const shown = await drawing(page, figure);
        expect(shown.count, `${d.figure}: one drawing shows`).toBe(1);
        expect(shown.width, d.figure).toBeGreaterThan(200);
        expect(shown.width, `${d.figure} fits the screen`).toBeLessThanOrEqual(width);
        expect(shown.height, d.figure).toBeGreaterThan(100);
        expect(shown.colours.length, d.figure).toBeGreaterThan(3);
        for (const c of new Set(shown.colours)) expect(contrast(c, shown.bg), `${d.figure} ${c} on ${shown.bg}`).toBeGreaterThanOrEqual(4.5);
        // The text equivalent opens and says something.
        const text = figure.locator('details.diagram-text');
        await text.locator('summary').click();
        expect((await text.innerText()).split(/\s+/).length, d.figure).toBeGreaterThan(30);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

test('every diagram prints in black on white', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.emulateMedia({ media: 'print' });
  for (const d of DIAGRAMS) {
    await page.goto(d.page);
    const figure = page.locator(d.figure).first();
    await expect(figure, d.figure).toBeVisible();
    const shown = await drawing(page, figure);
    expect(shown.count, d.figure).toBe(1);
    expect(shown.height, d.figure).toBeGreaterThan(100);
    for (const c of new Set(shown.colours)) expect(contrast(c, 'rgb(255, 255, 255)'), `${d.figure} ${c} in print`).toBeGreaterThanOrEqual(4.5);
  }
});

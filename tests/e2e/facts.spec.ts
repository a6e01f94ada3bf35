import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

/**
 * Facts a reader can rely on, and the source markers beside them. What holds
 * on every page is the build's site pass (build/site/rules.ts): markers
 * numbered with a Sources list, sources only from the allowlist, no
 * credential figure typed into prose. Here, in a browser, on a credential
 * page and a chapter with facts: a marker opens its note by keyboard and by
 * tap, the note is the Sources list's entry, Escape closes it and gives focus
 * back, the list prints, and without JavaScript the marker is a link to it.
 */
const PAGES_WITH_FACTS = ['certifications/pmi-pmp/', 'guide/certifications/'];

/** The text of a Sources list entry without its back link, as the popover copies it. */
const entryText = (page: Page, n: string) =>
  page.locator(`li#source-${n}`).evaluate((li) => {
    const copy = li.cloneNode(true) as HTMLElement;
    copy.querySelector('.source-back')?.remove();
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
const popoverText = (popover: Locator) => popover.locator(':scope > div').evaluate((d) => d.textContent!.replace(/\s+/g, ' ').trim());
/** "Source 3" → "3" */
const numberOf = async (marker: Locator) => /^Source (\d+)$/.exec((await marker.getAttribute('aria-label')) ?? '')?.[1] ?? 'none';

/**
 * Puts focus on the tab stop just before the page's first source marker (the
 * nearest link or control ahead of it that takes focus) and presses Tab once:
 * the marker must be the next stop. Returns the marker's id.
 */
async function tabToFirstMarker(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );
    const i = stops.findIndex((el) => el.matches('a.fn-ref'));
    // The nearest one before it that takes focus (Tab skips the others too).
    for (let j = i - 1; j >= 0; j--) {
      stops[j]!.focus();
      if (document.activeElement === stops[j]) return stops[i]!.id;
    }
    return null;
  });
  expect(id, 'a source marker with a tab stop before it').toBeTruthy();
  await page.keyboard.press('Tab');
  await expect(page.locator(`[id="${id}"]`)).toBeFocused();
  return id!;
}

for (const path of PAGES_WITH_FACTS) {
  test(`/${path}: Tab reaches a source marker, Enter opens its note (the Sources entry), Escape closes it and focus returns`, async ({ page }) => {
    await page.goto(path);
    const id = await tabToFirstMarker(page);
    const marker = page.locator(`[id="${id}"]`);
    await expect(marker).toBeFocused();
    const n = await numberOf(marker);
    await expect(marker).toHaveAttribute('href', `#source-${n}`);
    await page.keyboard.press('Enter');
    const popover = page.locator('.fn-popover');
    await expect(popover).toBeVisible();
    await expect(popover).toBeFocused();
    await expect(popover).toHaveAttribute('aria-label', `Source ${n}`);
    expect(await popoverText(popover)).toBe(await entryText(page, n));
    // The page did not jump to the list.
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(marker).toBeFocused();
  });

  test(`/${path}: the Sources list prints, with its sources' addresses; the popover does not`, async ({ page }) => {
    await page.goto(path);
    const marker = page.locator('a.fn-ref').first();
    await marker.click();
    await expect(page.locator('.fn-popover')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.fn-popover')).toBeHidden();
    const list = page.locator('section.page-sources');
    await expect(list).toBeVisible();
    await expect(list.getByRole('heading', { name: 'Sources' })).toBeVisible();
    // One entry per distinct marker number, each shown.
    const numbers = new Set(await page.locator('a.fn-ref').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label'))));
    await expect(list.locator('li.source-note')).toHaveCount(numbers.size);
    for (const li of await list.locator('li.source-note').all()) await expect(li).toBeVisible();
    // On paper a source is only as good as its address: links print it, as in the text.
    const source = list.locator('a[href^="http"]').first();
    const href = await source.getAttribute('href');
    expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  for (const path of PAGES_WITH_FACTS) {
    test(`/${path}: a tap on a marker opens its note inside the screen; a tap elsewhere closes it`, async ({ page }) => {
      await page.goto(path);
      const marker = page.locator('a.fn-ref').first();
      const n = await numberOf(marker);
      await marker.tap();
      const popover = page.locator('.fn-popover');
      await expect(popover).toBeVisible();
      expect(await popoverText(popover)).toBe(await entryText(page, n));
      expect(new URL(page.url()).hash, 'the tap opened the note instead of jumping to the list').toBe('');
      const box = (await popover.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      // A tap on the page outside the note (on nothing that reacts to a tap) closes it.
      const spot = await page.evaluate(() => {
        for (let y = window.innerHeight - 10; y > 10; y -= 20) {
          const el = document.elementFromPoint(10, y);
          if (el && !el.closest('.fn-popover, a, button, input, select, textarea, summary, label, [tabindex]')) return { x: 10, y };
        }
        return null;
      });
      expect(spot, 'a spot outside the note to tap').not.toBeNull();
      await page.touchscreen.tap(spot!.x, spot!.y);
      await expect(popover).toBeHidden();
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of PAGES_WITH_FACTS) {
    test(`/${path}: a marker is a link to its Sources entry, which links back`, async ({ page }) => {
      await page.goto(path);
      const marker = page.locator('a.fn-ref').first();
      const n = await numberOf(marker);
      await expect(marker).toHaveAttribute('href', `#source-${n}`);
      await marker.click();
      await expect(page).toHaveURL(new RegExp(`#source-${n}$`));
      const entry = page.locator(`li#source-${n}`);
      await expect(entry).toBeInViewport();
      await expect(page.locator('.fn-popover')).toHaveCount(0);
      const back = entry.locator('a.source-back');
      await expect(back).toHaveAttribute('href', `#${await marker.getAttribute('id')}`);
      await back.click();
      await expect(marker).toBeInViewport();
    });
  }
});

/** The Sources entry of the fact under a credential page's label (`#fact-<id> + dd`). */
async function noteOf(page: Page, factId: string) {
  const dd = page.locator(`#fact-${factId} + dd`);
  const marker = dd.locator('a.fn-ref');
  await expect(marker).toHaveCount(1);
  return { dd, note: page.locator(`li#source-${await numberOf(marker)}`) };
}

test('the PMP page shows the exam from 9 July 2026 and labels the earlier one as previous, never "current"', async ({ page }) => {
  await page.goto('certifications/pmi-pmp/');
  const labels = await page.locator('.fact-list dt').allTextContents();
  expect(labels).toContain('Exam (from 9 July 2026)');
  expect(labels).toContain('Previous exam (before 9 July 2026)');
  expect(labels.filter((l) => /current/i.test(l))).toEqual([]);
  await expect(page.locator('main')).not.toContainText(/current exam/i);
  // Dates shown are the data's checked dates, with the source's own date beside them.
  const { dd, note } = await noteOf(page, 'renewal');
  await expect(dd).toContainText('60 PDUs every three years');
  await expect(note).toContainText(/Confirmed on PMI’s own page\. Source: PMI, undated\. Checked \d{1,2} \w+ 20\d\d; next review by \d{1,2} \w+ 20\d\d\./);
});

test('a fee PMI does not confirm reads "Not confirmed by PMI", shows no figure, and its note links PMI\'s own page', async ({ page }) => {
  await page.goto('certifications/pmi-pmp/');
  const { dd, note } = await noteOf(page, 'fee');
  await expect(dd.locator('.fact')).toHaveAttribute('data-fact-status', 'not-found');
  expect((await dd.locator('.fact').evaluate((f) => f.firstChild?.textContent ?? '')).trim()).toBe('Not confirmed by PMI');
  await expect(dd).not.toContainText(/US\$|\d{3}/);
  await expect(note).toContainText('Not confirmed by PMI: no page of theirs that we could check gives it.');
  await expect(note.getByRole('link', { name: 'PMI’s own page' })).toHaveAttribute('href', 'https://www.pmi.org/certifications/project-management-pmp');
});

test('a figure only a newspaper reports is labelled "reported, not yet confirmed", and its note names the paper and links the issuer', async ({ page }) => {
  await page.goto('guide/why-it-project-management/');
  const fact = page.locator('.fact[data-fact-status="reported"]').first();
  await expect(fact).toContainText(/40 million project professionals .*, reported, not yet confirmed by PMI/);
  const note = page.locator(`li#source-${await numberOf(fact.locator('a.fn-ref'))}`);
  await expect(note).toContainText('Reported by ThisDay (Nigerian national daily); not yet confirmed by PMI.');
  await expect(note.getByRole('link', { name: 'ThisDay (Nigerian national daily)' })).toHaveAttribute('href', /^https:\/\/www\.thisdaylive\.com\//);
  await expect(note.getByRole('link', { name: 'PMI’s own page' })).toHaveAttribute('href', 'https://www.pmi.org/learning/thought-leadership');
});

/**
 * Market figures and credential amounts come from the data, where they carry
 * their source: no chapter types one outside the fact components. (The site
 * pass finds typed PDU counts and exam lengths on every page; amounts and
 * counts in millions are looked for here, on the whole-guide page, which
 * holds every chapter.)
 */
const read = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
const certs = read('src/content/certifications') as Array<{ facts: Array<{ value: string | null }> }>;
const market = read('src/content/market') as Array<{ value: string | null }>;

/** Distinctive figures: amounts with their currency, PDU counts, exam lengths in questions, counts in millions. */
function figuresIn(text: string): string[] {
  const patterns = [/(?:US\$|A\$|CA\$|£|€)\s?\d[\d,.]*\d/g, /\b\d+ PDUs\b/g, /\b\d+ (?:multiple-choice )?questions\b/g, /\b\d+(?:\.\d+)? million\b/g];
  return patterns.flatMap((p) => text.match(p) ?? []);
}
const values = [...certs.flatMap((c) => c.facts.map((f) => f.value)), ...market.map((m) => m.value)].filter((v): v is string => typeof v === 'string');
const known = [...new Set(values.flatMap(figuresIn))];

test('the data yields a useful list of known figures to look for', () => {
  for (const f of ['US$520', '£866', '60 PDUs', '120 questions', 'US$164,070', '£728', '25 million']) expect(known).toContain(f);
});

test('no chapter states a credential amount or market figure outside the fact components (the whole-guide page)', async ({ page }) => {
  await page.goto('whole-guide/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('article.whole-guide-chapter').first()).toBeAttached();
  const chapters = await page.locator('article.whole-guide-chapter').evaluateAll((articles) =>
    articles.map((a) => {
      const copy = a.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.fact, template').forEach((el) => el.remove());
      return { title: a.querySelector('h2.chapter-title')?.textContent?.trim() ?? '', text: copy.textContent ?? '' };
    }),
  );
  expect(chapters.length).toBeGreaterThan(20);
  // A figure with more digits before or after it is another number ("US$50" is not in "US$500", "25 million" not in "1.25 million").
  const found = chapters.flatMap(({ title, text }) =>
    known.filter((f) => new RegExp(`(?<![\\d,.])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d,.]*\\d)`).test(text)).map((f) => `${title}: "${f}"`),
  );
  expect(found).toEqual([]);
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';
import { isOfficial } from '../../src/lib/facts/sources.ts';
import { sitemapPaths } from './support.ts';

/**
 * Facts a reader can rely on: the PMP page labels its exams honestly,
 * secondary-only figures carry the "reported, not confirmed" label and the
 * issuer's link, sources lists link only to allowlisted domains, and no
 * chapter types a credential fact or market figure outside the components.
 */
const read = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
const certs = read('src/content/certifications') as Array<{ facts: Array<{ value: string | null; status: string; id: string }> }>;
const market = read('src/content/market') as Array<{ value: string }>;

/**
 * Distinctive figures from the data: amounts with their currency, PDU counts,
 * exam lengths in questions, and counts in millions. (Bare numbers and
 * durations are left out: worked examples use them for invented figures.)
 */
function figuresIn(text: string): string[] {
  const patterns = [
    /(?:US\$|A\$|CA\$|£|€)\s?\d[\d,.]*\d/g,
    /\b\d+ PDUs\b/g,
    /\b\d+ (?:multiple-choice )?questions\b/g,
    /\b\d+(?:\.\d+)? million\b/g,
  ];
  return patterns.flatMap((p) => text.match(p) ?? []);
}
const known = [...new Set([...certs.flatMap((c) => c.facts.flatMap((f) => (f.value ? figuresIn(f.value) : []))), ...market.flatMap((m) => figuresIn(m.value))])];

test('the data yields a useful list of known figures to look for', () => {
  for (const f of ['US$405', '60 PDUs', '120 questions', 'US$100,750', '£728', '25 million']) expect(known).toContain(f);
});

test('the PMP page shows the exam from 9 July 2026 and labels the earlier one as previous, never "current"', async ({ page }) => {
  await page.goto('certifications/pmi-pmp/');
  const labels = await page.locator('.fact-list dt').allTextContents();
  expect(labels).toContain('Exam (from 9 July 2026)');
  expect(labels).toContain('Previous exam (ran until 8 July 2026)');
  expect(labels.filter((l) => /current/i.test(l))).toEqual([]);
  await expect(page.locator('main')).not.toContainText(/current exam/i);
  // Dates shown are the data's checked dates, with the source's own date beside them.
  await expect(page.locator('#fact-renewal + dd')).toContainText(/checked \d{1,2} \w+ 20\d\d against PMI, source undated/);
});

test('a secondary-only figure is labelled "reported, not confirmed" with the issuer\'s page linked', async ({ page }) => {
  await page.goto('certifications/pmi-pmp/');
  const fee = page.locator('#fact-fee + dd');
  await expect(fee).toContainText('Reported, not confirmed by PMI: US$405');
  await expect(fee.getByRole('link', { name: "PMI's own page" })).toHaveAttribute('href', 'https://www.pmi.org/certifications/project-management-pmp');
  // The secondary source is named but never linked.
  await expect(fee.locator('a[href*="examcert"]')).toHaveCount(0);
});

test('no page links to a domain outside the allowlist from a sources list or a fact', async ({ page }) => {
  test.setTimeout(300_000);
  const pages = sitemapPaths('dist', '/').filter((p) => p.startsWith('certifications/') || p.startsWith('guide/') || p.startsWith('roles/'));
  expect(pages.length).toBeGreaterThan(40);
  const offenders: string[] = [];
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const hrefs = await page.locator('.sources a[href], .fact a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) if (!isOfficial(href)) offenders.push(`${path}: ${href}`);
  }
  expect(offenders).toEqual([]);
});

test('no chapter states a credential fact or market figure outside the fact components', async ({ page }) => {
  test.setTimeout(300_000);
  const chapters = sitemapPaths('dist', '/').filter((p) => p.startsWith('guide/') || p === 'whole-guide/');
  expect(chapters.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const path of chapters) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const text = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.fact, .fact-history').forEach((el) => el.remove());
      return copy.textContent ?? '';
    });
    for (const figure of known) if (text.includes(figure)) found.push(`${path}: "${figure}"`);
  }
  expect(found).toEqual([]);
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openSearch, SEARCH_TIMEOUT } from './support.ts';
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';

test.describe('glossary page', () => {
  test('filter as you type narrows the list and announces the count', async ({ page }) => {
    await page.goto('glossary/');
    const total = await page.locator('.glossary-term').count();
    expect(total).toBeGreaterThanOrEqual(80);
    const count = page.getByRole('status');
    await expect(count).toHaveText(`${total} terms`);

    await page.getByLabel('Filter terms').fill('uat');
    const visible = page.locator('.glossary-term:visible');
    await expect(visible.first()).toHaveAttribute('id', 'user-acceptance-testing');
    await expect(count).toHaveText(`${await visible.count()} of ${total} terms shown`);
    await expect(page).toHaveURL(/\?q=uat$/);

    // Summaries are searched too.
    await page.getByLabel('Filter terms').fill('dependencies');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(total);
    await expect(count).toHaveText(`${shown} of ${total} terms shown`);

    await page.getByLabel('Filter terms').fill('zzzz-no-such-term');
    await expect(page.getByText('No term matches')).toBeVisible();
    await expect(count).toHaveText(`0 of ${total} terms shown`);
  });

  test('the filter ranks a term named by the query, then aliases and names, before terms that only mention it; clearing restores A–Z', async ({ page }) => {
    await page.goto('glossary/');
    const ids = () => page.locator('.glossary-term:visible').evaluateAll((els) => els.map((e) => e.id));
    const azOrder = await ids();
    const firstGroup = await page.locator('.letter-group:visible').first().getAttribute('id');
    const input = page.getByLabel('Filter terms');
    await input.fill('risk');
    const ranked = page.locator('[data-ranked]');
    await expect(ranked).toBeVisible();
    await expect(page.locator('.az-bar')).toContainText('Best matches first');
    await expect(page.locator('.az-bar li a:visible')).toHaveCount(0);
    // Reading order is the ranked order: the entries themselves moved.
    const entries = await ranked.locator('.glossary-term:visible').evaluateAll((els) =>
      els.map((e) => {
        const d = (e as HTMLElement).dataset;
        return { id: e.id, label: `${d.name} ${d.aliases}`.toLowerCase() };
      }),
    );
    expect(entries[0]!.id).toBe('risk');
    const firstSummaryOnly = entries.findIndex((e) => !e.label.includes('risk'));
    expect(firstSummaryOnly, 'some terms only mention risk in their summary').toBeGreaterThan(1);
    expect(
      entries.slice(firstSummaryOnly).filter((e) => e.label.includes('risk')),
      'no name match after a summary match',
    ).toEqual([]);
    // An alias counts as a name: "sow" puts the statement of work first.
    await input.fill('sow');
    await expect(page.locator('.glossary-term:visible').first()).toHaveAttribute('id', 'statement-of-work');
    await input.fill('');
    await expect(ranked).toBeHidden();
    expect(await ids()).toEqual(azOrder);
    await expect(page.locator('.letter-group:visible').first()).toHaveAttribute('id', firstGroup!);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    test(`the A–Z bar stays in view while the list scrolls, and Top returns to the filter (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('glossary/');
      const bar = page.locator('.az-bar');
      await page.locator('#letter-s').scrollIntoViewIfNeeded();
      await page.locator('#letter-t').scrollIntoViewIfNeeded();
      await expect(bar).toBeInViewport();
      const header = (await page.locator('header.header').boundingBox())!;
      const box = (await bar.boundingBox())!;
      expect(Math.abs(box.y - (header.y + header.height))).toBeLessThan(2);
      // The bar never widens the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // A letter chosen from the bar lands below it, not under it.
      await bar.getByRole('link', { name: 'M', exact: true }).click();
      await expect(page).toHaveURL(/#letter-m$/);
      const heading = (await page.locator('#letter-m h2').boundingBox())!;
      expect(heading.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
      // A focused entry link is not hidden behind the bar (WCAG 2.4.11).
      await page.locator('#letter-m .glossary-term h3 a').first().focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      const focused = (await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON())) as DOMRect;
      expect(focused.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
      await bar.getByRole('link', { name: /Top/ }).click();
      await expect(page.getByLabel('Filter terms')).toBeInViewport();
      await expect(page.locator('h1')).toBeInViewport();
    });
  }

  test('category filter, and the filtered view survives a reload', async ({ page }) => {
    await page.goto('glossary/');
    await page.getByLabel('Category').selectOption('certification');
    const visible = page.locator('.glossary-term:visible');
    const n = await visible.count();
    expect(n).toBeGreaterThan(5);
    for (const category of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.category))) {
      expect(category).toBe('certification');
    }
    await expect(page).toHaveURL(/category=certification/);
    await page.reload();
    await expect(page.getByLabel('Category')).toHaveValue('certification');
    await expect(visible).toHaveCount(n);
  });

  test('hostile query strings fall back to the full list without injecting markup', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto('glossary/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&category=%3Cscript%3E&category=agile');
    await expect(page.getByLabel('Filter terms')).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(page.getByLabel('Category')).toHaveValue('');
    await expect(page.locator('.glossary-list img')).toHaveCount(0);
    await expect(page.getByText('No term matches')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a deep link scrolls to the term and highlights it, even when a filter would hide it', async ({ page }) => {
    await page.goto('glossary/?q=uat#raid-log');
    const entry = page.locator('#raid-log');
    await expect(entry).toBeVisible();
    await expect(entry).toBeInViewport();
    const border = await entry.evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(border).not.toBe('rgba(0, 0, 0, 0)');
    // Related terms link to each other on the page.
    await entry.getByRole('link', { name: 'Risk register' }).click();
    await expect(page).toHaveURL(/#risk-register$/);
    await expect(page.locator('#risk-register')).toBeInViewport();
  });

  test('the A–Z bar jumps to a letter by keyboard', async ({ page }) => {
    await page.goto('glossary/');
    const letter = page.locator('.az-bar').getByRole('link', { name: 'R', exact: true });
    await letter.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#letter-r$/);
    await expect(page.locator('#letter-r h2')).toBeInViewport();
  });

  test('axe finds nothing with a filter applied, in light and dark', async ({ page }) => {
    // Two axe runs over 309 terms: half a minute on a busy 2-core machine, against a 60 s default.
    test.setTimeout(180_000);
    await page.goto('glossary/?category=agile&q=sprint');
    await expect(page.getByRole('status')).toContainText('terms shown');
    await expectNoAxeViolations(page);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expectNoAxeViolations(page);
  });
});

test.describe('glossary without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every term is listed and readable, and the inoperable controls are not shown', async ({ page }) => {
    await page.goto('glossary/');
    const terms = page.locator('.glossary-term');
    expect(await terms.count()).toBeGreaterThanOrEqual(80);
    await expect(page.locator('.glossary-controls')).toBeHidden();
    await expect(page.locator('#raid-log')).toBeVisible();
    await expect(page.locator('#raid-log')).toContainText('dependencies');
    const hidden = await terms.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent === null).length);
    expect(hidden).toBe(0);
  });

  test('a term page reads fully and lists the chapters that use it', async ({ page }) => {
    await page.goto('glossary/raid-log/');
    await expect(page.locator('h1')).toHaveText('RAID log');
    await expect(page.getByText('Also called: RAID')).toBeVisible();
    const chapters = page.locator('#in-the-guide + ul a');
    expect(await chapters.count()).toBeGreaterThan(0);
  });
});

test.describe('site search finds terms', () => {
  for (const [query, id] of [
    ['RAID', 'raid-log'],
    ['user acceptance testing', 'user-acceptance-testing'],
    ['UAT', 'user-acceptance-testing'],
  ] as const) {
    test(`searching "${query}" lands on the ${id} entry`, async ({ page }) => {
      await page.goto('');
      const input = await openSearch(page);
      await input.fill(query);
      const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
      await expect(first).toHaveAttribute('href', `/glossary/${id}/`, { timeout: SEARCH_TIMEOUT });
      await first.click();
      await expect(page).toHaveURL(new RegExp(`/glossary/${id}/$`));
      await expect(page.locator('h1')).toContainText(query === 'UAT' ? 'UAT' : query === 'RAID' ? 'RAID log' : 'User acceptance testing');
    });
  }
});

test.describe('term previews in chapters', () => {
  test('hovering a marked term shows its summary without moving the page, and Escape dismisses it', async ({ page }) => {
    await page.clock.install();
    await page.goto('guide/the-role/');
    const link = page.locator('a.term-link', { hasText: 'RAID log' }).first();
    await expect(link).toHaveAttribute('href', '/glossary/raid-log/');
    await link.scrollIntoViewIfNeeded();
    const before = await page.locator('main h2').first().boundingBox();
    await link.hover();
    const popover = page.locator(`#${await link.getAttribute('data-term-preview')}`);
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('risks, assumptions, issues and dependencies');
    expect(await page.locator('main h2').first().boundingBox()).toEqual(before);
    // The preview can be hovered without disappearing (WCAG 1.4.13): the page's clock runs past the
    // delay after which a preview the pointer has left would close (term-preview.ts).
    await popover.hover();
    await page.clock.runFor(1000);
    await expect(popover).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    // Moved off both, the preview does close after that delay: the check above could fail.
    await link.hover();
    await expect(popover).toBeVisible();
    await page.locator('h1').hover();
    await page.clock.runFor(1000);
    await expect(popover).toBeHidden();
  });

  test('keyboard focus shows the preview; moving focus on hides it; the summary is the link description', async ({ page }) => {
    await page.goto('guide/the-role/');
    const link = page.locator('a.term-link').first();
    const popover = page.locator(`#${await link.getAttribute('data-term-preview')}`);
    await link.focus();
    await expect(popover).toBeVisible();
    const description = await link.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent);
    expect(description).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    // Tabbing on hides it; tabbing back shows it again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(link).toBeFocused();
    await expect(popover).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(popover).toBeHidden();
  });

  // Every chapter, on the whole-guide page (which holds them all); the site pass checks that each link leads to a built page.
  test('every chapter marks its key terms, and each term link leads to a glossary entry', async ({ page }) => {
    await page.goto('whole-guide/', { waitUntil: 'domcontentloaded' });
    const chapters = await page.locator('article.whole-guide-chapter').evaluateAll((articles) =>
      articles.map((a) => ({
        title: a.querySelector('h2.chapter-title')!.textContent!.trim(),
        hrefs: [...new Set([...a.querySelectorAll('a.term-link')].map((l) => l.getAttribute('href')!))],
      })),
    );
    expect(chapters).toHaveLength(CHAPTER_SLUGS.length);
    for (const { title, hrefs } of chapters) {
      expect(hrefs.length, `${title}: terms marked`).toBeGreaterThanOrEqual(3);
      for (const href of hrefs) {
        expect(href, title).toMatch(/^\/glossary\/[a-z0-9-]+\/$/);
        expect(existsSync(join('dist', href, 'index.html')), `${title}: ${href} is a built entry`).toBe(true);
      }
    }
  });
});

test.describe('term previews on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a tap opens the preview instead of leaving the page; its link opens the entry; a tap elsewhere closes it', async ({ page }) => {
    await page.goto('guide/the-role/');
    const link = page.locator('a.term-link', { hasText: 'RAID log' }).first();
    await link.scrollIntoViewIfNeeded();
    const popover = page.locator(`#${await link.getAttribute('data-term-preview')}`);
    await link.tap();
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('risks, assumptions, issues and dependencies');
    await expect(page).toHaveURL(/\/guide\/the-role\/$/);
    // The preview lies inside the screen.
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // A tap elsewhere closes it.
    await page.locator('h1').tap();
    await expect(popover).toBeHidden();
    await expect(page).toHaveURL(/\/guide\/the-role\/$/);
    // Open again; the link inside navigates to the entry.
    await link.tap();
    await expect(popover).toBeVisible();
    await popover.getByRole('link', { name: 'Read the full entry for RAID log' }).tap();
    await expect(page).toHaveURL(/\/glossary\/raid-log\/$/);
    await expect(page.locator('h1')).toHaveText('RAID log');
  });

  test('a second tap on the same term opens its entry', async ({ page }) => {
    await page.goto('guide/the-role/');
    const link = page.locator('a.term-link', { hasText: 'RAID log' }).first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(page.locator(`#${await link.getAttribute('data-term-preview')}`)).toBeVisible();
    await link.tap();
    await expect(page).toHaveURL(/\/glossary\/raid-log\/$/);
  });
});

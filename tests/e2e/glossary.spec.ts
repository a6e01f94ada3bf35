import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openSearch, SEARCH_TIMEOUT } from './support.ts';

test.describe('glossary page', () => {
  test('filter as you type narrows the list and announces the count', async ({ page }) => {
    await page.goto('glossary/');
    const total = await page.locator('.glossary-term').count();
    expect(total).toBeGreaterThanOrEqual(80);
    const count = page.getByRole('status');
    await expect(count).toHaveText(`${total} terms`);

    await page.getByLabel('Filter terms').fill('uat');
    await expect(page.locator('.glossary-term:visible')).toHaveCount(1);
    await expect(page.locator('#user-acceptance-testing')).toBeVisible();
    await expect(count).toHaveText(`1 of ${total} terms shown`);
    await expect(page).toHaveURL(/\?q=uat$/);

    // Summaries are searched too; letters without matches leave the A–Z bar.
    await page.getByLabel('Filter terms').fill('dependencies');
    const shown = await page.locator('.glossary-term:visible').count();
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(total);
    await expect(page.locator('.az-bar a:visible')).toHaveCount(
      await page.locator('.letter-group:visible').count(),
    );

    await page.getByLabel('Filter terms').fill('zzzz-no-such-term');
    await expect(page.getByText('No term matches')).toBeVisible();
    await expect(count).toHaveText(`0 of ${total} terms shown`);
  });

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
    // The preview can be hovered without disappearing (WCAG 1.4.13).
    await popover.hover();
    await page.waitForTimeout(400);
    await expect(popover).toBeVisible();
    await page.keyboard.press('Escape');
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

  test('every chapter marks its key terms, and each term link leads to a real entry', async ({ page, request }) => {
    for (const slug of ['why-it-project-management', 'the-role', 'foundations', 'skills', 'getting-experience', 'certifications', 'career-progression', 'common-challenges', 'career-strategy', 'tools-and-habits', 'faq']) {
      await page.goto(`guide/${slug}/`);
      const hrefs = await page.locator('a.term-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, slug).toBeGreaterThanOrEqual(8);
      const res = await request.get(hrefs[0]!);
      expect(res.status()).toBe(200);
    }
  });
});

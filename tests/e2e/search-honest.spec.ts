import { test, expect } from '@playwright/test';
import { openSearch, SEARCH_TIMEOUT } from './support.ts';

/** Search says so when nothing contains the reader's word, instead of passing off look-alike pages as answers. */
test('a word no page contains is said to be missing; a word that is there gets no such note', async ({ page }) => {
  await page.goto('');
  const input = await openSearch(page);
  // "cobol" is in no page; Pagefind shortens it until "co…" matches and ranks those pages as answers.
  await input.fill('cobol');
  const note = page.locator('.search-honest');
  await expect(note).toHaveText('No page contains “cobol”. The results below only share the first letters of that word.', { timeout: SEARCH_TIMEOUT });
  await input.fill('burndown');
  await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText('Burndown chart', { timeout: SEARCH_TIMEOUT });
  await expect(note).toBeHidden();
  await input.fill('blockchain rollout');
  await expect(note).toHaveText('No page contains “blockchain”. The results below only share the first letters of that word.', { timeout: SEARCH_TIMEOUT });
});

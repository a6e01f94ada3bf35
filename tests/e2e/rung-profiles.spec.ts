import { test, expect } from '@playwright/test';

/**
 * What each rung is trusted with: a role's page shows its profile readably on
 * a 360 px phone, labelled as the editors' estimate, with its frameworks'
 * source notes; the explorer's comparison says how the budget changes.
 */
test('a role page shows what the rung is trusted with at 360 px, labelled as an estimate, with no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('roles/project-manager/');
  const heading = page.getByRole('heading', { level: 2, name: 'What this rung is trusted with' });
  await expect(heading).toBeVisible();
  const profile = page.locator('main [data-profile="project-manager"]');
  await expect(profile.locator('[data-profile-row="budget"] dd')).toContainText('£100,000 to £1.5 million');
  await expect(profile.locator('dt')).toHaveText(['Budget', 'Team', 'Duration', 'At once', 'Decision rights', 'Stakeholders', 'Frameworks']);
  await expect(profile.locator('[data-profile-basis]')).toContainText('the editors’ estimates for a mid-sized or large organisation');
  // Each framework has its numbered source note in the page's Sources list.
  const marker = profile.locator('[data-profile-row="anchors"] a.fn-ref').first();
  const target = await marker.getAttribute('href');
  await expect(page.locator(`.page-sources ${target}`)).toContainText('SFIA Foundation');
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  const box = await profile.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});

test('the explorer’s comparison says how budgets and teams grow from project manager to senior project manager', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('roles/#compare-project-manager-vs-senior-project-manager');
  const changes = page.locator('[data-compare-profile]');
  await expect(changes.locator('[data-change="budget"]')).toHaveText('Budgets grow from £100,000–£1.5 million to £1–10 million.');
  await expect(changes.locator('[data-change="team"]')).toHaveText(
    'Teams grow from 4–15 people to 20–80, led through three to six workstream or supplier leads.',
  );
  await expect(changes).toContainText('the editors’ estimates');
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
});

import { test, expect } from '@playwright/test';
import { budgetFigures, measurePage } from '../../scripts/measure.mjs';
import { pageTypes } from '../../src/tools/registry.ts';

// Bytes, never time: each page type must stay within its gzip budget (src/tools/registry.ts).
for (const { pageType, measure, budget } of pageTypes()) {
  test(`size budget: ${pageType} (/${measure})`, async ({ page, baseURL }) => {
    const figures = budgetFigures(await measurePage(page, baseURL + measure)) as Record<'html' | 'css' | 'js' | 'total', number>;
    for (const kind of ['html', 'css', 'js', 'total'] as const) {
      expect(figures[kind], `${pageType} ${kind} gzip bytes (budget ${budget[kind]})`).toBeLessThanOrEqual(budget[kind]);
      expect(figures[kind], `${pageType} ${kind} measured`).toBeGreaterThan(0);
    }
  });
}

import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PAGE_TYPES, budgetFigures, measurePage } from '../../scripts/measure.mjs';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, Record<'html' | 'css' | 'js' | 'total', number>>;

// Bytes, never time: each page type must stay within its gzip budget.
for (const { type, path } of PAGE_TYPES as Array<{ type: string; path: string }>) {
  test(`size budget: ${type} (/${path})`, async ({ page, baseURL }) => {
    const figures = budgetFigures(await measurePage(page, baseURL + path)) as Record<'html' | 'css' | 'js' | 'total', number>;
    for (const kind of ['html', 'css', 'js', 'total'] as const) {
      expect(figures[kind], `${type} ${kind} gzip bytes (budget ${budgets[type]![kind]})`).toBeLessThanOrEqual(budgets[type]![kind]);
      expect(figures[kind], `${type} ${kind} measured`).toBeGreaterThan(0);
    }
  });
}

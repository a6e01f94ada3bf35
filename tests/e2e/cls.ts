import type { Page } from '@playwright/test';

/**
 * Cumulative layout shift while a page loads, enhances and settles, measured
 * the way Lighthouse does: a PerformanceObserver for 'layout-shift' entries,
 * ignoring shifts right after user input (there is none here).
 */
export async function measureLayoutShift(page: Page, path: string, settleMs = 1500): Promise<number> {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(settleMs);
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

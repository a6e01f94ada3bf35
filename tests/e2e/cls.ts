import type { Page } from '@playwright/test';
import { settle } from './support.ts';

/**
 * Cumulative layout shift while a page loads, enhances and settles, measured
 * the way Lighthouse does: a PerformanceObserver for 'layout-shift' entries
 * from before the first paint, ignoring shifts right after user input. Read
 * once the page has settled (tests/e2e/support.ts `settle`: loaded, network
 * quiet, fonts ready, an idle period, two frames), never after a fixed time;
 * entries not yet delivered to the observer are taken from its buffer.
 */
type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> };
type Recorder = { cls: number; sources: string[]; observer: PerformanceObserver; add: (entries: PerformanceEntry[]) => void };

/** Starts recording layout shifts on every page this `page` loads from now on. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const rec = { cls: 0, sources: [] as string[] } as unknown as Recorder;
    rec.add = (entries) => {
      for (const entry of entries as Shift[]) {
        if (entry.hadRecentInput) continue;
        rec.cls += entry.value;
        for (const s of entry.sources ?? []) {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          if (el)
            rec.sources.push(
              `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${entry.value.toFixed(4)})`,
            );
        }
      }
    };
    rec.observer = new PerformanceObserver((list) => rec.add(list.getEntries()));
    rec.observer.observe({ type: 'layout-shift', buffered: true });
    (window as unknown as { __layoutShift: Recorder }).__layoutShift = rec;
  });
}

/** The layout shift recorded on the current page once it has settled, with the elements that moved. */
export async function layoutShift(page: Page): Promise<{ cls: number; sources: string[] }> {
  await settle(page);
  return page.evaluate(() => {
    const rec = (window as unknown as { __layoutShift: Recorder }).__layoutShift;
    rec.add(rec.observer.takeRecords());
    return { cls: rec.cls, sources: rec.sources };
  });
}

/** Loads `path` and returns its cumulative layout shift once it has settled. */
export async function measureLayoutShift(page: Page, path: string): Promise<number> {
  await recordLayoutShifts(page);
  await page.goto(path, { waitUntil: 'load' });
  return (await layoutShift(page)).cls;
}

/**
 * The one place islands touch localStorage for the reader's progress
 * (self-assessment ratings and career plan). Storage may be missing, full or
 * hold anything: every read is validated by parseProgress, nothing throws.
 */
import { parseProgress, serialiseProgress, STORAGE_KEY, type LoadResult, type PlanItem, type Ratings } from '../lib/assessment.ts';

export function loadProgress(): LoadResult {
  try {
    return parseProgress(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return { status: 'empty' };
  }
}

/** Saves; returns false when the browser refuses (private mode, quota). */
export function saveProgress(ratings: Ratings, plan: PlanItem[] | null): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, serialiseProgress(ratings, plan, new Date()));
    return true;
  } catch {
    return false;
  }
}

export function clearProgress(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing to clear */
  }
}

/** Offers a text file for download without a server round trip. */
export function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

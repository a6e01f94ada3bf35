/**
 * Two views of one person's skills side by side (their own ratings and their
 * manager's): a table with both levels and applied marks, the differences in
 * words (src/lib/review.ts), and who is reading. Used by the self-assessment
 * and the one-to-one pack. Text only.
 */
import { el } from '../../browser/dom.ts';
import type { Rated } from '../../lib/evidence.ts';
import { SKILL_IDS, SKILL_LABELS } from '../../lib/ladder/skill-ids.ts';
import { compareViews, type Viewer } from '../../lib/review.ts';

/** The column headings and caption for each reader. */
const NAMES: Record<Viewer, { own: string; other: string; heading: string }> = {
  self: { own: 'You', other: 'Your manager', heading: 'Your ratings and your manager’s' },
  manager: { own: 'Their rating', other: 'Your rating', heading: 'Their ratings and yours' },
};

/** A level as a table cell reads it: "3, applied at work", "3" or "Not rated". */
export function levelCell(r: Rated, id: (typeof SKILL_IDS)[number]): string {
  const level = r.levels[id];
  if (!level) return 'Not rated';
  return r.applied.includes(id) ? `${level}, applied at work` : String(level);
}

export interface TwoViewsParts {
  heading: HTMLElement;
  summary: HTMLElement;
  ownHead: HTMLElement;
  otherHead: HTMLElement;
  body: HTMLElement;
  differences: HTMLElement;
}

/** Fills the parts of a two-views block; returns the comparison for the caller's own use. */
export function renderTwoViews(parts: TwoViewsParts, own: Rated, other: Rated, viewer: Viewer) {
  const names = NAMES[viewer];
  const c = compareViews(own, other, viewer);
  parts.heading.textContent = names.heading;
  parts.ownHead.textContent = names.own;
  parts.otherHead.textContent = names.other;
  parts.summary.textContent = c.summary;
  const differ = new Set(c.differences.map((d) => d.id));
  parts.body.replaceChildren(
    ...SKILL_IDS.map((id) =>
      el(
        'tr',
        differ.has(id) ? { 'data-differ': '' } : {},
        el('th', { scope: 'row' }, SKILL_LABELS[id]),
        el('td', {}, levelCell(own, id)),
        el('td', {}, levelCell(other, id)),
      ),
    ),
  );
  parts.differences.replaceChildren(...c.differences.map((d) => el('li', { 'data-difference': d.id }, d.text)));
  return c;
}

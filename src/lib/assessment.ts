/**
 * Skills self-assessment and career plan: the gap to the next rung, the
 * plan's suggestions and its Markdown export. Ratings, goals and their
 * formats are in ratings.ts (re-exported here). Pure: no DOM, no storage.
 */
import { SKILL_DIMENSIONS } from './ladder/dimensions.ts';
import { HORIZON_LABELS, HORIZONS, type Goal, type PlanItem, type Ratings, type Rung } from './ratings.ts';
import type { SkillId } from './ladder/skill-ids.ts';
import { longDate } from './days.ts';

export * from './ratings.ts';

export interface Gap {
  id: SkillId;
  label: string;
  have: number;
  need: number;
  gap: number;
  /** What the needed level looks like. */
  target: string;
}

/** Rated skills where the target rung asks for more, biggest gap first. Unrated skills are left out (they are listed as "not rated"). */
export function gapsTo(r: Ratings, target: Rung): Gap[] {
  return SKILL_DIMENSIONS.map((d, index) => ({
    index,
    id: d.id,
    label: d.label,
    have: r[d.id],
    need: target.skills[d.id],
    gap: target.skills[d.id] - r[d.id],
    target: d.levels[target.skills[d.id] - 1]!,
  }))
    .filter((g) => g.have > 0 && g.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.index - b.index)
    .map(({ index: _i, ...g }) => g);
}

/** Suggested goals from the assessment; the reader edits, adds and removes them. Nothing rated gives general suggestions. */
/** The career plan's context line before the reader has rated any skill. */
export const UNRATED_PLAN_CONTEXT =
  'You have not rated your skills yet, so these are general suggestions. Rate yourself first for a plan built on your own gaps.';

export function suggestPlan(r: Ratings, current: Rung | null, next: Rung | null): PlanItem[] {
  const gaps = current && next ? gapsTo(r, next) : [];
  const items: PlanItem[] = gaps.slice(0, 2).map((g) => ({
    horizon: 'short',
    // Labels and level descriptions keep their own capitals (PMI, RAID, SAFe): nothing here is lowercased.
    text: `${g.label}: grow from level ${g.have} to ${g.need}. ${g.target}`,
  }));
  items.push({ horizon: 'short', text: 'Ask your manager for one piece of work that stretches the skill you most want to grow.' });
  for (const g of gaps.slice(2, 4)) {
    items.push({ horizon: 'mid', text: `${g.label}: build evidence at level ${g.need} on a real project, and record the outcome.` });
  }
  if (!current) {
    items.push({ horizon: 'mid', text: 'Rate yourself in the skills self-assessment, then replace these goals with ones built on your own gaps.' });
    items.push({ horizon: 'long', text: 'Choose the role you want in two to five years, and the skills it asks for that you do not have yet.' });
    return items;
  }
  items.push({
    horizon: 'mid',
    text: next ? `Take full ownership of work at the next rung (${next.name}), with a sponsor who will vouch for it.` : 'Mentor someone a rung below you.',
  });
  items.push({
    horizon: 'long',
    text: next ? `Move up a rung, from ${current.name} to ${next.name}.` : 'Shape how your organisation chooses and runs its projects.',
  });
  return items;
}

// ---- The plan as a document -------------------------------------------------

const mdText = (text: string) => text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');

/**
 * What a printed or downloaded goal says about its status and date:
 * " (in progress, target 31 March 2027)", " (target 31 March 2027)" or
 * nothing. Dates are written out, as everywhere else on a printout.
 */
export function goalNote(item: Partial<Pick<Goal, 'status' | 'target'>>): string {
  const target = item.target ? longDate(item.target) : '';
  if (item.status === 'in-progress') return target ? ` (in progress, target ${target})` : ' (in progress)';
  return target ? ` (target ${target})` : '';
}

/** A goal's text with its note inside the sentence: "Pass the PMP (target 31 January 2027)." */
export function goalText(item: Pick<Goal, 'text'> & Partial<Pick<Goal, 'status' | 'target'>>): string {
  const note = goalNote(item);
  if (!note) return item.text;
  const end = /[.!?]$/.exec(item.text.trimEnd())?.[0] ?? '';
  return `${item.text.trimEnd().slice(0, end ? -1 : undefined)}${note}${end}`;
}

/** A goal as a printed line: a box (ticked when done) and its text with its note. */
export const goalLine = (goal: Pick<Goal, 'text'> & Partial<Pick<Goal, 'status' | 'target'>>) => `${goal.status === 'done' ? '☑' : '☐'} ${goalText(goal)}`;

/** The plan as Markdown, for a document the reader can take to their manager. */
export function planToMarkdown(
  plan: readonly (PlanItem & Partial<Pick<Goal, 'status' | 'target'>>)[],
  context: { current?: string | undefined; next?: string | undefined; date: string; name?: string | undefined },
): string {
  const lines = ['# My career plan', ''];
  if (context.name?.trim()) lines.push(`For ${mdText(context.name.trim())}.`, '');
  if (context.current) lines.push(`Closest role today: ${context.current}.${context.next ? ` Next step: ${context.next}.` : ''}`, '');
  lines.push(`Written ${longDate(context.date)}.`, '');
  for (const h of HORIZONS) {
    lines.push(`## ${HORIZON_LABELS[h]}`, '');
    const items = plan.filter((p) => p.horizon === h);
    if (items.length === 0) lines.push('- (nothing yet)');
    // Escape characters that would start Markdown structures inside a list item.
    for (const item of items) lines.push(`- [${item.status === 'done' ? 'x' : ' '}] ${mdText(goalText(item))}`);
    lines.push('');
  }
  lines.push('From the IT Project Management Career Guide.', '');
  return lines.join('\n');
}

/**
 * The one-to-one pack: what a reader takes into a conversation with their
 * manager about a promotion, a move or a credential. Built from what the
 * reader saved (ratings with their evidence and any manager's view, the plan)
 * and the ladder; the page (src/tools/one-to-one/) draws it, prints it on one
 * sheet and downloads it as Markdown. Pure: no DOM, no storage.
 */
import { closestRung, gapsTo, nextRung, ratedCount, type Rung } from './assessment.ts';
import { HORIZON_LABELS, HORIZONS, type Goal, type Horizon } from './ratings.ts';
import { goalLine } from './assessment.ts';
import { longDate } from './days.ts';
import type { Assessment } from './evidence.ts';
import { compareViews, type Difference } from './review.ts';
import { SKILL_DIMENSIONS } from './ladder/dimensions.ts';
import type { SkillId } from './ladder/skill-ids.ts';

export interface PackGap {
  id: SkillId;
  label: string;
  /** The reader's level, and whether they apply it at work. */
  mine: number;
  applied: boolean;
  /** The manager's level (0: not rated) when the reader kept a manager's view; null when there is none. */
  manager: number | null;
  managerApplied: boolean;
  need: number;
  /** What the needed level looks like. */
  looksLike: string;
  evidence: string;
}

export interface Pack {
  /** "For Sam Lee, 7 December 2026" or "7 December 2026". */
  meta: string;
  /** False when nothing is rated: the page then says where to start. */
  rated: boolean;
  current: Rung | null;
  next: Rung | null;
  /** The sentence on where the reader stands. */
  where: string;
  /** Gaps to the next rung (or to the current one at the top), biggest first. */
  gaps: PackGap[];
  /** The rung the gaps are measured against. */
  target: Rung | null;
  /** Where the reader's and the manager's ratings differ, beyond the gaps (null: no manager's view kept). */
  differences: { summary: string; items: Difference[] } | null;
  /** The day the manager's view was kept ("" when unknown). */
  managerKept: string;
  goals: Array<{ horizon: Horizon; label: string; lines: string[] }>;
  /** Skills not rated, by label. */
  unrated: string[];
}

/** Builds the pack from the saved records. `today` is "YYYY-MM-DD". */
export function buildPack<R extends Rung>(input: { assessment: Assessment; goals: readonly Goal[]; name: string; rungs: R[]; today: string }): Pack {
  const { assessment: a, goals, rungs } = input;
  const name = input.name.trim();
  const meta = name ? `For ${name}, ${longDate(input.today)}` : longDate(input.today);
  const current = closestRung(a.levels, rungs);
  const next = current ? nextRung(current, rungs) : null;
  const target = next ?? current;
  const rated = ratedCount(a.levels) > 0;
  const where = !current
    ? 'No skills are rated yet, so the pack cannot place you on the ladder.'
    : next
      ? `Closest rung today: ${current.name}. Next rung: ${next.name}.`
      : `Closest rung today: ${current.name}, the top of the ladder. The gaps below are measured against it.`;
  const m = a.manager;
  const gaps: PackGap[] = (target ? gapsTo(a.levels, target) : []).map((g) => ({
    id: g.id,
    label: g.label,
    mine: g.have,
    applied: a.applied.includes(g.id),
    manager: m ? m.levels[g.id] : null,
    managerApplied: !!m?.applied.includes(g.id),
    need: g.need,
    looksLike: g.target,
    evidence: a.evidence[g.id] ?? '',
  }));
  let differences: Pack['differences'] = null;
  if (m) {
    const c = compareViews(a, m, 'self');
    differences = { summary: c.summary, items: c.differences };
  }
  const planGoals = HORIZONS.map((h) => ({
    horizon: h,
    label: HORIZON_LABELS[h],
    lines: goals.filter((g) => g.horizon === h).map(goalLine),
  }));
  return {
    meta,
    rated,
    current,
    next,
    where,
    gaps,
    target,
    differences,
    managerKept: m?.keptOn ?? '',
    goals: planGoals,
    unrated: SKILL_DIMENSIONS.filter((d) => a.levels[d.id] === 0).map((d) => d.label),
  };
}

/** A gap's levels in words: "You 3 (applied at work). Your manager 2. Senior project manager asks for 4." */
export function gapLevels(g: PackGap, target: string): string {
  const mine = `You ${g.mine}${g.applied ? ' (applied at work)' : ''}.`;
  const manager =
    g.manager === null ? '' : g.manager === 0 ? ' Your manager did not rate it.' : ` Your manager ${g.manager}${g.managerApplied ? ' (applied at work)' : ''}.`;
  return `${mine}${manager} ${target} asks for ${g.need}.`;
}

const md = (text: string) => text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** What the page adds to the pack from data it loads itself: how the next rung's work grows, and the credentials held. */
export interface PackExtras {
  step?: { title: string; lines: string[]; note: string | null };
  credentials?: string[];
}

/** The pack as Markdown: the export file a reader can send ahead of the meeting. */
export function packToMarkdown(p: Pack, extras: PackExtras = {}): string {
  const out = ['# One-to-one pack', '', `${md(p.meta)}.`, '', '## Where I am', '', p.where, ''];
  if (extras.step) {
    out.push(`## ${extras.step.title}`, '', ...extras.step.lines.map((l) => `- ${md(l)}`), '');
    if (extras.step.note) out.push(md(extras.step.note), '');
  }
  if (p.target) {
    out.push(`## Gaps to ${p.target.name}`, '');
    if (p.gaps.length === 0) out.push(`None among the skills rated: they meet ${p.target.name} on every one.`, '');
    for (const g of p.gaps) {
      out.push(`### ${g.label}`, '', gapLevels(g, p.target.name), '', `What ${g.need} looks like: ${md(g.looksLike)}`, '');
      out.push(g.evidence ? `Evidence: ${md(g.evidence)}` : 'Evidence: none written yet.', '');
    }
  }
  if (p.differences) {
    out.push('## Where my manager and I see it differently', '', p.differences.summary, '');
    for (const d of p.differences.items) out.push(`- ${d.text}`);
    if (p.differences.items.length) out.push('');
  }
  out.push('## My plan', '');
  for (const h of p.goals) {
    out.push(`### ${h.label}`, '');
    if (h.lines.length === 0) out.push('- (nothing yet)');
    for (const line of h.lines) out.push(`- ${md(line)}`);
    out.push('');
  }
  if (extras.credentials?.length) out.push('## Credentials I hold', '', ...extras.credentials.map((c) => `- ${md(c)}`), '');
  out.push('## Agreed actions', '', '- ', '- ', '- ', '', 'From the IT Project Management Career Guide.', '');
  return out.join('\n');
}

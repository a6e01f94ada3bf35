/**
 * How the tools feed each other (pure): the self-assessment's closest rung
 * suggests the chooser's career stage, and a chooser pick becomes a plan goal.
 */
import { closestRung, MAX_PLAN_ITEMS, ratedCount, toGoals, type Goal, type Horizon, type Ratings, type Rung } from './ratings.ts';
import type { Plan } from './records.ts';
import type { CareerStage } from './certs/vocabulary.ts';

/** The chooser's career stage for each rung of the ladder. */
export const STAGE_FOR_RUNG: Readonly<Record<string, CareerStage>> = {
  'project-coordinator': 'coordinator',
  'project-manager': 'project-manager',
  'senior-project-manager': 'senior-pm',
  'programme-manager': 'programme',
  'portfolio-manager': 'portfolio',
};

/** The stage the assessment suggests, with the rung it comes from; null when nothing is rated or the rung has no stage. */
export function stageFromRatings<T extends Rung>(ratings: Ratings, rungs: T[]): { stage: CareerStage; rung: T } | null {
  if (ratedCount(ratings) === 0) return null;
  const rung = closestRung(ratings, rungs);
  const stage = rung ? STAGE_FOR_RUNG[rung.id] : undefined;
  return rung && stage ? { stage, rung } : null;
}

/** Which horizon a credential goal belongs in: now if eligible, mid term if close, long term otherwise. */
export function horizonForVerdict(kind: string): Horizon {
  return kind === 'eligible' ? 'short' : kind === 'soon' ? 'mid' : 'long';
}

export type AddGoal = { ok: true; plan: Plan; goal: Goal } | { ok: false; reason: 'duplicate' | 'full' };

/** A credential's name said once, with its abbreviation only when the name does not already carry it. */
export function nameWithShort(name: string, short: string): string {
  return name.includes(short) || name.includes(`(${short})`) ? name : `${name} (${short})`;
}

/** Adds "Earn the <credential>" to the plan, unless the plan already has that goal or is full. */
export function addCredentialGoal(plan: Plan, credentialName: string, verdictKind: string): AddGoal {
  const text = `Earn the ${credentialName}.`;
  if (plan.goals.some((g) => g.text === text)) return { ok: false, reason: 'duplicate' };
  if (plan.goals.length >= MAX_PLAN_ITEMS) return { ok: false, reason: 'full' };
  const [goal] = toGoals([{ horizon: horizonForVerdict(verdictKind), text }], plan.goals);
  return { ok: true, plan: { ...plan, goals: [...plan.goals, goal!] }, goal: goal! };
}

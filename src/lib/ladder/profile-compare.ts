/**
 * Two roles' profiles compared in words, for the explorer's comparison:
 * "Budgets grow from £100,000–£1.5 million to £1–10 million." Every sentence
 * is written for its case (the figures grow, shrink, stay the same or merely
 * overlap; the two are of different kinds; one role has no profile), never
 * put together from lower-cased labels. Pure.
 */
import { listAnd } from '../certs/describe.ts';
import {
  CURRENCIES,
  formatCount,
  formatMoneyRange,
  formatMonths,
  isContinuous,
  type Budget,
  type BudgetBasis,
  type Currency,
  type Parallel,
  type ProfileCore,
  type ProfileKey,
  type Range,
  type Team,
  type TeamBasis,
} from './profile.ts';

export interface ProfiledRole {
  name: string;
  profile: ProfileCore | null | undefined;
}

export interface ProfileChange {
  key: ProfileKey | 'missing';
  /** One sentence. */
  text: string;
  /** The words behind it, from the role data, when there are any (the decision rights of the role stepped up to). */
  detail?: string | undefined;
  /** The role whose words `detail` is. */
  detailRole?: string | undefined;
}

export type Direction = 'grow' | 'shrink' | 'same' | 'overlap';

/** Which way a range moves: both ends up (grow), both down (shrink), equal, or one inside the other (overlap). */
export function direction(a: Range, b: Range): Direction {
  if (a.min === b.min && a.max === b.max) return 'same';
  if (b.min >= a.min && b.max >= a.max) return 'grow';
  if (b.min <= a.min && b.max <= a.max) return 'shrink';
  return 'overlap';
}

// ---- Budget ------------------------------------------------------------------------

/** What the budgets of one kind are called at the start of a sentence. */
const BUDGET_SUBJECT: Record<BudgetBasis, string> = {
  leads: 'Budgets',
  supports: 'The budgets of the projects supported',
  portfolio: 'Yearly portfolio budgets',
  office: 'Office budgets',
};

/** A budget of one kind inside a sentence that moves between kinds ("from … to …"). */
function budgetPhrase(basis: BudgetBasis, r: string): string {
  switch (basis) {
    case 'leads':
      return `${r} for the work you lead`;
    case 'supports':
      return `none of your own, on projects of ${r}`;
    case 'portfolio':
      return `${r} a year across the portfolio`;
    case 'office':
      return `${r} a year to run your own office`;
  }
}

function sharedCurrency(a: Budget, b: Budget): Currency | null {
  return CURRENCIES.find((c) => a[c] !== undefined && b[c] !== undefined) ?? null;
}

function budgetChange(a: ProfiledRole & { profile: ProfileCore }, b: ProfiledRole & { profile: ProfileCore }): ProfileChange {
  const x = a.profile.budget;
  const y = b.profile.budget;
  const currency = sharedCurrency(x, y);
  if (!currency) {
    const first = (bud: Budget) => {
      const c = CURRENCIES.find((k) => bud[k] !== undefined)!;
      return formatMoneyRange(bud[c]!, c, 'compact');
    };
    return { key: 'budget', text: `The two budgets are given in different currencies: ${first(x)} for ${a.name} and ${first(y)} for ${b.name}.` };
  }
  const rx = x[currency]!;
  const ry = y[currency]!;
  const from = formatMoneyRange(rx, currency, 'compact');
  const to = formatMoneyRange(ry, currency, 'compact');
  if (x.basis !== y.basis) {
    // A phrase that ends in an aside ("none of your own, on projects of …") closes it with a comma before "to".
    const close = x.basis === 'supports' ? ',' : '';
    return { key: 'budget', text: `Budgets move from ${budgetPhrase(x.basis, from)}${close} to ${budgetPhrase(y.basis, to)}.` };
  }
  const subject = BUDGET_SUBJECT[x.basis];
  switch (direction(rx, ry)) {
    case 'grow':
      return { key: 'budget', text: `${subject} grow from ${from} to ${to}.` };
    case 'shrink':
      return { key: 'budget', text: `${subject} shrink from ${from} to ${to}.` };
    case 'same':
      return { key: 'budget', text: `${subject} stay at ${from}.` };
    case 'overlap':
      return { key: 'budget', text: `${subject} overlap: ${from} for ${a.name} against ${to} for ${b.name}.` };
  }
}

// ---- Team --------------------------------------------------------------------------

/** A team of one kind inside a sentence that moves between kinds. */
function teamPhrase(t: Team): string {
  const n = formatCount(t, 'compact', 'people');
  switch (t.basis) {
    case 'leads':
      return t.through ? `directing ${n} through ${t.through}` : `directing ${n}`;
    case 'coordinates':
      return `coordinating ${n} who report elsewhere`;
    case 'office':
      return `running an office of ${n}`;
  }
}

const TEAM_SUBJECT: Record<TeamBasis, string> = {
  leads: 'Teams',
  coordinates: 'The people you coordinate',
  office: 'Your own office',
};

function teamChange(x: Team, y: Team, a: string, b: string): ProfileChange {
  if (x.basis !== y.basis) return { key: 'team', text: `The team moves from ${teamPhrase(x)} to ${teamPhrase(y)}.` };
  const from = formatCount(x, 'compact', 'people');
  const to = formatCount(y, 'compact');
  const led = y.basis === 'leads' && y.through ? `, led through ${y.through}` : '';
  const subject = TEAM_SUBJECT[x.basis];
  // "Your own office" is one thing: it grows; teams and people are many: they grow.
  const verb = (plural: string, single: string) => (x.basis === 'office' ? single : plural);
  switch (direction(x, y)) {
    case 'grow':
      return { key: 'team', text: `${subject} ${verb('grow', 'grows')} from ${from} to ${to}${led}.` };
    case 'shrink':
      return { key: 'team', text: `${subject} ${verb('shrink', 'shrinks')} from ${from} to ${to}${led}.` };
    case 'same':
      return { key: 'team', text: `${subject} ${verb('stay', 'stays')} at ${from}${led}.` };
    case 'overlap':
      return {
        key: 'team',
        text: `${subject} ${verb('overlap', 'overlaps')}: ${from} for ${a} against ${formatCount(y, 'compact', 'people')} for ${b}${led}.`,
      };
  }
}

// ---- Duration ----------------------------------------------------------------------

function durationChange(x: ProfileCore['duration'], y: ProfileCore['duration'], a: string, b: string): ProfileChange {
  if (isContinuous(x) && isContinuous(y)) return { key: 'duration', text: 'The work runs continuously in both roles, with no end date.' };
  if (isContinuous(y) && !isContinuous(x)) {
    return {
      key: 'duration',
      text: `The work moves from fixed terms of ${formatMonths(x.minMonths, x.maxMonths, 'compact')} to running continuously, with no end date.`,
    };
  }
  if (isContinuous(x) && !isContinuous(y)) {
    return { key: 'duration', text: `The work moves from running continuously to fixed terms of ${formatMonths(y.minMonths, y.maxMonths, 'compact')}.` };
  }
  if (isContinuous(x) || isContinuous(y)) throw new Error('unreachable');
  const from = formatMonths(x.minMonths, x.maxMonths, 'compact');
  const to = formatMonths(y.minMonths, y.maxMonths, 'compact');
  switch (direction({ min: x.minMonths, max: x.maxMonths }, { min: y.minMonths, max: y.maxMonths })) {
    case 'grow':
      return { key: 'duration', text: `The work runs longer, from ${from} to ${to}.` };
    case 'shrink':
      return { key: 'duration', text: `The work runs shorter, from ${from} to ${to}.` };
    case 'same':
      return { key: 'duration', text: `The work runs for ${from} in both roles.` };
    case 'overlap':
      return { key: 'duration', text: `Durations overlap: ${from} for ${a} against ${to} for ${b}.` };
  }
}

// ---- Work in parallel -------------------------------------------------------------------

function parallelChange(x: Parallel, y: Parallel, a: string, b: string): ProfileChange {
  const sameKind = x.of === y.of;
  const from = formatCount(x, 'compact', x.of);
  const to = sameKind ? formatCount(y, 'compact') : formatCount(y, 'compact', y.of);
  switch (direction(x, y)) {
    case 'grow':
      return { key: 'parallel', text: `Work in parallel grows from ${from} to ${to}.` };
    case 'shrink':
      return { key: 'parallel', text: `Work in parallel narrows from ${from} to ${to}.` };
    case 'same':
      return { key: 'parallel', text: sameKind ? `Work in parallel stays at ${from}.` : `Work in parallel moves from ${from} to ${to}.` };
    case 'overlap':
      return { key: 'parallel', text: `Work in parallel overlaps: ${from} for ${a} against ${formatCount(y, 'compact', y.of)} for ${b}.` };
  }
}

// ---- Stakeholders ----------------------------------------------------------------------

const same = (s: string) => s.trim().toLowerCase();

function stakeholderChange(x: string[], y: string[]): ProfileChange | null {
  const known = new Set(x.map(same));
  const added = y.filter((s) => !known.has(same(s)));
  if (added.length === 0) return null;
  return { key: 'stakeholders', text: `Stakeholders widen to include ${listAnd(added)}.` };
}

/**
 * How the profile changes from role `a` to role `b` (already ordered as a
 * step up, see asStepUp), measure by measure; one sentence when either has
 * no profile, none when neither has.
 */
export function profileStepUp(a: ProfiledRole, b: ProfiledRole): ProfileChange[] {
  if (!a.profile && !b.profile) return [];
  if (!a.profile || !b.profile) {
    const missing = a.profile ? b : a;
    return [
      {
        key: 'missing',
        text: `The guide gives no budget, team or duration for ${missing.name}, so there are no figures to compare.`,
      },
    ];
  }
  const x = a.profile;
  const y = b.profile;
  const full = { a: { ...a, profile: x }, b: { ...b, profile: y } };
  return [
    budgetChange(full.a, full.b),
    teamChange(x.team, y.team, a.name, b.name),
    durationChange(x.duration, y.duration, a.name, b.name),
    parallelChange(x.parallel, y.parallel, a.name, b.name),
    { key: 'decides', text: 'Decision rights', detail: y.decides, detailRole: b.name },
    stakeholderChange(x.stakeholders, y.stakeholders),
  ].filter((c): c is ProfileChange => c !== null);
}

/**
 * The line under the comparison that says where its figures come from: the
 * editors' estimates, or an organisation's own where it gives them. Null
 * when neither role has a profile.
 */
export function comparisonNote(
  a: { name: string; view: { orgFields: readonly string[]; organisation?: string | undefined } | null | undefined },
  b: { name: string; view: { orgFields: readonly string[]; organisation?: string | undefined } | null | undefined },
): string | null {
  if (!a.view && !b.view) return null;
  const own = [a, b].filter((r) => r.view && r.view.orgFields.length > 0 && r.view.organisation);
  const guide =
    'No official body publishes budgets, team sizes or durations by rung: these are the editors’ estimates for a mid-sized or large organisation. Each role’s page gives the frameworks behind them and their sources.';
  if (own.length === 0) return guide;
  const org = own[0]!.view!.organisation!;
  const names = listAnd(own.map((r) => r.name));
  return `Figures set by ${org} stand in for the guide’s where it gives them, for ${names}; the rest are the editors’ estimates for a mid-sized or large organisation, which no official body publishes.`;
}

/**
 * What a rung is trusted with: the typical budget, team, duration and work in
 * parallel, the decisions it may take and the stakeholders it deals with.
 * The figures are the editors' estimates (no official body publishes them);
 * an organisation may give its own per grade. Pure: the shapes, the written
 * forms of every figure, the rows a page shows and the note that says where
 * the figures come from. Shared by the schemas, the pages, the build-time
 * comparison (profile-compare.ts), the open data and the one-to-one pack.
 */
import { listAnd } from '../certs/describe.ts';

export const CURRENCIES = ['gbp', 'usd', 'eur'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * Whose money the budget is:
 *   leads     the budget of the work the role leads;
 *   supports  none of its own: the budgets of the projects it supports;
 *   portfolio a yearly change budget across everything in the portfolio;
 *   office    the yearly cost of running its own office.
 */
export const BUDGET_BASES = ['leads', 'supports', 'portfolio', 'office'] as const;
export type BudgetBasis = (typeof BUDGET_BASES)[number];

/**
 * Whose effort the role directs:
 *   leads        a delivery team, perhaps through leads of its own;
 *   coordinates  people it keeps in step, none of whom report to it;
 *   office       an office of its own, without a delivery team.
 */
export const TEAM_BASES = ['leads', 'coordinates', 'office'] as const;
export type TeamBasis = (typeof TEAM_BASES)[number];

export interface Range {
  min: number;
  max: number;
}

export interface Budget {
  basis: BudgetBasis;
  gbp?: Range | undefined;
  usd?: Range | undefined;
  eur?: Range | undefined;
  note?: string | undefined;
}

export interface Team extends Range {
  basis: TeamBasis;
  /** Who the role leads through, written to follow "led through": "three to six workstream or supplier leads". */
  through?: string | undefined;
  note?: string | undefined;
}

/** How long the work runs, in months; or continuously, for roles without an end date. */
export type Duration = { minMonths: number; maxMonths: number; note?: string | undefined } | { continuous: true; note?: string | undefined };

export interface Parallel extends Range {
  /** What is carried at once, plural, written to follow a number: "projects", "linked projects in one programme". */
  of: string;
  note?: string | undefined;
}

/** The fields an organisation may replace, each on its own. */
export interface ProfileCore {
  budget: Budget;
  team: Team;
  duration: Duration;
  parallel: Parallel;
  /** What the role may decide alone and what it passes up: one or two sentences, starting with a verb ("Re-sequences the plan…"). */
  decides: string;
  /** The people and bodies it deals with, as written in a list ("the sponsor", "a steering committee"). */
  stakeholders: string[];
}

export type ProfileKey = keyof ProfileCore;
export const PROFILE_KEYS: readonly ProfileKey[] = ['budget', 'team', 'duration', 'parallel', 'decides', 'stakeholders'];
/** The measures of size; the other two fields are the editors' summary of authority. */
export const SIZE_KEYS: readonly ProfileKey[] = ['budget', 'team', 'duration', 'parallel'];

/** A framework that places comparable work: a sourced fact (src/content/facts/<fact>.yaml) and what it says of this rung. */
export interface Anchor {
  fact: string;
  /** "Levels 4 and 5 of SFIA's project management skill" (starts with a capital). */
  says: string;
}

/** A role's profile as the guide's data holds it (src/content/roles/<id>.yaml, field "profile"). */
export interface RungProfile extends ProfileCore {
  anchors: Anchor[];
  basis: 'editorial-estimate';
  /** YYYY-MM-DD: the day the editors last reviewed the figures. */
  checked: string;
  reviewBy: string;
}

/** What an organisation may give for one of its grades (grades.yaml): any of the fields, each replacing the guide's. */
export interface ProfileOverride {
  budget?: Partial<Pick<Budget, 'basis'>> & Omit<Budget, 'basis'>;
  team?: Partial<Pick<Team, 'basis'>> & Omit<Team, 'basis'>;
  duration?: Duration;
  parallel?: Partial<Pick<Parallel, 'of'>> & Omit<Parallel, 'of'>;
  decides?: string;
  stakeholders?: string[];
}

/** A profile as a page shows it: the guide's, or the guide's with an organisation's own fields in their place. */
export interface ProfileView {
  profile: ProfileCore;
  /** The fields an organisation gave ([] for the guide's own). */
  orgFields: ProfileKey[];
  /** The organisation and the grade, when any field is its own. */
  organisation?: string | undefined;
  grade?: string | undefined;
}

// ---- Figures in words -------------------------------------------------------------

const SYMBOL: Record<Currency, string> = { gbp: '£', usd: 'US$', eur: '€' };
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Up to two decimals, none when whole: 1.25, 1.5, 13. */
const decimal = (n: number) => String(Number(n.toFixed(2)));

type Scale = { unit: '' | ' million' | ' billion'; of: (n: number) => string };
function scaleOf(n: number): Scale {
  if (n >= 1e9) return { unit: ' billion', of: (x) => decimal(x / 1e9) };
  if (n >= 1e6) return { unit: ' million', of: (x) => decimal(x / 1e6) };
  return { unit: '', of: grouped };
}

/** True when an amount is written exactly by formatAmount: whole thousands, or hundredths of a million from a million up. */
export function isRoundAmount(n: number): boolean {
  if (!Number.isInteger(n) || n <= 0) return false;
  return n >= 1e6 ? n % 1e4 === 0 : n % 1e3 === 0;
}

/** 100000 → "£100,000"; 1500000 → "£1.5 million"; 13000000 in dollars → "US$13 million". */
export function formatAmount(n: number, currency: Currency): string {
  const s = scaleOf(n);
  return `${SYMBOL[currency]}${s.of(n)}${s.unit}`;
}

export type RangeStyle = 'words' | 'compact';

/**
 * A money range for readers. In words: "£100,000 to £1.5 million",
 * "£1 million to £10 million". Compact, for sentences that compare two:
 * "£100,000–£1.5 million", "£1–10 million".
 */
export function formatMoneyRange(r: Range, currency: Currency, style: RangeStyle = 'words'): string {
  if (style === 'words') return `${formatAmount(r.min, currency)} to ${formatAmount(r.max, currency)}`;
  const a = scaleOf(r.min);
  const b = scaleOf(r.max);
  if (a.unit === b.unit && a.unit !== '') return `${SYMBOL[currency]}${a.of(r.min)}–${b.of(r.max)}${b.unit}`;
  return `${formatAmount(r.min, currency)}–${formatAmount(r.max, currency)}`;
}

/** "4 to 15" or "4–15", with a noun after it when given: "4 to 15 people". */
export function formatCount(r: Range, style: RangeStyle = 'words', noun = ''): string {
  const n = `${grouped(r.min)}${style === 'words' ? ' to ' : '–'}${grouped(r.max)}`;
  return noun ? `${n} ${noun}` : n;
}

/** Months as readers count them: "3 to 12 months", "12 to 30 months", and whole years from two up: "2 to 5 years". */
export function formatMonths(minMonths: number, maxMonths: number, style: RangeStyle = 'words'): string {
  const years = minMonths >= 12 && maxMonths >= 24 && minMonths % 12 === 0 && maxMonths % 12 === 0;
  return years ? formatCount({ min: minMonths / 12, max: maxMonths / 12 }, style, 'years') : formatCount({ min: minMonths, max: maxMonths }, style, 'months');
}

export const isContinuous = (d: Duration): d is { continuous: true; note?: string | undefined } => 'continuous' in d;

/** The currencies a budget gives, in the guide's order (pounds first). */
export function currenciesOf(b: Budget): Currency[] {
  return CURRENCIES.filter((c) => b[c] !== undefined);
}

/** Every range of a budget in words: "£100,000 to £1.5 million (US$125,000 to US$2 million)". */
export function budgetRanges(b: Budget): string {
  const [first, ...rest] = currenciesOf(b).map((c) => formatMoneyRange(b[c]!, c));
  return rest.length ? `${first} (${rest.join('; ')})` : (first ?? '');
}

// ---- The rows a page shows -----------------------------------------------------------

/** The heading over a role's profile: a rung is trusted with its own place on the ladder; any other role is one beside it. */
export function profileHeading(kind: 'rung' | 'entry' | 'side-door' | 'specialisation'): string {
  return kind === 'rung' ? 'What this rung is trusted with' : 'What this role is trusted with';
}

export interface ProfileRow {
  key: ProfileKey;
  label: string;
  /** The figure or summary in words, a sentence fragment that starts with a capital. */
  value: string;
  /** The data's own note on it, a full sentence. */
  note?: string | undefined;
  /** Whose figure it is. */
  origin: 'guide' | 'org';
}

export const ROW_LABELS: Record<ProfileKey, string> = {
  budget: 'Budget',
  team: 'Team',
  duration: 'Duration',
  parallel: 'At once',
  decides: 'Decision rights',
  stakeholders: 'Stakeholders',
};

function budgetValue(b: Budget): string {
  const r = budgetRanges(b);
  switch (b.basis) {
    case 'leads':
      return r;
    case 'supports':
      return `None of its own; supports projects of ${r}`;
    case 'portfolio':
      return `${r} a year, across the whole portfolio`;
    case 'office':
      return `${r} a year to run its own office`;
  }
}

function teamValue(t: Team): string {
  const n = formatCount(t, 'words', 'people');
  switch (t.basis) {
    case 'leads':
      return t.through ? `${n}, led through ${t.through}` : n;
    case 'coordinates':
      return `Coordinates ${n}, none of whom report to the role`;
    case 'office':
      return `An office of ${n}, with no delivery team of its own`;
  }
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The profile as rows of a definition list, in a fixed order, each marked with whose figure it is. */
export function profileRows(view: ProfileView): ProfileRow[] {
  const p = view.profile;
  const origin = (key: ProfileKey) => (view.orgFields.includes(key) ? 'org' : 'guide');
  return [
    { key: 'budget', label: ROW_LABELS.budget, value: budgetValue(p.budget), note: p.budget.note, origin: origin('budget') },
    { key: 'team', label: ROW_LABELS.team, value: teamValue(p.team), note: p.team.note, origin: origin('team') },
    {
      key: 'duration',
      label: ROW_LABELS.duration,
      value: isContinuous(p.duration) ? 'Continuous' : formatMonths(p.duration.minMonths, p.duration.maxMonths),
      note: p.duration.note,
      origin: origin('duration'),
    },
    { key: 'parallel', label: ROW_LABELS.parallel, value: formatCount(p.parallel, 'words', p.parallel.of), note: p.parallel.note, origin: origin('parallel') },
    { key: 'decides', label: ROW_LABELS.decides, value: p.decides, origin: origin('decides') },
    { key: 'stakeholders', label: ROW_LABELS.stakeholders, value: `${upperFirst(listAnd(p.stakeholders))}.`, origin: origin('stakeholders') },
  ];
}

/** The short mark on a row an organisation gave: "From Northwind Logistics". */
export function orgMark(organisation: string): string {
  return `From ${organisation}`;
}

/**
 * Where the figures come from, in sentences written for each case: all the
 * editors' (the guide's own view), some an organisation's, or all of the
 * measures of size an organisation's. `checkedInWords` is the day the
 * editors last reviewed the guide's figures, written for readers
 * ("7 December 2026").
 */
export function profileNote(view: Pick<ProfileView, 'orgFields' | 'organisation'>, checkedInWords?: string): string {
  const org = view.organisation;
  const reviewed = checkedInWords ? ` Last reviewed ${checkedInWords}.` : '';
  if (!org || view.orgFields.length === 0) {
    return (
      'No official body publishes budgets, team sizes or durations by rung: these figures are the editors’ estimates for a mid-sized or large organisation, and in a small firm they run lower. ' +
      'Dollar figures are the editors’ round numbers for US readers; no exchange rate lies behind them. ' +
      'Decision rights and stakeholders are the editors’ summary, consistent with the frameworks cited.' +
      reviewed
    );
  }
  const own = (k: ProfileKey) => view.orgFields.includes(k);
  const ownSize = SIZE_KEYS.filter(own).length;
  const size =
    ownSize === SIZE_KEYS.length
      ? `Every figure here is set by ${org} for this grade.`
      : ownSize === 0
        ? 'The figures are the editors’ estimates for a mid-sized or large organisation; no official body publishes such figures.'
        : `The figures marked “${orgMark(org)}” are set by ${org} for this grade. The rest are the editors’ estimates for a mid-sized or large organisation; no official body publishes such figures.`;
  const authority =
    own('decides') && own('stakeholders')
      ? `The decision rights and stakeholders are set by ${org}${ownSize > 0 ? ' too' : ''}.`
      : own('decides')
        ? `The decision rights are set by ${org}; the stakeholders are the editors’ summary.`
        : own('stakeholders')
          ? `The stakeholders are set by ${org}; the decision rights are the editors’ summary.`
          : 'Decision rights and stakeholders are the editors’ summary, consistent with the frameworks cited.';
  const allOwn = ownSize === SIZE_KEYS.length && own('decides') && own('stakeholders');
  return `${size} ${authority}${allOwn ? '' : reviewed}`;
}

// ---- An organisation's own fields ---------------------------------------------------------

/** The guide's profile with an organisation's fields in their place; a budget, team or parallel field keeps the guide's kind unless it names its own. */
export function mergeProfile(guide: ProfileCore, override: ProfileOverride | undefined, who?: { organisation: string; grade: string }): ProfileView {
  if (!override) return { profile: guide, orgFields: [] };
  const profile: ProfileCore = { ...guide };
  const orgFields: ProfileKey[] = [];
  if (override.budget) {
    profile.budget = { ...override.budget, basis: override.budget.basis ?? guide.budget.basis };
    orgFields.push('budget');
  }
  if (override.team) {
    profile.team = { ...override.team, basis: override.team.basis ?? guide.team.basis };
    orgFields.push('team');
  }
  if (override.duration) {
    profile.duration = override.duration;
    orgFields.push('duration');
  }
  if (override.parallel) {
    profile.parallel = { ...override.parallel, of: override.parallel.of ?? guide.parallel.of };
    orgFields.push('parallel');
  }
  if (override.decides) {
    profile.decides = override.decides;
    orgFields.push('decides');
  }
  if (override.stakeholders) {
    profile.stakeholders = override.stakeholders;
    orgFields.push('stakeholders');
  }
  if (orgFields.length === 0) return { profile: guide, orgFields };
  return { profile, orgFields, organisation: who?.organisation, grade: who?.grade };
}

/** The profile fields alone, without anchors and review dates (what an organisation may replace). */
export function coreOf(p: RungProfile): ProfileCore {
  const { budget, team, duration, parallel, decides, stakeholders } = p;
  return { budget, team, duration, parallel, decides, stakeholders };
}

/**
 * The guide's data as open data: the ladder (roles, their moves and each
 * role's skill profile), the skills with their level descriptions, what each
 * rung is trusted with (the editors' estimates of budget, team, duration and
 * work in parallel, with decision rights, stakeholders and the frameworks
 * that place it), and the credentials with every fact's status and source
 * and the confirmed renewal rules, as JSON and CSV files an organisation can load into its own HR or
 * learning tools. Every file and column is described here once; the files
 * (src/pages/data/) and the data dictionary page (OpenDataDictionary.astro)
 * are both generated from these descriptions, so they cannot disagree.
 * Pure: plain records in, text out.
 */
import { toCsv, type CsvValue } from './csv.ts';
import { withBase } from './paths.ts';
import type { RenewalRule } from './renewal-rule.ts';
import type { SkillDimension, SkillGroup, SkillId } from './ladder/dimensions.ts';
import { budgetRanges, formatCount, formatMonths, isContinuous, profileRows, type RungProfile } from './ladder/profile.ts';

export const OPEN_DATA_FORMAT = 'itpm-career-guide/open-data';
/** Raised when a file's fields or columns change in a way that breaks a reader of the previous version. */
export const OPEN_DATA_VERSION = 1;
/** Between items of a list in one CSV cell. No item may contain it (checked by the tests). */
export const LIST_SEPARATOR = '; ';
/** The data dictionary page, root-relative. */
export const DICTIONARY_PATH = '/about/open-data/';

export interface OpenRole {
  id: string;
  name: string;
  kind: 'rung' | 'entry' | 'side-door' | 'specialisation';
  rung?: number | undefined;
  titles: readonly string[];
  summary: string;
  scope: string;
  typicalExperience: string;
  skills: Readonly<Record<SkillId, number>>;
  skillNotes: Readonly<Record<SkillId, string>>;
  moves: ReadonlyArray<{ to: string; how: string }>;
  certifications: readonly string[];
  /** What the role is trusted with, for the rungs (and the PMO lead): the guide's own, never an organisation's. */
  profile?: RungProfile | undefined;
}

/** A framework a profile cites: the sourced fact's label and source. */
export interface OpenAnchorSource {
  label: string;
  url: string | null;
  publisher: string | null;
}

export interface OpenFact {
  id: string;
  label: string;
  value: string | null;
  status: 'confirmed' | 'reported' | 'not-found';
  source: { url: string; publisher: string; kind: 'official' | 'independent'; date: string; reason?: string | undefined } | null;
  checked: string;
  reviewBy: string;
  note?: string | undefined;
}

export interface OpenCredential {
  id: string;
  name: string;
  short: string;
  body: string;
  kind: string;
  level: string;
  status: string;
  issuer: { url: string; publisher: string };
  coveredBy: readonly string[];
  /** In display order, the generated eligibility fact first. */
  facts: readonly OpenFact[];
  renewalRule?: RenewalRule | undefined;
}

export interface OpenDataInput {
  roles: readonly OpenRole[];
  dimensions: readonly SkillDimension[];
  groupLabels: Readonly<Record<SkillGroup, string>>;
  credentials: readonly OpenCredential[];
  /** The sourced facts the profiles cite as frameworks, by id. */
  anchorSources: Readonly<Record<string, OpenAnchorSource>>;
  /** The site's base path, for page addresses ("/" or "/careers/"). */
  base: string;
  /** The guide's version (package.json), so a copy of the data says which edition it came from. */
  guideVersion: string;
}

export interface FieldDoc {
  name: string;
  meaning: string;
}

export interface OpenFile {
  /** The file name under /data/, e.g. "roles.csv". */
  file: string;
  format: 'json' | 'csv';
  title: string;
  about: string;
  /** The columns of a CSV file, or the fields of each record in a JSON file. */
  fields: readonly FieldDoc[];
  render(input: OpenDataInput): string;
}

const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);
const rolePage = (id: string, base: string) => withBase(`/roles/${id}/`, base);
const credentialPage = (id: string, base: string) => withBase(`/certifications/${id}/`, base);
const renewalFact = (c: OpenCredential) => c.facts.find((f) => f.id === (c.renewalRule?.fact ?? 'renewal'));

interface Column<R> {
  name: string;
  meaning: string;
  value: (row: R, input: OpenDataInput) => CsvValue;
}

function csvFile<R>(spec: { file: string; title: string; about: string; rows: (input: OpenDataInput) => R[]; columns: Array<Column<R>> }): OpenFile {
  return {
    file: spec.file,
    format: 'csv',
    title: spec.title,
    about: spec.about,
    fields: spec.columns.map(({ name, meaning }) => ({ name, meaning })),
    render: (input) => toCsv([spec.columns.map((c) => c.name), ...spec.rows(input).map((r) => spec.columns.map((c) => c.value(r, input)))]),
  };
}

function envelope(dataset: string, input: OpenDataInput, payload: Record<string, unknown>): string {
  return `${JSON.stringify(
    {
      format: OPEN_DATA_FORMAT,
      formatVersion: OPEN_DATA_VERSION,
      dataset,
      guideVersion: input.guideVersion,
      licence: 'MIT',
      dictionary: withBase(DICTIONARY_PATH, input.base),
      ...payload,
    },
    null,
    2,
  )}\n`;
}

// ---- JSON ----------------------------------------------------------------------

export function ladderJson(input: OpenDataInput) {
  return input.roles.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    rung: r.rung ?? null,
    titles: [...r.titles],
    summary: r.summary,
    scope: r.scope,
    typicalExperience: r.typicalExperience,
    skills: Object.fromEntries(input.dimensions.map((d) => [d.id, { level: r.skills[d.id], why: r.skillNotes[d.id] }])),
    moves: r.moves.map((m) => ({ to: m.to, how: m.how })),
    certifications: [...r.certifications],
    page: rolePage(r.id, input.base),
  }));
}

export function skillsJson(input: OpenDataInput) {
  return input.dimensions.map((d) => ({
    id: d.id,
    group: d.group,
    groupLabel: input.groupLabels[d.group],
    label: d.label,
    description: d.description,
    levels: d.levels.map((description, i) => ({ level: i + 1, description })),
  }));
}

export function credentialsJson(input: OpenDataInput) {
  return input.credentials.map((c) => ({
    id: c.id,
    name: c.name,
    short: c.short,
    body: c.body,
    kind: c.kind,
    level: c.level,
    status: c.status,
    issuer: { publisher: c.issuer.publisher, url: c.issuer.url },
    coveredBy: [...c.coveredBy],
    page: credentialPage(c.id, input.base),
    facts: c.facts.map((f) => ({
      id: f.id,
      label: f.label,
      value: f.value,
      status: f.status,
      source: f.source
        ? {
            publisher: f.source.publisher,
            url: f.source.url,
            kind: f.source.kind,
            date: f.source.date,
            ...(f.source.reason ? { reason: f.source.reason } : {}),
          }
        : null,
      checked: f.checked,
      reviewBy: f.reviewBy,
      note: f.note ?? null,
    })),
    renewalRule: c.renewalRule
      ? {
          fact: c.renewalRule.fact,
          cycleYears: c.renewalRule.cycleYears,
          units: c.renewalRule.units ?? null,
          unitsRequired: c.renewalRule.unitsRequired ?? null,
          areas: c.renewalRule.areas.map((a) => ({ name: a.name, min: a.min ?? null, max: a.max ?? null })),
          fee: c.renewalRule.fee ?? null,
          feeFact: c.renewalRule.feeFact ?? null,
          routes: [...c.renewalRule.routes],
          conditions: [...c.renewalRule.conditions],
          note: c.renewalRule.note ?? null,
        }
      : null,
  }));
}

type Profiled = OpenRole & { profile: RungProfile };
/** The roles with a profile: the rungs up the ladder, then the others in the order given. */
const profiled = (input: OpenDataInput): Profiled[] => {
  const all = input.roles.filter((r): r is Profiled => r.profile !== undefined);
  return [...all.filter((r) => r.rung !== undefined).sort((a, b) => a.rung! - b.rung!), ...all.filter((r) => r.rung === undefined)];
};
/** Said with every profile file: where the figures come from. */
export const PROFILE_BASIS_NOTE =
  'Budgets, team sizes, durations and work in parallel are the editors’ estimates for a mid-sized or large organisation’s IT department: no official body publishes such figures. Dollar figures are the editors’ round numbers for US readers; no exchange rate lies behind them. Decision rights and stakeholders are the editors’ summary, consistent with the frameworks cited.';

const anchorOf = (input: OpenDataInput, fact: string) => input.anchorSources[fact] ?? { label: fact, url: null, publisher: null };
const rowValue = (p: RungProfile, key: 'budget' | 'team' | 'duration' | 'parallel') =>
  profileRows({ profile: p, orgFields: [] }).find((r) => r.key === key)!.value;

export function rungProfilesJson(input: OpenDataInput) {
  return profiled(input).map((r) => {
    const p = r.profile;
    const money = (c: 'gbp' | 'usd' | 'eur') => (p.budget[c] ? { min: p.budget[c]!.min, max: p.budget[c]!.max } : null);
    return {
      role: r.id,
      name: r.name,
      kind: r.kind,
      rung: r.rung ?? null,
      budget: { basis: p.budget.basis, gbp: money('gbp'), usd: money('usd'), inWords: rowValue(p, 'budget'), note: p.budget.note ?? null },
      team: { basis: p.team.basis, min: p.team.min, max: p.team.max, through: p.team.through ?? null, inWords: rowValue(p, 'team'), note: p.team.note ?? null },
      duration: isContinuous(p.duration)
        ? { continuous: true, minMonths: null, maxMonths: null, inWords: rowValue(p, 'duration'), note: p.duration.note ?? null }
        : {
            continuous: false,
            minMonths: p.duration.minMonths,
            maxMonths: p.duration.maxMonths,
            inWords: rowValue(p, 'duration'),
            note: p.duration.note ?? null,
          },
      parallel: { min: p.parallel.min, max: p.parallel.max, of: p.parallel.of, inWords: rowValue(p, 'parallel'), note: p.parallel.note ?? null },
      decides: p.decides,
      stakeholders: [...p.stakeholders],
      anchors: p.anchors.map((a) => ({ fact: a.fact, says: a.says, ...anchorOf(input, a.fact) })),
      basis: p.basis,
      checked: p.checked,
      reviewBy: p.reviewBy,
      page: rolePage(r.id, input.base),
    };
  });
}

const PROFILE_FIELDS: FieldDoc[] = [
  {
    name: 'role, name, kind, rung',
    meaning: 'The role (an id in ladder.json), its name, its kind and its rung; the PMO lead is a side door with a profile of its own, so its rung is null.',
  },
  {
    name: 'budget',
    meaning:
      'The budget in pounds and dollars, each a range with min and max, and in words. basis says whose money it is: "leads" (the work the role leads), "supports" (none of its own; the projects it supports), "portfolio" (a yearly change budget across the portfolio) or "office" (the yearly cost of its own office). An editors’ estimate.',
  },
  {
    name: 'team',
    meaning:
      'The people whose effort the role directs, min to max, and in words. basis is "leads" (a delivery team, perhaps led through the leads named in through), "coordinates" (people who report elsewhere) or "office" (its own office, no delivery team). An editors’ estimate.',
  },
  {
    name: 'duration',
    meaning: 'How long the work runs, minMonths to maxMonths, and in words; continuous is true for roles whose work has no end date. An editors’ estimate.',
  },
  { name: 'parallel', meaning: 'How much is carried at once, min to max, of what (e.g. "projects"), and in words. An editors’ estimate.' },
  { name: 'decides', meaning: 'What the role may decide alone and what it passes up, in one or two sentences: the editors’ summary.' },
  { name: 'stakeholders', meaning: 'The people and bodies the role deals with: the editors’ summary.' },
  {
    name: 'anchors',
    meaning: 'Frameworks that place comparable work: the id of a sourced fact, what it says of this role, and the fact’s label, source address and publisher.',
  },
  { name: 'basis', meaning: 'Always "editorial-estimate": no official body publishes these figures.' },
  { name: 'checked, reviewBy', meaning: 'The day the editors last reviewed the profile, and the day it is due for review again.' },
  { name: 'page', meaning: 'The role’s page, where the profile is shown with its sources.' },
];

const ROLE_FIELDS: FieldDoc[] = [
  { name: 'id', meaning: 'The role’s identifier, used by moves[].to and in the other files.' },
  { name: 'name', meaning: 'The role as the guide names it.' },
  {
    name: 'kind',
    meaning: '"rung" (a step on the ladder), "entry" (a job people start from), "side-door" (a neighbouring job people move across from) or "specialisation".',
  },
  { name: 'rung', meaning: 'Position on the ladder, 1 (coordinator) to 5 (portfolio manager), for rungs; null otherwise.' },
  { name: 'titles', meaning: 'Job titles seen in adverts for this role.' },
  { name: 'summary, scope', meaning: 'What the role does and what it is accountable for.' },
  { name: 'typicalExperience', meaning: 'Typical experience, as a guide and never a rule.' },
  { name: 'skills', meaning: 'The role’s profile: for every skill id in skills.json, the typical level (1–5) and why the role sits there.' },
  { name: 'moves', meaning: 'Moves the guide describes from this role: the role moved to and how to make the move.' },
  { name: 'certifications', meaning: 'Credential ids (credentials.json) the guide suggests for this role.' },
  { name: 'page', meaning: 'The role’s page, as a path on the site that published this file.' },
];

const SKILL_FIELDS: FieldDoc[] = [
  { name: 'id', meaning: 'The skill’s identifier, used by the ladder’s skills.' },
  { name: 'group, groupLabel', meaning: 'The group it belongs to: PMI’s three talent triangle areas plus technical literacy.' },
  { name: 'label, description', meaning: 'The skill’s name and what it covers.' },
  { name: 'levels', meaning: 'Five levels, 1 to 5, each with what that level looks like at work.' },
];

const CREDENTIAL_FIELDS: FieldDoc[] = [
  { name: 'id', meaning: 'The credential’s identifier, used by the ladder’s certifications.' },
  { name: 'name, short', meaning: 'Its full name and the short name the guide uses.' },
  { name: 'body, issuer', meaning: 'The awarding body, and the issuer’s own page for the credential.' },
  { name: 'kind', meaning: '"examined", "assessed" or "training-certificate".' },
  { name: 'level', meaning: '"entry", "mid", "specialist", "senior" or "executive".' },
  { name: 'status', meaning: '"active", or "status-unverified" when no current issuer page confirms it is still offered.' },
  { name: 'coveredBy', meaning: 'Credential ids that make this one redundant for someone who holds them.' },
  {
    name: 'facts',
    meaning:
      'Every fact the guide shows, eligibility first: id, label, value, status, source, checked, reviewBy, note. Source is null when the status is "not-found", and so is the value, except for eligibility: its value is always the rule in words, and with "not-found" it is the rule as long published, not confirmed by the issuer’s current pages.',
  },
  {
    name: 'facts[].status',
    meaning:
      '"confirmed" (by the issuer’s own page), "reported" (by an approved independent publisher, not yet confirmed by the issuer) or "not-found" (no acceptable source; check the issuer’s page).',
  },
  { name: 'facts[].checked, facts[].reviewBy', meaning: 'The day someone compared the value with its source, and the day it is due to be checked again.' },
  {
    name: 'renewalRule',
    meaning: 'The renewal rule in fields, only where the issuer confirms it; null otherwise. Its provenance is the fact it names in "fact".',
  },
  { name: 'renewalRule.cycleYears', meaning: 'Years in one renewal cycle, counted from the day the credential was earned.' },
  {
    name: 'renewalRule.units, unitsRequired',
    meaning: 'The unit learning is counted in ("PDUs", "SEUs", "CEUs" or "CPD hours") and how many a cycle needs; null when the issuer sets no number.',
  },
  { name: 'renewalRule.areas', meaning: 'Parts of the requirement: at least "min" units in an area, or at most "max" of them counted.' },
  { name: 'renewalRule.fee, feeFact', meaning: 'Words from the renewal fact about the fee, or the id of another fact that gives it.' },
  {
    name: 'renewalRule.routes, conditions',
    meaning: 'Other ways that renew it, and conditions on the learning, in the issuer’s words as the fact records them.',
  },
];

// ---- The files -------------------------------------------------------------------

type RoleSkill = { role: OpenRole; dimension: SkillDimension };
type FactRow = { credential: OpenCredential; fact: OpenFact };
type AreaRow = { credential: OpenCredential; area: RenewalRule['areas'][number] };

export const OPEN_DATA_FILES: readonly OpenFile[] = [
  {
    file: 'ladder.json',
    format: 'json',
    title: 'The ladder',
    about: 'Every role with its kind, rung, skill profile and moves, in one file.',
    fields: ROLE_FIELDS,
    render: (input) => envelope('ladder', input, { roles: ladderJson(input) }),
  },
  csvFile<OpenRole>({
    file: 'roles.csv',
    title: 'Roles',
    about: 'One row per role.',
    rows: (i) => [...i.roles],
    columns: [
      { name: 'id', meaning: 'The role’s identifier, used in role-moves.csv and role-skills.csv.', value: (r) => r.id },
      { name: 'name', meaning: 'The role as the guide names it.', value: (r) => r.name },
      { name: 'kind', meaning: 'rung, entry, side-door or specialisation.', value: (r) => r.kind },
      { name: 'rung', meaning: 'Position on the ladder, 1 to 5, for rungs; empty otherwise.', value: (r) => r.rung },
      { name: 'titles', meaning: 'Job titles seen in adverts, separated by "; ".', value: (r) => list(r.titles) },
      { name: 'summary', meaning: 'What the role does.', value: (r) => r.summary },
      { name: 'scope', meaning: 'What the role is accountable for.', value: (r) => r.scope },
      { name: 'typical_experience', meaning: 'Typical experience, as a guide and never a rule.', value: (r) => r.typicalExperience },
      { name: 'certifications', meaning: 'Credential ids suggested for the role, separated by "; ".', value: (r) => list(r.certifications) },
      { name: 'page', meaning: 'The role’s page, as a path on the site that published this file.', value: (r, i) => rolePage(r.id, i.base) },
    ],
  }),
  csvFile<{ from: OpenRole; move: OpenRole['moves'][number] }>({
    file: 'role-moves.csv',
    title: 'Moves between roles',
    about: 'One row per move the guide describes: the edges of the ladder.',
    rows: (i) => i.roles.flatMap((from) => from.moves.map((move) => ({ from, move }))),
    columns: [
      { name: 'from', meaning: 'The role moved from (an id in roles.csv).', value: (r) => r.from.id },
      { name: 'to', meaning: 'The role moved to (an id in roles.csv).', value: (r) => r.move.to },
      { name: 'how', meaning: 'How to make the move.', value: (r) => r.move.how },
    ],
  }),
  csvFile<RoleSkill>({
    file: 'role-skills.csv',
    title: 'Role skill profiles',
    about: 'One row per role and skill: the typical level each role asks for, with the reason. The rungs’ rows are the ladder’s skill profile.',
    rows: (i) => i.roles.flatMap((role) => i.dimensions.map((dimension) => ({ role, dimension }))),
    columns: [
      { name: 'role', meaning: 'The role (an id in roles.csv).', value: (r) => r.role.id },
      { name: 'skill', meaning: 'The skill (an id in skills.csv).', value: (r) => r.dimension.id },
      { name: 'level', meaning: 'The typical level in this role, 1 to 5, as described in skills.csv.', value: (r) => r.role.skills[r.dimension.id] },
      { name: 'why', meaning: 'Why the role sits at that level.', value: (r) => r.role.skillNotes[r.dimension.id] },
    ],
  }),
  {
    file: 'rung-profiles.json',
    format: 'json',
    title: 'What each rung is trusted with',
    about:
      'Each rung’s typical budget, team, duration and work in parallel, its decision rights and stakeholders, and the frameworks that place it; the PMO lead has one too. The figures are the editors’ estimates.',
    fields: PROFILE_FIELDS,
    render: (input) => envelope('rung-profiles', input, { basisNote: PROFILE_BASIS_NOTE, profiles: rungProfilesJson(input) }),
  },
  csvFile<Profiled>({
    file: 'rung-profiles.csv',
    title: 'Rung profiles',
    about:
      'One row per role with a profile: the editors’ estimates of its budget, team, duration and work in parallel, with its decision rights and stakeholders.',
    rows: profiled,
    columns: [
      { name: 'role', meaning: 'The role (an id in roles.csv).', value: (r) => r.id },
      { name: 'rung', meaning: 'Its rung, 1 to 5; empty for the PMO lead, a side door.', value: (r) => r.rung },
      {
        name: 'budget_basis',
        meaning: 'Whose money: leads, supports (none of its own), portfolio (yearly, across the portfolio) or office (its own office, yearly).',
        value: (r) => r.profile.budget.basis,
      },
      { name: 'budget_gbp_min', meaning: 'The lowest typical budget, in pounds. An editors’ estimate.', value: (r) => r.profile.budget.gbp?.min },
      { name: 'budget_gbp_max', meaning: 'The highest typical budget, in pounds.', value: (r) => r.profile.budget.gbp?.max },
      {
        name: 'budget_usd_min',
        meaning: 'The lowest typical budget, in US dollars: the editors’ round figure for US readers, with no exchange rate behind it.',
        value: (r) => r.profile.budget.usd?.min,
      },
      { name: 'budget_usd_max', meaning: 'The highest typical budget, in US dollars.', value: (r) => r.profile.budget.usd?.max },
      { name: 'budget_in_words', meaning: 'The budget as the role’s page gives it.', value: (r) => budgetRanges(r.profile.budget) },
      { name: 'budget_note', meaning: 'What the budget range does not say.', value: (r) => r.profile.budget.note },
      {
        name: 'team_basis',
        meaning: 'leads (a delivery team), coordinates (people who report elsewhere) or office (its own office).',
        value: (r) => r.profile.team.basis,
      },
      { name: 'team_min', meaning: 'The fewest people typically involved. An editors’ estimate.', value: (r) => r.profile.team.min },
      { name: 'team_max', meaning: 'The most people typically involved.', value: (r) => r.profile.team.max },
      { name: 'team_through', meaning: 'Who a larger team is led through, when it is.', value: (r) => r.profile.team.through },
      { name: 'team_note', meaning: 'What the team range does not say.', value: (r) => r.profile.team.note },
      { name: 'duration_continuous', meaning: 'true when the work has no end date; false otherwise.', value: (r) => String(isContinuous(r.profile.duration)) },
      {
        name: 'duration_min_months',
        meaning: 'The shortest typical duration in months; empty when continuous. An editors’ estimate.',
        value: (r) => (isContinuous(r.profile.duration) ? undefined : r.profile.duration.minMonths),
      },
      {
        name: 'duration_max_months',
        meaning: 'The longest typical duration in months; empty when continuous.',
        value: (r) => (isContinuous(r.profile.duration) ? undefined : r.profile.duration.maxMonths),
      },
      {
        name: 'duration_in_words',
        meaning: 'The duration as the role’s page gives it.',
        value: (r) => (isContinuous(r.profile.duration) ? 'Continuous' : formatMonths(r.profile.duration.minMonths, r.profile.duration.maxMonths)),
      },
      { name: 'parallel_min', meaning: 'The least carried at once. An editors’ estimate.', value: (r) => r.profile.parallel.min },
      { name: 'parallel_max', meaning: 'The most carried at once.', value: (r) => r.profile.parallel.max },
      { name: 'parallel_of', meaning: 'What is carried, e.g. projects, or linked projects in one programme.', value: (r) => r.profile.parallel.of },
      {
        name: 'parallel_in_words',
        meaning: 'Work in parallel as the role’s page gives it.',
        value: (r) => formatCount(r.profile.parallel, 'words', r.profile.parallel.of),
      },
      {
        name: 'decides',
        meaning: 'Decision rights: what the role may decide alone and what it passes up. The editors’ summary.',
        value: (r) => r.profile.decides,
      },
      {
        name: 'stakeholders',
        meaning: 'The people and bodies the role deals with, separated by "; ". The editors’ summary.',
        value: (r) => list(r.profile.stakeholders),
      },
      {
        name: 'anchors',
        meaning: 'The sourced facts that place the role, separated by "; " (their sources are in rung-profile-anchors.csv).',
        value: (r) => list(r.profile.anchors.map((a) => a.fact)),
      },
      { name: 'basis', meaning: 'Always editorial-estimate: no official body publishes these figures.', value: (r) => r.profile.basis },
      { name: 'checked', meaning: 'The day the editors last reviewed the profile (YYYY-MM-DD).', value: (r) => r.profile.checked },
      { name: 'review_by', meaning: 'The day the profile is due for review again (YYYY-MM-DD).', value: (r) => r.profile.reviewBy },
    ],
  }),
  csvFile<{ role: Profiled; anchor: RungProfile['anchors'][number] }>({
    file: 'rung-profile-anchors.csv',
    title: 'Frameworks behind the profiles',
    about: 'One row per framework a profile cites, with what it says of the role and its source.',
    rows: (i) => profiled(i).flatMap((role) => role.profile.anchors.map((anchor) => ({ role, anchor }))),
    columns: [
      { name: 'role', meaning: 'The role (an id in rung-profiles.csv).', value: (r) => r.role.id },
      { name: 'fact', meaning: 'The sourced fact’s identifier.', value: (r) => r.anchor.fact },
      { name: 'says', meaning: 'Where the framework places comparable work, as the role’s page puts it.', value: (r) => r.anchor.says },
      { name: 'label', meaning: 'What the fact is about.', value: (r, i) => anchorOf(i, r.anchor.fact).label },
      { name: 'source_publisher', meaning: 'Who published the source: the framework’s owner.', value: (r, i) => anchorOf(i, r.anchor.fact).publisher },
      { name: 'source_url', meaning: 'The source’s address.', value: (r, i) => anchorOf(i, r.anchor.fact).url },
    ],
  }),
  {
    file: 'skills.json',
    format: 'json',
    title: 'The skills',
    about: 'The skills every role is rated on, grouped, with what each of the five levels looks like.',
    fields: SKILL_FIELDS,
    render: (input) =>
      envelope('skills', input, {
        groups: Object.entries(input.groupLabels).map(([id, label]) => ({ id, label })),
        skills: skillsJson(input),
      }),
  },
  csvFile<SkillDimension>({
    file: 'skills.csv',
    title: 'Skills',
    about: 'One row per skill, its five levels in columns.',
    rows: (i) => [...i.dimensions],
    columns: [
      { name: 'id', meaning: 'The skill’s identifier, used in role-skills.csv.', value: (d) => d.id },
      { name: 'group', meaning: 'ways-of-working, power-skills, business-acumen or technical-literacy.', value: (d) => d.group },
      { name: 'group_label', meaning: 'The group’s name.', value: (d, i) => i.groupLabels[d.group] },
      { name: 'label', meaning: 'The skill’s name.', value: (d) => d.label },
      { name: 'description', meaning: 'What the skill covers.', value: (d) => d.description },
      ...[0, 1, 2, 3, 4].map((n) => ({ name: `level_${n + 1}`, meaning: `What level ${n + 1} looks like.`, value: (d: SkillDimension) => d.levels[n] })),
    ],
  }),
  {
    file: 'credentials.json',
    format: 'json',
    title: 'The credentials',
    about: 'Every credential with all its facts, each with its status and source, and its renewal rule where the issuer confirms one.',
    fields: CREDENTIAL_FIELDS,
    render: (input) => envelope('credentials', input, { credentials: credentialsJson(input) }),
  },
  csvFile<OpenCredential>({
    file: 'credentials.csv',
    title: 'Credentials',
    about: 'One row per credential.',
    rows: (i) => [...i.credentials],
    columns: [
      { name: 'id', meaning: 'The credential’s identifier, used in the other credential files and in roles.csv.', value: (c) => c.id },
      { name: 'name', meaning: 'Its full name.', value: (c) => c.name },
      { name: 'short', meaning: 'The short name the guide uses.', value: (c) => c.short },
      { name: 'body', meaning: 'The awarding body.', value: (c) => c.body },
      { name: 'kind', meaning: 'examined, assessed or training-certificate.', value: (c) => c.kind },
      { name: 'level', meaning: 'entry, mid, specialist, senior or executive.', value: (c) => c.level },
      { name: 'status', meaning: 'active, or status-unverified when no current issuer page confirms it is still offered.', value: (c) => c.status },
      { name: 'issuer', meaning: 'The issuer, as named beside facts it does not confirm.', value: (c) => c.issuer.publisher },
      { name: 'issuer_url', meaning: 'The issuer’s own page for the credential.', value: (c) => c.issuer.url },
      { name: 'covered_by', meaning: 'Credential ids that make this one redundant, separated by "; ".', value: (c) => list(c.coveredBy) },
      { name: 'page', meaning: 'The credential’s page, as a path on the site that published this file.', value: (c, i) => credentialPage(c.id, i.base) },
    ],
  }),
  csvFile<FactRow>({
    file: 'credential-facts.csv',
    title: 'Credential facts',
    about: 'One row per fact the guide shows about a credential, eligibility first, with its status and source.',
    rows: (i) => i.credentials.flatMap((credential) => credential.facts.map((fact) => ({ credential, fact }))),
    columns: [
      { name: 'credential', meaning: 'The credential (an id in credentials.csv).', value: (r) => r.credential.id },
      { name: 'fact', meaning: 'The fact’s identifier within the credential, e.g. fee, exam, renewal, eligibility.', value: (r) => r.fact.id },
      { name: 'label', meaning: 'The fact’s label as the guide shows it.', value: (r) => r.fact.label },
      {
        name: 'value',
        meaning: 'The fact in words; empty when the status is not-found, except for eligibility, which always gives the rule as long published.',
        value: (r) => r.fact.value,
      },
      {
        name: 'status',
        meaning: 'confirmed (by the issuer), reported (by an approved independent publisher, not yet confirmed) or not-found.',
        value: (r) => r.fact.status,
      },
      { name: 'source_publisher', meaning: 'Who published the source; empty when not-found.', value: (r) => r.fact.source?.publisher },
      { name: 'source_url', meaning: 'The source’s address.', value: (r) => r.fact.source?.url },
      { name: 'source_kind', meaning: 'official (the issuer or a statistics body) or independent.', value: (r) => r.fact.source?.kind },
      { name: 'source_date', meaning: 'The source’s own date: YYYY, YYYY-MM, YYYY-MM-DD or undated.', value: (r) => r.fact.source?.date },
      { name: 'checked', meaning: 'The day someone compared the value with its source (YYYY-MM-DD).', value: (r) => r.fact.checked },
      { name: 'review_by', meaning: 'The day the fact is due to be checked again (YYYY-MM-DD).', value: (r) => r.fact.reviewBy },
      { name: 'note', meaning: 'What the value does not say, or what to check with the issuer.', value: (r) => r.fact.note },
    ],
  }),
  csvFile<OpenCredential>({
    file: 'renewal-rules.csv',
    title: 'Renewal rules',
    about: 'One row per credential: its renewal rule in fields where the issuer confirms it, empty fields where no issuer does.',
    rows: (i) => [...i.credentials],
    columns: [
      { name: 'credential', meaning: 'The credential (an id in credentials.csv).', value: (c) => c.id },
      {
        name: 'renewal_status',
        meaning: 'The status of the credential’s renewal fact: only confirmed rows have a rule.',
        value: (c) => renewalFact(c)?.status,
      },
      { name: 'cycle_years', meaning: 'Years in one renewal cycle, counted from the day the credential was earned.', value: (c) => c.renewalRule?.cycleYears },
      { name: 'units', meaning: 'PDUs, SEUs, CEUs or CPD hours; empty when the issuer sets no number of units.', value: (c) => c.renewalRule?.units },
      { name: 'units_required', meaning: 'How many units one cycle needs.', value: (c) => c.renewalRule?.unitsRequired },
      { name: 'fee', meaning: 'Words from the renewal fact about the fee.', value: (c) => c.renewalRule?.fee },
      {
        name: 'fee_fact',
        meaning: 'Another fact of the credential, in credential-facts.csv, that gives the renewal fee.',
        value: (c) => c.renewalRule?.feeFact,
      },
      { name: 'routes', meaning: 'Other ways that renew it, in the issuer’s words, separated by "; ".', value: (c) => list(c.renewalRule?.routes ?? []) },
      {
        name: 'conditions',
        meaning: 'Conditions on the learning, in the issuer’s words, separated by "; ".',
        value: (c) => list(c.renewalRule?.conditions ?? []),
      },
      { name: 'note', meaning: 'What the structured rule assumes.', value: (c) => c.renewalRule?.note },
      {
        name: 'source_url',
        meaning: 'The source of the renewal fact the rule is taken from.',
        value: (c) => (c.renewalRule ? renewalFact(c)?.source?.url : undefined),
      },
      { name: 'checked', meaning: 'The day that fact was checked against its source.', value: (c) => (c.renewalRule ? renewalFact(c)?.checked : undefined) },
    ],
  }),
  csvFile<AreaRow>({
    file: 'renewal-areas.csv',
    title: 'Renewal areas',
    about: 'One row per area of a renewal rule, where the issuer’s page gives minimums or maximums per area.',
    rows: (i) => i.credentials.flatMap((credential) => (credential.renewalRule?.areas ?? []).map((area) => ({ credential, area }))),
    columns: [
      { name: 'credential', meaning: 'The credential (an id in renewal-rules.csv).', value: (r) => r.credential.id },
      { name: 'area', meaning: 'The area as the issuer names it.', value: (r) => r.area.name },
      { name: 'min', meaning: 'At least this many units in the area each cycle; empty when there is no minimum.', value: (r) => r.area.min },
      { name: 'max', meaning: 'At most this many units in the area count each cycle; empty when there is no maximum.', value: (r) => r.area.max },
    ],
  }),
];

/** One file by name (for the endpoints). */
export function openDataFile(name: string): OpenFile | undefined {
  return OPEN_DATA_FILES.find((f) => f.file === name);
}

/**
 * The records the tools keep in the store (src/lib/store.ts): ratings, plan
 * and chooser profile, with their validation, the migration from the key used
 * before the store, and what an export file holds. Reading progress is in
 * src/lib/reading.ts so chapter pages load only that; the credentials held and
 * their learning log in src/lib/credentials-record.ts. Pure.
 */
import { cutText } from './text.ts';
import {
  GOAL_STATUSES,
  HORIZONS,
  LEGACY_KEY,
  MAX_ITEM_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PLAN_ITEMS,
  parseProgress,
  toGoals,
  type Goal,
  type GoalStatus,
  type Horizon,
} from './ratings.ts';
import { PLAN_RECORD, READING, type Reading } from './reading.ts';
import { emptyAssessment, isEmptyAssessment, validateAssessment, type Assessment } from './evidence.ts';
import { CREDENTIALS, isEmptyCredentials, type CredentialsRecord } from './credentials-record.ts';
import type { BundleResult } from './bundle.ts';
import { isEmptyReview, REVIEW, type Review } from './review.ts';
import { keyOf, parseRecord, serialiseRecord, type RecordSpec } from './store.ts';

/** The self-assessment: levels, applied marks, evidence and a kept manager's view (format 2; format 1 held levels only and is still read). */
export const RATINGS: RecordSpec<Assessment> = { name: 'ratings', version: 2, oldest: 1, empty: emptyAssessment, validate: validateAssessment };

export interface Plan {
  /** False until the plan page has added its suggestions (a goal added from the chooser first does not stop them). */
  seeded: boolean;
  /** The reader's name for the printout (optional). */
  name: string;
  goals: Goal[];
}

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const PLAN: RecordSpec<Plan> = {
  name: PLAN_RECORD,
  version: 1,
  empty: () => ({ seeded: false, name: '', goals: [] }),
  validate(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: 'The career plan is not a plan.' };
    const d = raw as Record<string, unknown>;
    if (!Array.isArray(d.goals)) return { ok: false, message: 'The career plan has no list of goals.' };
    if (d.goals.length > MAX_PLAN_ITEMS) return { ok: false, message: `The career plan has more than ${MAX_PLAN_ITEMS} goals.` };
    const goals: Goal[] = [];
    const ids = new Set<string>();
    for (const g of d.goals as unknown[]) {
      const it = (typeof g === 'object' && g !== null ? g : {}) as Record<string, unknown>;
      if (typeof it.id !== 'string' || !/^g\d{1,6}$/.test(it.id) || ids.has(it.id) || !isOneOf(HORIZONS, it.horizon) || typeof it.text !== 'string') {
        return { ok: false, message: 'A goal in the career plan is malformed.' };
      }
      ids.add(it.id);
      goals.push({
        id: it.id,
        horizon: it.horizon as Horizon,
        text: cutText(it.text, MAX_ITEM_LENGTH),
        status: isOneOf(GOAL_STATUSES, it.status) ? (it.status as GoalStatus) : 'planned',
        target: typeof it.target === 'string' && DATE.test(it.target) ? it.target : '',
      });
    }
    return { ok: true, data: { seeded: d.seeded === true, name: typeof d.name === 'string' ? cutText(d.name, MAX_NAME_LENGTH) : '', goals } };
  },
};

/** The chooser's answers, kept as the same parameter string as its link (decoded, and so sanitised, by decodeProfile). */
export interface ChooserRecord {
  params: string;
  /** True once the reader picked a career stage themselves (then the assessment never pre-fills it). */
  stageChosen: boolean;
}

export const CHOOSER: RecordSpec<ChooserRecord> = {
  name: 'chooser',
  version: 1,
  empty: () => ({ params: '', stageChosen: false }),
  validate(raw) {
    const d = (typeof raw === 'object' && raw !== null ? raw : null) as Record<string, unknown> | null;
    if (!d || typeof d.params !== 'string') return { ok: false, message: 'The chooser answers are malformed.' };
    return { ok: true, data: { params: d.params.slice(0, 4000), stageChosen: d.stageChosen === true } };
  },
};

export const RECORDS = { ratings: RATINGS, plan: PLAN, credentials: CREDENTIALS, reading: READING, chooser: CHOOSER, review: REVIEW } as const;
export type RecordName = keyof typeof RECORDS;
export const RECORD_NAMES = Object.keys(RECORDS) as RecordName[];
export type RecordData = { ratings: Assessment; plan: Plan; credentials: CredentialsRecord; reading: Reading; chooser: ChooserRecord; review: Review };

/** True when a record holds nothing worth keeping or importing. */
export function isEmptyRecord<N extends RecordName>(name: N, data: RecordData[N]): boolean {
  if (name === 'ratings') return isEmptyAssessment(data as Assessment);
  if (name === 'plan') return (data as Plan).goals.length === 0 && !(data as Plan).name;
  if (name === 'credentials') return isEmptyCredentials(data as CredentialsRecord);
  if (name === 'reading') return (data as Reading).read.length === 0;
  if (name === 'review') return isEmptyReview(data as Review);
  return (data as ChooserRecord).params === '';
}

// ---- Migration from the key used before the store --------------------------

export type Migration =
  /** Nothing to do: no old data, or already migrated. */
  | { kind: 'none' }
  /**
   * Writes for the new keys (only for keys that do not exist yet). `removeOld`
   * is true only when every part of the old data ends up in a readable record:
   * written now, or already there and readable. A part whose record exists but
   * cannot be read keeps the old key, so nothing is lost.
   */
  | { kind: 'migrate'; writes: Record<string, string>; removeOld: boolean }
  /** The old data cannot be read: it is kept untouched, and the reader is told. */
  | { kind: 'unreadable'; message: string };

/**
 * Moves ratings and plan from the version-1 key into their own records. Only
 * records that do not exist yet are written, so running it twice, or in two
 * tabs at once, changes nothing the second time.
 */
export function planMigration(get: (key: string) => string | null, now: Date): Migration {
  const old = get(LEGACY_KEY);
  if (old === null) return { kind: 'none' };
  const parsed = parseProgress(old);
  if (parsed.status === 'empty') return { kind: 'migrate', writes: {}, removeOld: true };
  if (parsed.status === 'invalid') return { kind: 'unreadable', message: parsed.message };
  const meta = { rev: 1, savedAt: parsed.progress.savedAt || now.toISOString() };
  const writes: Record<string, string> = {};
  let removeOld = true;
  /** A part goes to its record if the record does not exist; an existing record must be readable for the old key to go. */
  const place = <T>(spec: RecordSpec<T>, data: T) => {
    const existing = get(keyOf(spec));
    if (existing === null) writes[keyOf(spec)] = serialiseRecord(spec, data, meta);
    else if (parseRecord(spec, existing).status !== 'ok') removeOld = false;
  };
  place(RATINGS, { ...emptyAssessment(), levels: parsed.progress.ratings });
  if (parsed.progress.plan) place(PLAN, { seeded: true, name: '', goals: toGoals(parsed.progress.plan) });
  return { kind: 'migrate', writes, removeOld };
}

// ---- Export files ------------------------------------------------------------

/** Reads an export file of format 1 (ratings and plan at the top level). */
export function legacyBundle(d: Record<string, unknown>): BundleResult {
  const parsed = parseProgress(JSON.stringify(d));
  if (parsed.status !== 'ok') return { ok: false, message: parsed.status === 'invalid' ? parsed.message : 'The file is empty.' };
  const records: Record<string, unknown> = { ratings: parsed.progress.ratings };
  if (parsed.progress.plan) records.plan = { seeded: true, name: '', goals: toGoals(parsed.progress.plan) };
  return { ok: true, records };
}

export type Imported = { ok: true; records: Partial<RecordData> } | { ok: false; message: string };

/**
 * Validates each record in an export file and keeps those that hold
 * something: an import never replaces saved data with nothing.
 */
export function checkImport(bundle: BundleResult): Imported {
  if (!bundle.ok) return bundle;
  const records: Partial<Record<RecordName, unknown>> = {};
  for (const name of RECORD_NAMES) {
    const raw = bundle.records[name];
    if (raw === undefined || raw === null) continue;
    const checked = (RECORDS[name] as RecordSpec<unknown>).validate(raw);
    if (!checked.ok) return { ok: false, message: checked.message };
    if (!isEmptyRecord(name, checked.data as never)) records[name] = checked.data;
  }
  if (Object.keys(records).length === 0)
    return { ok: false, message: 'It holds no ratings, plan, credentials, reading progress, chooser answers or review, so nothing was changed.' };
  return { ok: true, records: records as Partial<RecordData> };
}

/** Reads a stored record by name (for code that has every record's text at hand). */
export const parseNamed = <N extends RecordName>(name: N, raw: string | null) => parseRecord(RECORDS[name] as RecordSpec<RecordData[N]>, raw);

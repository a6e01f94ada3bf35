/**
 * Keeping a credential alive: where the reader is in its renewal cycle, what
 * their learning log counts towards it and when to be reminded.
 *
 * A cycle starts on the day the credential was earned and on every
 * `cycleYears` anniversary of it; its last day (the renewal deadline) is the
 * day before the next anniversary. The current cycle is the one that holds
 * today, however long ago the credential was earned. An anniversary of
 * 29 February falls on 28 February in a year without one (the earlier day, so
 * a reminder is never late); each anniversary is counted from the day earned,
 * so cycles never drift.
 *
 * Only log entries dated inside the current cycle, and not after today,
 * count. An area with a `max` (e.g. Giving Back) counts at most that many
 * units towards the total; one with a `min` must reach it on its own.
 *
 * Pure. Any input is accepted and nothing throws: input that cannot be read
 * gives `{ status: 'unreadable', problems }` with sentences a reader can act
 * on; single log entries that cannot be used are skipped and listed in
 * `ignored`.
 */
import { addYears, civilDay, dayString, parseDay } from './days.ts';
import { RENEWAL_UNITS, type RenewalRuleCore, type RenewalUnit } from './renewal-rule.ts';
import { MAX_ENTRY_UNITS, MAX_LOG_ENTRIES } from './credentials-record.ts';

// The reader's record (credentials held, the learning log) is in its own
// module, so pages that only store or export it do not carry the arithmetic.
export {
  CREDENTIALS,
  isEmptyCredentials,
  logFor,
  MAX_ENTRY_UNITS,
  MAX_HELD,
  MAX_LOG_ENTRIES,
  MAX_NOTE_LENGTH,
  type CredentialsRecord,
  type HeldCredential,
  type LogEntry,
  type StoredLogEntry,
} from './credentials-record.ts';

export const DEFAULT_REMINDER_DAYS = [90, 30] as const;

export interface Cycle {
  /** 1 for the cycle that starts on the day earned. */
  number: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day: the renewal deadline, YYYY-MM-DD. */
  end: string;
  /** The anniversary on which the next cycle starts (the day after `end`). */
  renewsOn: string;
}

export interface AreaProgress {
  name: string;
  min?: number | undefined;
  max?: number | undefined;
  /** Units logged in this area in the cycle. */
  logged: number;
  /** Units of this area that count towards the total (at most `max`). */
  counted: number;
  /** Units still needed to reach `min` (0 when it has none). */
  needed: number;
  /** Units logged beyond `max`, which do not count. */
  over: number;
}

export interface PreviousCycle {
  start: string;
  end: string;
  counted: number;
  needed: number;
  /** True when the log shows the cycle's requirement met (always true for a rule with no units). */
  met: boolean;
}

export interface Reminder {
  daysBefore: number;
  date: string;
  /** The reminder's day is before today. */
  passed: boolean;
}

export interface IgnoredEntry {
  /** Position in the log as given. */
  index: number;
  reason: string;
}

export interface RenewalProgress {
  status: 'ok';
  cycle: Cycle;
  /** Days from today to the deadline (0 on the deadline itself). */
  daysLeft: number;
  /** The unit the rule counts, or null when the issuer sets no number of units. */
  units: RenewalUnit | null;
  required: number;
  /** Units logged in the cycle up to today, all areas. */
  logged: number;
  /** Units that count towards `required` (logged, less what is over an area's `max`). */
  counted: number;
  /** Units still needed towards `required`. */
  needed: number;
  /** The fewest more units that meet the whole rule: the total and every area's minimum. */
  atLeastMore: number;
  areas: AreaProgress[];
  /** The log meets the whole rule for this cycle. */
  complete: boolean;
  /** The cycle before this one, when there is one. */
  previous: PreviousCycle | null;
  /**
   * By the log, the last deadline passed with the requirement unmet: the
   * credential may have lapsed unless it was renewed another way (or the
   * learning was not logged here). Always false for a rule with no units.
   */
  overdue: boolean;
  /** Earliest first. */
  reminders: Reminder[];
  ignored: IgnoredEntry[];
}

export interface Unreadable {
  status: 'unreadable';
  problems: string[];
}

export type RenewalResult = RenewalProgress | Unreadable;

export interface RenewalOptions {
  /** Days before the deadline to be reminded; default 90 and 30. */
  reminderDays?: readonly number[] | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
/** Units are kept in hundredths, so 0.25 + 0.5 is exactly 0.75. */
const toHundredths = (n: number) => Math.round(n * 100);
const fromHundredths = (n: number) => n / 100;
const areaKey = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Reads a rule from anything: the core fields only, or the problems. */
export function readRule(
  raw: unknown,
): { ok: true; rule: Required<Pick<RenewalRuleCore, 'cycleYears'>> & RenewalRuleCore } | { ok: false; problems: string[] } {
  if (!isObject(raw)) return { ok: false, problems: ['There is no renewal rule for this credential.'] };
  const problems: string[] = [];
  if (!isWhole(raw.cycleYears, 1, 10)) problems.push('The renewal rule has no cycle length of 1 to 10 years.');
  const hasUnits = raw.units !== undefined && raw.units !== null;
  const hasRequired = raw.unitsRequired !== undefined && raw.unitsRequired !== null;
  if (hasUnits && !(RENEWAL_UNITS as readonly unknown[]).includes(raw.units)) problems.push('The renewal rule counts in a unit this page does not know.');
  if (hasRequired && !isWhole(raw.unitsRequired, 1, MAX_ENTRY_UNITS)) problems.push('The renewal rule asks for a number of units this page cannot read.');
  if (hasUnits !== hasRequired) problems.push('The renewal rule gives a unit without a number, or a number without a unit.');
  const areas: Array<{ name: string; min?: number; max?: number }> = [];
  if (raw.areas !== undefined && raw.areas !== null) {
    if (!Array.isArray(raw.areas) || raw.areas.length > 20) problems.push('The renewal rule’s areas cannot be read.');
    else {
      for (const a of raw.areas as unknown[]) {
        if (!isObject(a) || typeof a.name !== 'string' || a.name.trim() === '' || a.name.length > 100) {
          problems.push('An area of the renewal rule has no name.');
          continue;
        }
        const min = a.min === undefined ? undefined : isWhole(a.min, 0, MAX_ENTRY_UNITS) ? a.min : NaN;
        const max = a.max === undefined ? undefined : isWhole(a.max, 0, MAX_ENTRY_UNITS) ? a.max : NaN;
        if (Number.isNaN(min) || Number.isNaN(max)) problems.push(`The area “${a.name.trim()}” of the renewal rule has a limit this page cannot read.`);
        else areas.push({ name: a.name.trim(), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
      }
    }
  }
  if (areas.length > 0 && !hasRequired) problems.push('The renewal rule has areas but no number of units.');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    rule: {
      cycleYears: raw.cycleYears as number,
      ...(hasUnits ? { units: raw.units as RenewalUnit, unitsRequired: raw.unitsRequired as number } : {}),
      areas,
    },
  };
}

/** One usable log entry, in hundredths of a unit, or why it cannot be used. */
function readEntry(raw: unknown, units: RenewalUnit | null): { ok: true; day: number; amount: number; area: string | null } | { ok: false; reason: string } {
  if (!isObject(raw)) return { ok: false, reason: 'It is not a log entry.' };
  const day = parseDay(raw.date);
  if (day === null) return { ok: false, reason: 'Its date is not a real day written YYYY-MM-DD.' };
  let amount: unknown = raw.units;
  if (amount === undefined || amount === null) {
    if (raw.hours !== undefined && raw.hours !== null) {
      if (units === null) return { ok: false, reason: 'It gives hours, and this renewal is not counted in hours or units.' };
      if (units !== 'CPD hours')
        return { ok: false, reason: `It gives hours, and this renewal is counted in ${units}: enter it in ${units} as the issuer counts them.` };
      amount = raw.hours;
    } else return { ok: false, reason: 'It gives no number of units or hours.' };
  }
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > MAX_ENTRY_UNITS) {
    return { ok: false, reason: `Its number is not between 0 and ${MAX_ENTRY_UNITS}.` };
  }
  const area = typeof raw.area === 'string' && raw.area.trim() !== '' ? areaKey(raw.area.slice(0, 100)) : null;
  return { ok: true, day, amount: toHundredths(amount), area };
}

interface Tally {
  logged: number;
  counted: number;
  byArea: Map<string, number>;
}

function tally(
  entries: ReadonlyArray<{ day: number; amount: number; area: string | null }>,
  from: number,
  to: number,
  areas: readonly { name: string; max?: number | undefined }[],
): Tally {
  const byArea = new Map<string, number>();
  let logged = 0;
  let unassigned = 0;
  const known = new Set(areas.map((a) => areaKey(a.name)));
  for (const e of entries) {
    if (e.day < from || e.day > to) continue;
    logged += e.amount;
    if (e.area !== null && known.has(e.area)) byArea.set(e.area, (byArea.get(e.area) ?? 0) + e.amount);
    else unassigned += e.amount;
  }
  let counted = unassigned;
  for (const a of areas) {
    const inArea = byArea.get(areaKey(a.name)) ?? 0;
    counted += a.max === undefined ? inArea : Math.min(inArea, toHundredths(a.max));
  }
  return { logged, counted, byArea };
}

/**
 * Where the reader is in the renewal cycle of one credential.
 *
 *   computeRenewal(rule, '2024-03-15', '2026-12-07', [{ date: '2025-01-10', units: 8, area: 'Power Skills' }])
 *
 * `rule` is a certification's `renewalRule` (only its cycle, units and areas
 * are read), `earned` the day the reader earned it and `today` the reader's
 * local day (both YYYY-MM-DD; `localDay(new Date())` in src/lib/days.ts).
 */
export function computeRenewal(rule: unknown, earned: unknown, today: unknown, log: unknown = [], options: RenewalOptions = {}): RenewalResult {
  try {
    return compute(rule, earned, today, log, options);
  } catch {
    // Only a hostile object (a throwing getter, a revoked proxy) gets here.
    return { status: 'unreadable', problems: ['The saved data could not be read.'] };
  }
}

function compute(ruleRaw: unknown, earnedRaw: unknown, todayRaw: unknown, logRaw: unknown, options: RenewalOptions): RenewalResult {
  const problems: string[] = [];
  const read = readRule(ruleRaw);
  if (!read.ok) problems.push(...read.problems);
  const earned = parseDay(earnedRaw);
  const today = parseDay(todayRaw);
  if (earned === null) problems.push('The date you earned it is not a real day written YYYY-MM-DD.');
  if (today === null) problems.push('Today’s date could not be read.');
  if (earned !== null && today !== null && earned > today) problems.push('The date you earned it is after today.');
  const logList = logRaw === undefined || logRaw === null ? [] : logRaw;
  if (!Array.isArray(logList)) problems.push('The learning log is not a list.');
  else if (logList.length > MAX_LOG_ENTRIES) problems.push(`The learning log has more than ${MAX_LOG_ENTRIES.toLocaleString('en-GB')} entries.`);
  if (!read.ok || earned === null || today === null || problems.length > 0) return { status: 'unreadable', problems };
  const { rule } = read;

  // The current cycle: the last anniversary (every cycleYears) on or before today.
  const years = rule.cycleYears;
  const anniversary = (k: number) => addYears(earned, k * years);
  let k = Math.max(0, Math.floor((civilDay(today).y - civilDay(earned).y) / years));
  while (k > 0 && anniversary(k) > today) k--;
  while (anniversary(k + 1) <= today) k++;
  const start = anniversary(k);
  const renewsOn = anniversary(k + 1);
  const end = renewsOn - 1;

  const units = rule.units ?? null;
  const entries: Array<{ day: number; amount: number; area: string | null }> = [];
  const ignored: IgnoredEntry[] = [];
  (logList as unknown[]).forEach((raw, index) => {
    const e = readEntry(raw, units);
    if (!e.ok) ignored.push({ index, reason: e.reason });
    else if (e.day > today) ignored.push({ index, reason: 'It is dated after today.' });
    else entries.push(e);
  });

  const areas = rule.areas ?? [];
  const required = toHundredths(rule.unitsRequired ?? 0);
  const now = tally(entries, start, today, areas);
  const needed = Math.max(0, required - now.counted);
  const areaProgress: AreaProgress[] = areas.map((a) => {
    const logged = now.byArea.get(areaKey(a.name)) ?? 0;
    const counted = a.max === undefined ? logged : Math.min(logged, toHundredths(a.max));
    return {
      name: a.name,
      ...(a.min !== undefined ? { min: a.min } : {}),
      ...(a.max !== undefined ? { max: a.max } : {}),
      logged: fromHundredths(logged),
      counted: fromHundredths(counted),
      needed: fromHundredths(a.min === undefined ? 0 : Math.max(0, toHundredths(a.min) - logged)),
      over: fromHundredths(logged - counted),
    };
  });
  const areaShort = areaProgress.reduce((sum, a) => sum + toHundredths(a.needed), 0);
  const atLeastMore = Math.max(needed, areaShort);

  let previous: PreviousCycle | null = null;
  if (k > 0) {
    const pStart = anniversary(k - 1);
    const before = tally(entries, pStart, start - 1, areas);
    const pAreaShort = areas.reduce(
      (sum, a) => sum + (a.min === undefined ? 0 : Math.max(0, toHundredths(a.min) - (before.byArea.get(areaKey(a.name)) ?? 0))),
      0,
    );
    const pNeeded = Math.max(0, required - before.counted);
    previous = {
      start: dayString(pStart),
      end: dayString(start - 1),
      counted: fromHundredths(before.counted),
      needed: fromHundredths(Math.max(pNeeded, pAreaShort)),
      met: pNeeded === 0 && pAreaShort === 0,
    };
  }

  const offsets = [...new Set((options.reminderDays ?? DEFAULT_REMINDER_DAYS).filter((d) => isWhole(d, 0, 3650)))].sort((a, b) => b - a);
  const reminders = offsets.map((daysBefore) => ({ daysBefore, date: dayString(end - daysBefore), passed: end - daysBefore < today }));

  return {
    status: 'ok',
    cycle: { number: k + 1, start: dayString(start), end: dayString(end), renewsOn: dayString(renewsOn) },
    daysLeft: end - today,
    units,
    required: fromHundredths(required),
    logged: fromHundredths(now.logged),
    counted: fromHundredths(now.counted),
    needed: fromHundredths(needed),
    atLeastMore: fromHundredths(atLeastMore),
    areas: areaProgress,
    complete: atLeastMore === 0,
    previous,
    overdue: previous !== null && !previous.met,
    reminders,
    ignored,
  };
}

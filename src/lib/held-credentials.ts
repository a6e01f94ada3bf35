/**
 * "Credentials you hold" on the career plan: what the page says about each
 * credential a reader holds, worked out from its renewal information
 * (src/lib/renewal-rule.ts: the rule where the issuer confirms it, the
 * renewal fact's words and provenance) and the reader's record
 * (src/lib/credentials-record.ts). Every sentence is written whole for its
 * case: a deadline more than a year away, within 90 days, today, a cycle that
 * ended short, units complete, a rule the issuer has not confirmed, nothing
 * known. Dates are written "31 March 2029". Units keep the issuer's spelling
 * (PDUs, SEUs, CEUs, CPD hours). Also the checks on what the reader types and
 * the changes to the record. Pure: no DOM, no storage; nothing throws on the
 * data it is given.
 */
import { computeRenewal, type AreaProgress, type RenewalProgress } from './renewals.ts';
import { MAX_ENTRY_UNITS, MAX_HELD, MAX_LOG_ENTRIES, MAX_NOTE_LENGTH, type CredentialsRecord, type StoredLogEntry } from './credentials-record.ts';
import type { RenewalFactView, RenewalInfo, RenewalUnit } from './renewal-rule.ts';
import { longDate, parseDay } from './days.ts';
import { cutText } from './text.ts';

/** A piece of a paragraph: text, a link, or a label that leads it (shown in bold). */
export type Part = string | { text: string; href: string } | { label: string };
export type Para = Part[];

export interface EntryView {
  /** The entry as stored (to find it again for deleting). */
  entry: StoredLogEntry;
  /** "12 May 2027" */
  date: string;
  /** "8 PDUs" */
  amount: string;
  area: string | null;
  note: string | null;
  /** Why it does not count towards this cycle, or null when it does. */
  notCounted: string | null;
}

export interface LogForm {
  unit: RenewalUnit;
  /** The rule's own area names, in its order (empty: the form has no area field). */
  areas: string[];
}

export interface IcsInput {
  credentialId: string;
  credentialName: string;
  issuer: string;
  earned: string;
  deadline: string;
  description: string;
}

export type HeldState =
  /** The issuer confirms a rule: dates (and units, where it counts them) are worked out. */
  | 'tracked'
  /** The renewal is reported or not found: no dates, the issuer linked. */
  | 'not-confirmed'
  /** The guide has no renewal fact for it, or no longer lists it. */
  | 'unknown'
  /** The date earned or the rule cannot be used (said why). */
  | 'unreadable';

export interface HeldView {
  id: string;
  /** The name with its short form once, e.g. "Project Management Professional (PMP)". */
  name: string;
  short: string;
  issuer: string;
  /** False when the guide no longer lists the credential (no page to link to). */
  inGuide: boolean;
  earned: string;
  state: HeldState;
  /** How close the deadline is, for styling: more than 90 days, within 90 days, today, or the last cycle ended short. */
  urgency: 'later' | 'soon' | 'today' | 'overdue' | null;
  /** "Renew by 14 March 2029, more than a year from now." */
  deadline: string | null;
  /** "This three-year cycle began on 15 March 2026." */
  cycle: string | null;
  /** The last cycle ended short by the log. */
  overdue: Para | null;
  /** Units logged and still needed, in total. */
  units: string | null;
  /** One sentence per area of the rule. */
  areas: string[];
  /** What the issuer asks, with its status and source; fee; notes. */
  rule: Para[];
  /** The learning log's form, where the rule counts units. */
  logForm: LogForm | null;
  /** Newest first. */
  entries: EntryView[];
  /** What the calendar file needs, where there is a deadline. */
  ics: IcsInput | null;
  /** Said after the calendar file is downloaded. */
  icsDone: string | null;
  /** One line for the printout. */
  printLine: string;
}

// ---- Words ----------------------------------------------------------------------

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SINGULAR: Record<RenewalUnit, string> = { PDUs: 'PDU', SEUs: 'SEU', CEUs: 'CEU', 'CPD hours': 'CPD hour' };

/** 1234.5 → "1,234.5" (at most two decimals, as units are counted in hundredths). */
export const formatNumber = (n: number): string => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** "1 PDU", "2.5 PDUs", "35 CPD hours". */
export function unitCount(n: number, unit: RenewalUnit): string {
  return `${formatNumber(n)} ${n === 1 ? SINGULAR[unit] : unit}`;
}

const more = (n: number, unit: RenewalUnit) => `${formatNumber(n)} more ${n === 1 ? SINGULAR[unit] : unit}`;

/** "first", "second", …, "11th", "22nd". */
export function ordinal(n: number): string {
  if (n >= 0 && n < ORDINALS.length) return ORDINALS[n]!;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "three-year" */
const cycleLength = (years: number) => `${NUMBER_WORDS[years] ?? String(years)}-year`;

/**
 * A credential's name with its short form once: the name alone when it
 * already holds the short form ("Project Management Professional (PMP)"),
 * the name and the short form in brackets when it does not, and the name
 * alone when it has brackets of its own (never brackets inside brackets).
 */
export function credentialName(name: string, short: string): string {
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}\p{N}+#]+/u)
        .filter(Boolean),
    );
  const inName = words(name);
  const shortWords = [...words(short)];
  if (name.includes(short) || (shortWords.length > 0 && shortWords.every((w) => inName.has(w)))) return name;
  return name.includes('(') ? name : `${name} (${short})`;
}

/** The deadline, written for how near it is. `daysLeft` is 0 on the deadline itself. */
export function deadlineSentence(deadline: string, daysLeft: number): string {
  const day = longDate(deadline);
  if (daysLeft <= 0) return `Renew by today, ${day}: it is the last day of this cycle.`;
  if (daysLeft === 1) return `Renew by ${day}: that is tomorrow.`;
  if (daysLeft <= 90) return `Renew by ${day}: ${daysLeft} days left.`;
  if (daysLeft > 365) return `Renew by ${day}, more than a year from now.`;
  const months = Math.round(daysLeft / 30.44);
  return months >= 12 ? `Renew by ${day}, about a year from now.` : `Renew by ${day}, about ${months} months from now.`;
}

export function cycleSentence(p: RenewalProgress, years: number): string {
  const length = cycleLength(years);
  if (p.cycle.number === 1) return `Your first ${length} cycle began on the day you earned it.`;
  return `This ${length} cycle, your ${ordinal(p.cycle.number)} since you earned it, began on ${longDate(p.cycle.start)}.`;
}

/** Units logged and still needed, in total (for a rule that counts units). */
export function unitsSentence(p: RenewalProgress): string | null {
  const unit = p.units;
  if (unit === null) return null;
  const required = unitCount(p.required, unit);
  const capped = p.counted < p.logged;
  if (p.complete) {
    return capped
      ? `Complete: ${unitCount(p.counted, unit)} of what you logged count, and this cycle needs ${required}.`
      : `Complete: you have logged ${unitCount(p.counted, unit)}, and this cycle needs ${required}.`;
  }
  if (p.needed === 0) {
    return `You have logged the ${required} this cycle needs in all, but an area is still short: at least ${more(p.atLeastMore, unit)} are needed, as below.`;
  }
  const start =
    p.logged === 0
      ? `Nothing logged in this cycle yet: it needs ${required}.`
      : capped
        ? `${unitCount(p.counted, unit)} of what you logged count towards the ${required} this cycle needs: ${more(p.needed, unit)} to go.`
        : `You have logged ${formatNumber(p.counted)} of the ${required} this cycle needs: ${more(p.needed, unit)} to go.`;
  return p.atLeastMore > p.needed ? `${start} To reach the minimum in every area as well, at least ${more(p.atLeastMore, unit)} are needed.` : start;
}

/** One area of the rule: what is logged, and its minimum or cap. */
export function areaSentence(a: AreaProgress, unit: RenewalUnit): string {
  const logged = a.logged === 0 ? 'none logged yet' : `${unitCount(a.logged, unit)} logged`;
  const parts: string[] = [];
  if (a.min !== undefined) {
    if (a.needed === 0) parts.push(`the minimum of ${formatNumber(a.min)} is met`);
    else if (a.logged === 0) parts.push(`at least ${unitCount(a.min, unit)} needed`);
    else parts.push(`${more(a.needed, unit)} needed for the minimum of ${formatNumber(a.min)}`);
  }
  if (a.max !== undefined) parts.push(a.over > 0 ? `only ${formatNumber(a.max)} of them count` : `up to ${formatNumber(a.max)} count`);
  return `${a.name}: ${logged}; ${parts.join(', and ')}.`;
}

/** The last cycle ended short by the log (it may have been renewed another way). */
export function overduePara(p: RenewalProgress, issuer: string, issuerUrl: string): Para | null {
  if (!p.overdue || !p.previous || p.units === null) return null;
  return [
    `By this log, the last cycle ended on ${longDate(p.previous.end)} with ${unitCount(p.previous.needed, p.units)} still needed. If you renewed it with ${issuer}, or did learning you have not logged here, there is nothing to do; if not, it may have lapsed: `,
    { text: `check with ${issuer}`, href: issuerUrl },
    '.',
  ];
}

/** After the calendar file is downloaded: the deadline and when the reminders fall. */
export function icsSentence(short: string, p: RenewalProgress): string {
  const deadline = longDate(p.cycle.end);
  const ahead = p.reminders.filter((r) => !r.passed);
  const start = `The calendar file for the ${short} is in your downloads: open it to add the deadline, ${deadline}`;
  if (p.reminders.length === 0) return `${start}.`;
  if (ahead.length === 0) return `${start}. Its reminders fall before today, so your calendar will not remind you: the deadline is close.`;
  const days = ahead.map((r) => longDate(r.date));
  const list = days.length === 1 ? days[0] : `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;
  return `${start}, with ${ahead.length === 1 ? 'a reminder' : 'reminders'} on ${list}.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

function provenance(f: RenewalFactView, issuer: string): Part[] {
  const checked = `checked ${longDate(f.checked)}`;
  return f.source
    ? [` Confirmed by ${issuer}. Source: `, { text: f.source.publisher, href: f.source.url }, `, ${checked}.`]
    : [` Confirmed by ${issuer}, ${checked}.`];
}

/**
 * What the issuer asks, with its status: never a bare figure for a rule the
 * issuer has not confirmed. The fact's words follow a label, so they keep
 * their own capitals.
 */
export function rulePara(info: RenewalInfo): Para[] {
  const { issuer, issuerUrl, fact } = info;
  const page: Part = { text: `${issuer}’s page for the ${info.short}`, href: issuerUrl };
  const out: Para[] = [];
  if (!fact) return [[`The guide has no information on renewing the ${info.short}. See `, page, '.']];
  if (fact.status === 'confirmed' && fact.value) {
    out.push([{ label: `What ${issuer} asks:` }, ` ${sentence(capitalise(fact.value))}`, ...provenance(fact, issuer)]);
    if (!info.rule) out.push(['The guide cannot work out dates from these words, so none are shown. See ', page, '.']);
    if (info.rule?.note) out.push([sentence(info.rule.note)]);
    if (fact.note) out.push([sentence(fact.note)]);
  } else {
    const until = ` The guide shows no renewal date or units for it until ${issuer}’s own pages confirm the rule. See `;
    const label = {
      label: fact.value && fact.status === 'reported' ? `Renewal, reported, not yet confirmed by ${issuer}:` : `Renewal, not confirmed by ${issuer}:`,
    };
    // What is known: the words reported, or the editors' note on what was (not) found.
    const known = fact.value
      ? sentence(capitalise(fact.value))
      : fact.note
        ? sentence(fact.note)
        : `The pages the guide checked do not say how the ${info.short} is renewed.`;
    const note = fact.value && fact.note ? ` ${sentence(fact.note)}` : '';
    return [[label, ` ${known}${note}${until}`, page, '.']];
  }
  const fee = info.feeFact;
  if (fee) {
    if (fee.status === 'confirmed' && fee.value) out.push([{ label: 'Renewal fee:' }, ` ${sentence(capitalise(fee.value))}`, ...provenance(fee, issuer)]);
    else {
      const label = { label: `Renewal fee, ${fee.value && fee.status === 'reported' ? 'reported, not yet' : 'not'} confirmed by ${issuer}:` };
      const known = fee.value ? sentence(capitalise(fee.value)) : fee.note ? sentence(fee.note) : 'The pages the guide checked do not give it.';
      out.push([label, ` ${known} See `, page, '.']);
    }
  }
  return out;
}

// ---- The view of one held credential ------------------------------------------------

/** The same entry: every field equal (entries have no ids). */
export const sameEntry = (a: StoredLogEntry, b: StoredLogEntry): boolean =>
  a.credential === b.credential && a.date === b.date && a.units === b.units && a.hours === b.hours && a.area === b.area && a.note === b.note;

function entryViews(entries: StoredLogEntry[], unit: RenewalUnit | null, p: RenewalProgress | null): EntryView[] {
  const ignored = new Map((p?.ignored ?? []).map((i) => [i.index, i.reason]));
  const start = p ? parseDay(p.cycle.start)! : null;
  const views = entries.map((entry, index) => {
    const amount =
      entry.units !== undefined
        ? unit
          ? unitCount(entry.units, unit)
          : `${formatNumber(entry.units)} ${entry.units === 1 ? 'unit' : 'units'}`
        : `${formatNumber(entry.hours ?? 0)} ${entry.hours === 1 ? 'hour' : 'hours'}`;
    const reason = ignored.get(index);
    const day = parseDay(entry.date);
    const notCounted = !p
      ? null
      : reason
        ? `Not counted. ${reason}`
        : start !== null && day !== null && day < start
          ? 'From an earlier cycle, so it does not count towards this one.'
          : null;
    return { index, view: { entry, date: longDate(entry.date), amount, area: entry.area ?? null, note: entry.note ?? null, notCounted } };
  });
  return views
    .sort((a, b) => (a.view.entry.date === b.view.entry.date ? b.index - a.index : a.view.entry.date < b.view.entry.date ? 1 : -1))
    .map((v) => v.view);
}

function printUnits(p: RenewalProgress): string {
  const unit = p.units!;
  if (p.complete) return ` All ${unitCount(p.required, unit)} logged.`;
  if (p.atLeastMore > p.needed) return ` At least ${more(p.atLeastMore, unit)} needed, with the minimum in every area.`;
  return ` ${unitCount(p.needed, unit)} of ${formatNumber(p.required)} still needed.`;
}

/**
 * Everything the page shows about one held credential. `info` is null when
 * the guide no longer lists it; `log` is the whole stored log (only this
 * credential's entries are used); `today` is the reader's local day.
 */
export function heldView(info: RenewalInfo | null, held: { id: string; earned: string }, log: readonly StoredLogEntry[], today: string): HeldView {
  const entries = log.filter((e) => e.credential === held.id);
  const name = info ? credentialName(info.name, info.short) : held.id;
  const short = info?.short ?? held.id;
  const earned = longDate(held.earned);
  const base: HeldView = {
    id: held.id,
    name,
    short,
    issuer: info?.issuer ?? '',
    inGuide: info !== null,
    earned: held.earned,
    state: 'unknown',
    urgency: null,
    deadline: null,
    cycle: null,
    overdue: null,
    units: null,
    areas: [],
    rule: [],
    logForm: null,
    entries: entryViews(entries, null, null),
    ics: null,
    icsDone: null,
    printLine: `${name}: earned ${earned}.`,
  };
  if (!info) {
    return {
      ...base,
      rule: [['This credential is no longer in the guide, so it has nothing to say about renewing it.']],
      printLine: `${name}: earned ${earned}; no longer in the guide.`,
    };
  }
  const rule = rulePara(info);
  if (!info.rule) {
    const confirmedWords = info.fact?.status === 'confirmed';
    return {
      ...base,
      rule,
      state: info.fact && !confirmedWords ? 'not-confirmed' : 'unknown',
      printLine:
        info.fact && !confirmedWords
          ? `${name}: earned ${earned}. Renewal not confirmed by ${info.issuer}.`
          : `${name}: earned ${earned}. No renewal date known.`,
    };
  }
  const p = computeRenewal(info.rule, held.earned, today, entries);
  if (p.status !== 'ok') {
    return { ...base, rule: [[p.problems.join(' ')], ...rule], state: 'unreadable', printLine: `${name}: earned ${earned}. ${p.problems.join(' ')}` };
  }
  const unit = p.units;
  const deadline = longDate(p.cycle.end);
  return {
    ...base,
    state: 'tracked',
    urgency: p.overdue ? 'overdue' : p.daysLeft <= 0 ? 'today' : p.daysLeft <= 90 ? 'soon' : 'later',
    deadline: deadlineSentence(p.cycle.end, p.daysLeft),
    cycle: cycleSentence(p, info.rule.cycleYears),
    overdue: overduePara(p, info.issuer, info.issuerUrl),
    units: unitsSentence(p),
    areas: unit ? p.areas.map((a) => areaSentence(a, unit)) : [],
    rule,
    logForm: unit ? { unit, areas: info.rule.areas.map((a) => a.name) } : null,
    entries: entryViews(entries, unit, p),
    ics: {
      credentialId: info.id,
      credentialName: info.short,
      issuer: info.issuer,
      earned: held.earned,
      deadline: p.cycle.end,
      description: [info.fact?.value ? `What ${info.issuer} asks: ${sentence(info.fact.value)}` : '', unit ? `On ${longDate(today)}: ${unitsSentence(p)}` : '']
        .filter(Boolean)
        .join('\n\n'),
    },
    icsDone: icsSentence(info.short, p),
    printLine: `${name}: earned ${earned}, renew by ${deadline}.${unit ? printUnits(p) : ''}${p.overdue ? ` The last cycle ended short by this log: check with ${info.issuer}.` : ''}`,
  };
}

// ---- What the reader types --------------------------------------------------------

/** Why a date earned cannot be used, or null. `value` is an <input type="date">'s value ("" when incomplete). */
export function earnedProblem(value: string, today: string): string | null {
  const day = parseDay(value);
  if (day === null) return 'Enter the day you earned it.';
  if (day > parseDay(today)!) return 'The day you earned it cannot be after today.';
  return null;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

/** Checks a credential to add: one of the guide's, not held already, with a real date earned. */
export function checkAdd(
  id: string,
  earned: string,
  infos: readonly RenewalInfo[],
  record: CredentialsRecord,
  today: string,
): Checked<{ id: string; earned: string }> {
  const info = infos.find((i) => i.id === id);
  if (!info) return { ok: false, field: 'credential', message: 'Choose the credential you hold.' };
  if (record.held.some((h) => h.id === id))
    return { ok: false, field: 'credential', message: `The ${info.short} is in your list already: change its date earned there.` };
  if (record.held.length >= MAX_HELD) return { ok: false, field: 'credential', message: `The list holds up to ${MAX_HELD} credentials.` };
  const problem = earnedProblem(earned, today);
  if (problem) return { ok: false, field: 'earned', message: problem };
  return { ok: true, value: { id, earned } };
}

export interface EntryForm {
  date: string;
  amount: string;
  area: string;
  note: string;
}

/** Checks a learning-log entry as typed; the amount is kept to hundredths, as the arithmetic counts. */
export function checkEntry(credential: string, form: EntryForm, logForm: LogForm, record: CredentialsRecord, today: string): Checked<StoredLogEntry> {
  const unit = logForm.unit;
  const day = parseDay(form.date);
  if (day === null) return { ok: false, field: 'date', message: 'Enter the day of the learning.' };
  if (day > parseDay(today)!) return { ok: false, field: 'date', message: 'The day cannot be after today: log learning once it is done.' };
  const text = form.amount.trim();
  const n = Number(text.replace(',', '.'));
  if (text === '') return { ok: false, field: 'amount', message: `Enter how many ${unit} it earned.` };
  if (!Number.isFinite(n) || n <= 0) return { ok: false, field: 'amount', message: `Enter a number of ${unit} above 0.` };
  if (n > MAX_ENTRY_UNITS) return { ok: false, field: 'amount', message: `Enter at most ${formatNumber(MAX_ENTRY_UNITS)} ${unit} for one entry.` };
  const area = form.area.trim();
  if (area !== '' && !logForm.areas.includes(area)) return { ok: false, field: 'area', message: 'Choose one of the areas listed.' };
  if (record.log.length >= MAX_LOG_ENTRIES)
    return { ok: false, field: 'amount', message: `The log holds up to ${formatNumber(MAX_LOG_ENTRIES)} entries: delete old ones to add more.` };
  const note = cutText(form.note.trim(), MAX_NOTE_LENGTH);
  return {
    ok: true,
    value: { credential, date: form.date, units: Math.round(n * 100) / 100, ...(area ? { area } : {}), ...(note ? { note } : {}) },
  };
}

/** "Logged 8 PDUs in Power Skills on 12 May 2027." */
export function loggedSentence(e: StoredLogEntry, unit: RenewalUnit): string {
  return `Logged ${unitCount(e.units ?? 0, unit)}${e.area ? ` in ${e.area}` : ''} on ${longDate(e.date)}.`;
}

// ---- Changes to the record (each applied to the latest stored copy) ----------------

export const addHeld = (r: CredentialsRecord, id: string, earned: string): CredentialsRecord =>
  r.held.some((h) => h.id === id) ? r : { ...r, held: [...r.held, { id, earned }] };

export const setEarned = (r: CredentialsRecord, id: string, earned: string): CredentialsRecord => ({
  ...r,
  held: r.held.map((h) => (h.id === id ? { ...h, earned } : h)),
});

/** Removes a credential and its learning log (the reader is asked first, and can undo). */
export const removeHeld = (r: CredentialsRecord, id: string): CredentialsRecord => ({
  held: r.held.filter((h) => h.id !== id),
  log: r.log.filter((e) => e.credential !== id),
});

export const addEntry = (r: CredentialsRecord, e: StoredLogEntry): CredentialsRecord => ({ ...r, log: [...r.log, e] });

/** Removes the first entry equal to `e` (entries have no ids; another tab may have changed the order). */
export function deleteEntry(r: CredentialsRecord, e: StoredLogEntry): CredentialsRecord {
  const i = r.log.findIndex((x) => sameEntry(x, e));
  return i < 0 ? r : { ...r, log: [...r.log.slice(0, i), ...r.log.slice(i + 1)] };
}

export const hasEntry = (r: CredentialsRecord, e: StoredLogEntry): boolean => r.log.some((x) => sameEntry(x, e));

// ---- The credentials to choose from ------------------------------------------------

/** Every credential, grouped by issuer (issuers and names in alphabetical order), for the "add" list. */
export function choices(infos: readonly RenewalInfo[]): Array<{ issuer: string; options: Array<{ id: string; name: string }> }> {
  const byIssuer = new Map<string, Array<{ id: string; name: string }>>();
  for (const i of infos) byIssuer.set(i.issuer, [...(byIssuer.get(i.issuer) ?? []), { id: i.id, name: credentialName(i.name, i.short) }]);
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  return [...byIssuer.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([issuer, options]) => ({ issuer, options: options.sort((a, b) => collator.compare(a.name, b.name)) }));
}

/** Reads the fetched renewal data: anything unexpected gives null (the page then says it could not load). */
export function readInfos(raw: unknown): RenewalInfo[] | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const list = (raw as { credentials?: unknown }).credentials;
  if ((raw as { version?: unknown }).version !== 1 || !Array.isArray(list)) return null;
  const ok = list.every(
    (i) =>
      typeof i === 'object' &&
      i !== null &&
      typeof i.id === 'string' &&
      typeof i.name === 'string' &&
      typeof i.short === 'string' &&
      typeof i.issuer === 'string' &&
      typeof i.issuerUrl === 'string' &&
      /^https:\/\//.test(i.issuerUrl),
  );
  return ok ? (list as RenewalInfo[]) : null;
}

/**
 * An iCalendar file (RFC 5545) for a credential's renewal deadline: one
 * all-day event on the cycle's last day, with a reminder (VALARM) at 09:00 on
 * each chosen day before it. The text follows the RFC to the letter: CRLF line
 * endings, lines folded at 75 octets without ever splitting a character,
 * TEXT values escaped, a UID that stays the same for the same credential and
 * day earned (so importing a later file updates the event instead of adding
 * another). Pure: the caller supplies the time stamp; nothing here throws.
 */
import { compactDay, parseDay } from './days.ts';
import { clipText, wellFormed } from './text.ts';
import { DEFAULT_REMINDER_DAYS } from './renewals.ts';

export const PRODID = '-//IT Project Management Career Guide//Renewal reminders 1//EN';
/** The UID's right-hand side: domain-like, and reserved (RFC 2606), so it can never clash with a real host's UIDs. */
export const UID_DOMAIN = 'itpm-career-guide.invalid';
const MAX_LINE_OCTETS = 75;
const MAX_NAME = 300;
const MAX_DESCRIPTION = 4000;

export interface RenewalEventInput {
  /** The certification id, e.g. "pmi-pmp". */
  credentialId: string;
  /** Its name as the guide writes it, e.g. "PMP" or the full name. */
  credentialName: string;
  /** The issuer, e.g. "PMI". */
  issuer: string;
  /** YYYY-MM-DD: the day the reader earned it (part of the UID). */
  earned: string;
  /** YYYY-MM-DD: the last day of the cycle (RenewalProgress.cycle.end). */
  deadline: string;
  /** Days before the deadline to be reminded; default 90 and 30. */
  reminderDays?: readonly number[] | undefined;
  /** Extra words for the event's description (any text: it is escaped). */
  description?: string | undefined;
  /** An https address to attach, e.g. the credential's page in the guide. */
  url?: string | undefined;
}

export type IcsResult = { ok: true; text: string; fileName: string } | { ok: false; message: string };

/** UTF-8 length of one code point. */
const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Lone UTF-16 surrogates (which no UTF-8 file can hold) become U+FFFD. */

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75
 * octets, continuation lines starting with one space, and never a break
 * inside a character (a multi-byte UTF-8 sequence or a surrogate pair).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of wellFormed(line)) {
    const n = octets(ch.codePointAt(0)!);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma
 * are escaped, every kind of line break becomes "\n", and control characters
 * other than tab (which TEXT may not hold) are dropped.
 */
export function escapeText(value: string): string {
  return (
    wellFormed(value)
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** YYYYMMDDTHHMMSSZ */
function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** A reminder at 09:00 on the day `days` before an all-day event (a duration before its start, local midnight). */
function trigger(days: number): string {
  return days === 0 ? 'PT9H' : `-P${days - 1}DT15H`;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 100_000;

/** A safe https address for the URL property (a URI, so it is not escaped: anything odd is refused). */
function safeUrl(v: unknown): string | null {
  // eslint-disable-next-line no-control-regex -- a control character anywhere refuses the address
  if (typeof v !== 'string' || v.length > 2000 || /[\s"<>\\^`{|}\u0000-\u001F\u007F]/.test(v)) return null;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The calendar file for one renewal deadline, or why it cannot be made. */
export function renewalIcs(input: RenewalEventInput, stamp: Date): IcsResult {
  try {
    return build(input, stamp);
  } catch {
    return { ok: false, message: 'The calendar file could not be made from this data.' };
  }
}

function build(input: RenewalEventInput, stamp: Date): IcsResult {
  if (typeof input !== 'object' || input === null) return { ok: false, message: 'There is no renewal to put in a calendar.' };
  const { credentialId, credentialName, issuer, earned, deadline } = input;
  if (typeof credentialId !== 'string' || credentialId.length > 60 || !ID.test(credentialId)) return { ok: false, message: 'The credential has no usable id.' };
  if (!isText(credentialName) || !isText(issuer)) return { ok: false, message: 'The credential needs a name and an issuer.' };
  const earnedDay = parseDay(earned);
  const deadlineDay = parseDay(deadline);
  if (earnedDay === null || deadlineDay === null) return { ok: false, message: 'The dates must be real days written YYYY-MM-DD.' };
  if (deadlineDay < earnedDay) return { ok: false, message: 'The deadline is before the day the credential was earned.' };
  if (!(stamp instanceof Date) || Number.isNaN(stamp.getTime())) return { ok: false, message: 'The time stamp is not a date.' };
  if (deadlineDay + 1 > parseDay('9999-12-31')!) return { ok: false, message: 'The deadline is too far away for a calendar.' };

  const name = clipText(credentialName.trim(), MAX_NAME);
  const by = clipText(issuer.trim(), MAX_NAME);
  const extra = isText(input.description) ? `\n\n${clipText(input.description.trim(), MAX_DESCRIPTION)}` : '';
  const description = `The last day of this renewal cycle for ${name}. Check what ${by} asks for, and renew, before the end of this day.${extra}`;
  const days = [
    ...new Set((input.reminderDays ?? DEFAULT_REMINDER_DAYS).filter((d) => typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 3650)),
  ].sort((a, b) => b - a);
  const url = safeUrl(input.url);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:renewal-${credentialId}-${earned}@${UID_DOMAIN}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;VALUE=DATE:${compactDay(deadlineDay)}`,
    `DTEND;VALUE=DATE:${compactDay(deadlineDay + 1)}`,
    `SUMMARY:${escapeText(`Renewal deadline: ${name} (${by})`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    ...days.flatMap((d) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(d === 0 ? `${name}: renewal deadline today` : `${name}: renewal deadline in ${d} day${d === 1 ? '' : 's'}`)}`,
      `TRIGGER:${trigger(d)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return { ok: true, text: lines.map(foldLine).join('\r\n') + '\r\n', fileName: `${credentialId}-renewal-${deadline}.ics` };
}

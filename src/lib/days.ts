/**
 * Calendar days as whole numbers, for date arithmetic that no time zone or
 * daylight-saving change can shift: "2026-12-07" ⇄ a day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar). Pure; nothing here throws.
 */
import { daysInMonth, dayNumber, parseDay } from './day-parse.ts';

// Reading a day is in its own module, so pages that only check stored dates do not load the rest.
export { daysInMonth, dayNumber, isLeapYear, MAX_YEAR, MIN_YEAR, parseDay } from './day-parse.ts';

/** The civil date of a day number. */
export function civilDay(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A day number → "YYYY-MM-DD". */
export function dayString(n: number): string {
  const { y, m, d } = civilDay(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day number → "31 March 2027", the way dates are written for readers across the guide. */
export function longDay(n: number): string {
  const { y, m, d } = civilDay(n);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2027-03-31" → "31 March 2027"; anything that is not a real day is returned as it is. */
export function longDate(value: string): string {
  const n = parseDay(value);
  return n === null ? value : longDay(n);
}

/** A day number → "YYYYMMDD" (iCalendar DATE). */
export function compactDay(n: number): string {
  return dayString(n).replaceAll('-', '');
}

/**
 * The same day `years` later. 29 February in a year without one becomes
 * 28 February: the earlier day, so a deadline or reminder is never late.
 */
export function addYears(n: number, years: number): number {
  const { y, m, d } = civilDay(n);
  const year = y + years;
  return dayNumber(year, m, Math.min(d, daysInMonth(year, m)));
}

/** The reader's local calendar day as "YYYY-MM-DD" (for `today` in browser code). */
export function localDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

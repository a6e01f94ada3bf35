/**
 * Reading a calendar day: "2024-02-29" ⇄ a whole day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar). The rest of the day
 * arithmetic is in src/lib/days.ts, which re-exports these. Pure; nothing
 * here throws.
 */

/** The years a day may fall in: anything else is treated as a typing error. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** "2024-02-29" → its day number; null for anything that is not a real day written YYYY-MM-DD between 1900 and 9999. */
export function parseDay(value: unknown): number | null {
  if (typeof value !== 'string' || value.length !== 10) return null;
  const match = DAY.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayNumber(y, m, d);
}

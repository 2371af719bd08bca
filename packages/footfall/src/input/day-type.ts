/**
 * Day types used for counts and profiles: `weekday` (Mon–Fri), `saturday`,
 * `sunday-holiday` (Sunday or a listed public holiday), and `weekend` for surveys that only
 * say "weekend" without the day (City of Sydney walking surveys).
 */
export type DayType = 'weekday' | 'saturday' | 'sunday-holiday' | 'weekend';

/**
 * Day type of a civil date. Day of week from the proleptic Gregorian calendar.
 *
 * @param year - e.g. 2019
 * @param month - 1–12
 * @param day - 1–31
 * @param holidays - ISO dates `YYYY-MM-DD` treated as Sundays
 */
export function dayTypeOfDate(year: number, month: number, day: number, holidays: ReadonlySet<string>): DayType {
  if (holidays.has(isoDate(year, month, day))) return 'sunday-holiday';
  const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (dow === 0) return 'sunday-holiday';
  if (dow === 6) return 'saturday';
  return 'weekday';
}

/** `YYYY-MM-DD` for a civil date. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when (year, month, day) is a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

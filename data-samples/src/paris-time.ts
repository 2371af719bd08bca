/**
 * Civil time in Europe/Paris: CET (UTC+01:00) in winter, CEST (UTC+02:00) from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October (Directive
 * 2000/84/EC of the European Parliament and of the Council, 19 January 2001, art. 2–3).
 */

const HOUR_MS = 3_600_000;

/** Instant of 01:00 UTC on the last Sunday of a month [epoch ms]. */
function lastSundayOneUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  const day = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, monthIndex, day, 1);
}

/**
 * Offset of Paris civil time from UTC at an instant.
 * @param epochMs instant [ms since 1970-01-01T00:00Z]
 * @returns 60 (CET) or 120 (CEST) [min]
 * @example parisUtcOffsetMinutes(Date.UTC(2024, 6, 1)); // 120
 */
export function parisUtcOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  const summer = epochMs >= lastSundayOneUtc(year, 2) && epochMs < lastSundayOneUtc(year, 9);
  return summer ? 120 : 60;
}

/** Calendar fields of an instant in Paris civil time. */
export interface ParisLocalTime {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Hour of the day, 0–23. */
  hour: number;
  /** Day of the week, 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** ISO 8601 timestamp with its offset, e.g. `2024-03-18T08:00:00+01:00`. */
  iso: string;
}

/**
 * Paris civil time of an instant (whole seconds).
 * @param epochMs instant [ms since 1970-01-01T00:00Z]
 * @returns its local calendar fields and ISO 8601 text with offset
 * @example parisLocalTime(Date.UTC(2024, 2, 31, 1)).iso; // '2024-03-31T03:00:00+02:00'
 */
export function parisLocalTime(epochMs: number): ParisLocalTime {
  const offset = parisUtcOffsetMinutes(epochMs);
  const local = new Date(epochMs + offset * 60_000);
  const iso = local.toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return {
    date: iso.slice(0, 10),
    hour: local.getUTCHours(),
    weekday: local.getUTCDay(),
    iso: `${iso}${sign}${hh}:${mm}`,
  };
}

/**
 * The UTC instants of every hour start in a range of Paris civil days: 24 per day, 23 on
 * the spring-forward day, 25 on the fall-back day.
 * @param firstDay first local day, `YYYY-MM-DD`
 * @param days number of local days
 * @returns hour starts [epoch ms], increasing
 * @example parisHourStarts('2024-03-31', 1).length; // 23
 */
export function parisHourStarts(firstDay: string, days: number): number[] {
  const [y, m, d] = firstDay.split('-').map(Number);
  // Local midnight of a day: the UTC midnight minus the offset in force just before it.
  const localMidnight = (dayOffset: number): number => {
    const utcMidnight = Date.UTC(y, m - 1, d + dayOffset);
    return utcMidnight - parisUtcOffsetMinutes(utcMidnight - 3 * HOUR_MS) * 60_000;
  };
  const start = localMidnight(0);
  const end = localMidnight(days);
  const out: number[] = [];
  for (let t = start; t < end; t += HOUR_MS) out.push(t);
  return out;
}

import { WeatherFileError, type WeatherFilePlace } from './errors.js';

/** Calendar fields of each row, read on the file's own clock. */
export interface HourlyCalendar {
  year: Int32Array;
  /** Month 1–12. */
  month: Int32Array;
  /** Day of month 1–31. */
  day: Int32Array;
  /** Hour at which the row's interval starts, 0–23 (EPW hour h → h − 1). */
  hourStart: Int32Array;
}

/** The hourly UTC time axis laid on a file's rows. */
export interface HourlyTimeAxis {
  /** Start instant of each row's interval [epoch ms, UTC]. */
  startUtcMs: Float64Array;
  /** Calendar year the rows were laid on (the file's own, or a nominal year). */
  calendarYear: number;
  /** Set when the file's years were replaced by a nominal year. */
  warning?: string;
}

/** Nominal year for typical years without 29 February (a non-leap year). */
export const NOMINAL_YEAR = 2019;
/** Nominal year for typical years that contain 29 February. */
export const NOMINAL_LEAP_YEAR = 2020;

const HOUR_MS = 3_600_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function describeHour(month: number, day: number, hourStart: number): string {
  return `${pad2(month)}-${pad2(day)} ${pad2(hourStart)}:00–${pad2(hourStart + 1)}:00`;
}

/**
 * Lay one year of hourly rows on a monotone UTC axis.
 *
 * Typical years (TMY) glue months of different years, so the file's years cannot be kept.
 * When every row carries the same year and the rows fill that calendar year exactly, that
 * year is kept; otherwise the rows are laid on {@link NOMINAL_YEAR} (2019, non-leap), or
 * {@link NOMINAL_LEAP_YEAR} (2020) when the file has 29 February, keeping month, day and hour.
 * The rows must then be the consecutive hours of that year from 1 January 00:00 on the file's
 * clock; the clock is converted to UTC with `utcOffsetHours`.
 *
 * @param calendar month, day, interval-start hour and year of each row (file clock)
 * @param utcOffsetHours offset of the file clock from UTC [h], east positive
 * @param file file name for error messages
 * @param placeOfRow where row `i` sits in the file (line or record), for error messages
 * @throws WeatherFileError when the row count is not 8760/8784 or a row is not the next hour
 * @example hourlyTimeAxis(cal, 1, 'lyon.epw', (i) => ({ line: 9 + i })).startUtcMs[0];
 *   // Date.UTC(2018, 11, 31, 23) for a TMY starting 1 January 00:00–01:00 at UTC+1
 */
export function hourlyTimeAxis(
  calendar: HourlyCalendar,
  utcOffsetHours: number,
  file: string,
  placeOfRow: (row: number) => WeatherFilePlace,
): HourlyTimeAxis {
  const { year, month, day, hourStart } = calendar;
  const rows = month.length;
  if (rows !== 8760 && rows !== 8784) {
    throw new WeatherFileError(file, `expected one year of hourly rows (8760 or 8784), found ${rows} rows`);
  }
  let sameYear = true;
  let hasLeapDay = false;
  let minYear = year[0];
  let maxYear = year[0];
  for (let i = 0; i < rows; i++) {
    if (year[i] !== year[0]) sameYear = false;
    if (year[i] < minYear) minYear = year[i];
    if (year[i] > maxYear) maxYear = year[i];
    if (month[i] === 2 && day[i] === 29) hasLeapDay = true;
  }
  const fileYearFits = sameYear && rows === (isLeapYear(year[0]) ? 8784 : 8760);
  const calendarYear = fileYearFits ? year[0] : hasLeapDay ? NOMINAL_LEAP_YEAR : NOMINAL_YEAR;
  const hoursInYear = isLeapYear(calendarYear) ? 8784 : 8760;
  if (rows !== hoursInYear) {
    throw new WeatherFileError(
      file,
      `${rows} hourly rows do not make up the year ${calendarYear} (${hoursInYear} hours)`,
    );
  }

  let expectedMonth = 1;
  let expectedDay = 1;
  let expectedHour = 0;
  for (let i = 0; i < rows; i++) {
    if (month[i] !== expectedMonth || day[i] !== expectedDay || hourStart[i] !== expectedHour) {
      throw new WeatherFileError(
        file,
        `rows are not consecutive hours: expected ${describeHour(expectedMonth, expectedDay, expectedHour)}, found ${describeHour(month[i], day[i], hourStart[i])}`,
        placeOfRow(i),
      );
    }
    expectedHour++;
    if (expectedHour === 24) {
      expectedHour = 0;
      expectedDay++;
      if (expectedDay > daysInMonth(calendarYear, expectedMonth)) {
        expectedDay = 1;
        expectedMonth++;
      }
    }
  }

  const startUtcMs = new Float64Array(rows);
  const firstUtcMs = Date.UTC(calendarYear, 0, 1) - Math.round(utcOffsetHours * HOUR_MS);
  for (let i = 0; i < rows; i++) startUtcMs[i] = firstUtcMs + i * HOUR_MS;

  const axis: HourlyTimeAxis = { startUtcMs, calendarYear };
  if (!fileYearFits) {
    const years = minYear === maxYear ? `${minYear}` : `${minYear}–${maxYear}`;
    axis.warning = `rows come from year(s) ${years} (typical year): laid on the ${hasLeapDay ? 'leap' : 'non-leap'} year ${calendarYear}, month, day and hour kept`;
  }
  return axis;
}

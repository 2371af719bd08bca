import type { WeatherFilePlace } from './errors.js';
import { WeatherFileError } from './errors.js';
import type { HourlyCalendar } from './hourlyTimeAxis.js';

/** PVGIS time stamp: `YYYYMMDD:HHMM`, UTC. */
const PVGIS_TIME = /^(\d{4})(\d{2})(\d{2}):(\d{2})(\d{2})$/;

/** PVGIS column names (TMY tool, CSV header row and JSON record keys). */
export const PVGIS_COLUMNS = {
  time: 'time(UTC)',
  tempAir: 'T2m',
  ghi: 'G(h)',
  dni: 'Gb(n)',
  dhi: 'Gd(h)',
  windSpeed: 'WS10m',
} as const;

/** The calendar of PVGIS rows and the instant their irradiance represents. */
export interface PvgisTiming {
  calendar: HourlyCalendar;
  /** Offset from each interval start (the hour of the stamp) to the irradiance instant [min]. */
  sunOffsetMinutes: number;
}

/**
 * Read PVGIS `time(UTC)` stamps and place the irradiance instant within each hour.
 *
 * The stamp's hour starts the row's interval. PVGIS ≥ 5.3 gives the irradiance instant as
 * `Irradiance Time Offset (h)` after the stamp (satellite values are instantaneous, at the
 * scan time of the pixel); without it a stamp with minutes (older `hh:10` stamps) is taken as
 * the instant, and a whole-hour stamp as the middle of the hour, with a warning.
 *
 * @param times the time stamps, one per row
 * @param offsetHours the file's irradiance time offset [h], or null when absent
 * @param file file name for messages
 * @param placeOfRow where row `i` sits, for messages
 * @param warnings receives what was assumed
 * @returns calendar (UTC clock) and sun offset [min]
 * @example pvgisTiming(['20180101:0000', …], 0.1761, 'tmy.csv', (i) => ({ line: 18 + i }), []);
 *   // sunOffsetMinutes 10.566
 */
export function pvgisTiming(
  times: readonly string[],
  offsetHours: number | null,
  file: string,
  placeOfRow: (row: number) => WeatherFilePlace,
  warnings: string[],
): PvgisTiming {
  const rows = times.length;
  const year = new Int32Array(rows);
  const month = new Int32Array(rows);
  const day = new Int32Array(rows);
  const hourStart = new Int32Array(rows);
  let minute = 0;
  for (let i = 0; i < rows; i++) {
    const match = PVGIS_TIME.exec(times[i]);
    const stampMinute = match ? Number(match[5]) : Number.NaN;
    if (!match || Number(match[4]) > 23 || stampMinute > 59 || (i > 0 && stampMinute !== minute)) {
      const expected = i > 0 ? `YYYYMMDD:HHMM with minute ${String(minute).padStart(2, '0')}` : 'YYYYMMDD:HHMM';
      throw new WeatherFileError(file, `expected a time stamp ${expected}, found "${times[i]}"`, {
        ...placeOfRow(i),
        column: PVGIS_COLUMNS.time,
      });
    }
    minute = stampMinute;
    year[i] = Number(match[1]);
    month[i] = Number(match[2]);
    day[i] = Number(match[3]);
    hourStart[i] = Number(match[4]);
  }

  let sunOffsetMinutes: number;
  if (offsetHours !== null) {
    sunOffsetMinutes = minute + offsetHours * 60;
  } else if (minute !== 0) {
    sunOffsetMinutes = minute;
    warnings.push(`no irradiance time offset in the file: irradiance taken at the time stamp (minute ${minute})`);
  } else {
    sunOffsetMinutes = 30;
    warnings.push('no irradiance time offset in the file: sun position taken at mid-interval');
  }
  return { calendar: { year, month, day, hourStart }, sunOffsetMinutes };
}

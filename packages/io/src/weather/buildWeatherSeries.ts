import { WeatherFileError, type WeatherFilePlace } from './errors.js';
import { fillGapsLinear } from './fillGaps.js';
import { type HourlyCalendar, hourlyTimeAxis } from './hourlyTimeAxis.js';
import type { WeatherFormat, WeatherSeries, WeatherSite } from './types.js';

/** Longest run of missing hours filled by interpolation; a longer run is an error [h]. */
export const MAX_FILLED_GAP_HOURS = 6;
/** Upper bound for GHI and DNI [W/m²]: above the extraterrestrial ~1412 W/m² at perihelion. */
export const MAX_IRRADIANCE_WM2 = 1500;
/** How far DHI may exceed GHI (rounding of the two columns) before the row is rejected [W/m²]. */
export const DHI_OVER_GHI_TOLERANCE_WM2 = 5;
/** Air temperature bounds [°C] (beyond the −89.2 °C and 56.7 °C world records). */
export const TEMP_AIR_RANGE_C: readonly [number, number] = [-90, 70];
/** Wind speed bounds [m/s] (EnergyPlus EPW data dictionary, field N21). */
export const WIND_SPEED_RANGE_MS: readonly [number, number] = [0, 40];

/** One column as read from the file: NaN where the file holds its missing-value code. */
export interface RawColumn {
  /** The column as the file names it, for messages. */
  label: string;
  values: Float64Array;
}

/** Everything a format parser reads, before filling, checking and timing. */
export interface RawHourlyTable {
  file: string;
  format: WeatherFormat;
  site: WeatherSite;
  calendar: HourlyCalendar;
  /** Where row `i` sits in the file (line or JSON record). */
  placeOfRow: (row: number) => WeatherFilePlace;
  /** Offset from each interval start to the instant its irradiance represents [min]. */
  sunOffsetMinutes: number;
  ghi: RawColumn;
  /** Null when the file has no such column. */
  dni: RawColumn | null;
  /** Null when the file has no such column. */
  dhi: RawColumn | null;
  tempAir: RawColumn;
  windSpeed: RawColumn;
  /** Null when the file has no such column. */
  albedo: RawColumn | null;
  /** Warnings the format parser already has. */
  warnings: string[];
}

function rangeError(table: RawHourlyTable, row: number, column: RawColumn, reason: string): WeatherFileError {
  return new WeatherFileError(table.file, reason, {
    ...table.placeOfRow(row),
    column: column.label,
  });
}

/**
 * Fill the missing values of a column (runs of at most {@link MAX_FILLED_GAP_HOURS}).
 * Returns false when every value is missing; throws when a run is longer.
 */
function fillColumn(table: RawHourlyTable, column: RawColumn, warnings: string[]): boolean {
  const report = fillGapsLinear(column.values, MAX_FILLED_GAP_HOURS);
  if (report.longestGapLength === column.values.length) return false;
  if (report.longestGapLength > MAX_FILLED_GAP_HOURS) {
    throw rangeError(
      table,
      report.longestGapStart,
      column,
      `${report.longestGapLength} consecutive missing values from here: at most ${MAX_FILLED_GAP_HOURS} are filled by interpolation`,
    );
  }
  if (report.filledCount > 0) {
    const first = table.placeOfRow(report.firstFilledIndex);
    const at = first.line !== undefined ? `line ${first.line}` : `record ${first.record}`;
    warnings.push(
      `${column.label}: ${report.filledCount} missing value(s) filled by linear interpolation in time (first at ${at})`,
    );
  }
  return true;
}

function checkRange(
  table: RawHourlyTable,
  column: RawColumn,
  name: string,
  unit: string,
  min: number,
  max: number,
): void {
  const values = column.values;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= min && v <= max)) {
      throw rangeError(table, i, column, `${name} ${v} ${unit} outside [${min}, ${max}]`);
    }
  }
}

/**
 * Turn the columns a format parser read into a {@link WeatherSeries}: fill short runs of
 * missing values, check physical ranges, lay the rows on the UTC time axis.
 *
 * Missing values (NaN in the raw columns) are filled by linear interpolation in time when a
 * run is at most {@link MAX_FILLED_GAP_HOURS} long, and listed in `warnings`; a longer run is
 * an error, except for DNI/DHI missing in every row (then reported as absent); albedo is kept
 * only when given, and not zero, in every row. Range
 * checks: 0 ≤ GHI, DNI ≤ {@link MAX_IRRADIANCE_WM2}; 0 ≤ DHI ≤ GHI +
 * {@link DHI_OVER_GHI_TOLERANCE_WM2}; {@link TEMP_AIR_RANGE_C}; {@link WIND_SPEED_RANGE_MS};
 * 0 ≤ albedo ≤ 1.
 *
 * @param table the raw columns, calendar and site read by a format parser
 * @returns the series; DNI/DHI NaN with `hasBeamDiffuse: false` when the file lacks them
 * @throws WeatherFileError naming the file, line (or record), column and reason
 * @example buildWeatherSeries(tableFromEpw).ghiWM2.length; // 8760
 */
export function buildWeatherSeries(table: RawHourlyTable): WeatherSeries {
  const warnings = [...table.warnings];
  const axis = hourlyTimeAxis(table.calendar, table.site.utcOffsetHours, table.file, table.placeOfRow);
  if (axis.warning) warnings.push(axis.warning);
  const rows = axis.startUtcMs.length;

  for (const column of [table.ghi, table.tempAir, table.windSpeed]) {
    if (!fillColumn(table, column, warnings)) {
      throw new WeatherFileError(table.file, 'every value is missing', { column: column.label });
    }
  }
  const dniPresent = table.dni !== null && fillColumn(table, table.dni, warnings);
  const dhiPresent = table.dhi !== null && fillColumn(table, table.dhi, warnings);
  const hasBeamDiffuse = dniPresent && dhiPresent;
  if (!hasBeamDiffuse) {
    warnings.push(
      'no direct normal and diffuse horizontal irradiance in the file: DNI and DHI are NaN (hasBeamDiffuse false), decompose GHI before use',
    );
  }

  let albedo: RawColumn | null = table.albedo;
  if (albedo !== null) {
    const values = albedo.values;
    let missing = 0;
    let positive = 0;
    for (let i = 0; i < rows; i++) {
      if (Number.isNaN(values[i])) missing++;
      else if (values[i] > 0) positive++;
    }
    if (missing > 0 || positive === 0) {
      warnings.push(
        `${albedo.label}: ${missing > 0 ? `${missing} missing value(s)` : 'zero in every row'}, albedo treated as not given`,
      );
      albedo = null;
    }
  }

  const ghi = table.ghi.values;
  checkRange(table, table.ghi, 'GHI', 'W/m²', 0, MAX_IRRADIANCE_WM2);
  if (hasBeamDiffuse && table.dni && table.dhi) {
    checkRange(table, table.dni, 'DNI', 'W/m²', 0, MAX_IRRADIANCE_WM2);
    const dhi = table.dhi.values;
    for (let i = 0; i < rows; i++) {
      const v = dhi[i];
      if (!(v >= 0)) throw rangeError(table, i, table.dhi, `DHI ${v} W/m² is below 0`);
      if (v > ghi[i] + DHI_OVER_GHI_TOLERANCE_WM2) {
        throw rangeError(
          table,
          i,
          table.dhi,
          `DHI ${v} W/m² exceeds GHI ${ghi[i]} W/m² by more than ${DHI_OVER_GHI_TOLERANCE_WM2} W/m²`,
        );
      }
    }
  }
  checkRange(table, table.tempAir, 'air temperature', '°C', TEMP_AIR_RANGE_C[0], TEMP_AIR_RANGE_C[1]);
  checkRange(table, table.windSpeed, 'wind speed', 'm/s', WIND_SPEED_RANGE_MS[0], WIND_SPEED_RANGE_MS[1]);
  if (albedo !== null) checkRange(table, albedo, 'albedo', '', 0, 1);

  const sunOffsetMs = Math.round(table.sunOffsetMinutes * 60_000);
  const sunTimeUtcMs = new Float64Array(rows);
  for (let i = 0; i < rows; i++) sunTimeUtcMs[i] = axis.startUtcMs[i] + sunOffsetMs;

  const series: WeatherSeries = {
    source: { file: table.file, format: table.format },
    site: table.site,
    intervalMinutes: 60,
    timeUtcMs: axis.startUtcMs,
    sunTimeUtcMs,
    ghiWM2: new Float32Array(ghi),
    dniWM2: hasBeamDiffuse && table.dni ? new Float32Array(table.dni.values) : new Float32Array(rows).fill(Number.NaN),
    dhiWM2: hasBeamDiffuse && table.dhi ? new Float32Array(table.dhi.values) : new Float32Array(rows).fill(Number.NaN),
    hasBeamDiffuse,
    tempAirC: new Float32Array(table.tempAir.values),
    windSpeedMS: new Float32Array(table.windSpeed.values),
    warnings,
  };
  if (albedo !== null) series.albedo = new Float32Array(albedo.values);
  return series;
}

import { buildWeatherSeries, type RawColumn } from './buildWeatherSeries.js';
import { WeatherFileError } from './errors.js';
import { parseDecimal } from './parseDecimal.js';
import { PVGIS_COLUMNS, pvgisTiming } from './pvgisTime.js';
import type { WeatherSeries } from './types.js';

const HEADER_NUMBER = /^([^:]+):\s*(.*)$/;

/**
 * Parse a PVGIS TMY file in CSV output format into an hourly series.
 *
 * Layout (PVGIS TMY tool, "Outputs, csv"): `Latitude (decimal degrees): …`, `Longitude …`,
 * `Elevation (m): …`, optionally `Irradiance Time Offset (h): …` and the `month,year` table,
 * then the header row `time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP`, one row per
 * hour (UTC), an empty line and a legend. Irradiances in W/m², T2m in °C, WS10m in m/s.
 * `Gb(n)` and `Gd(h)` may both be absent (then `hasBeamDiffuse` is false).
 *
 * @param text the whole file
 * @param file file name for messages
 * @returns the series with `format` 'pvgis-csv'
 * @throws WeatherFileError on a missing header item or column, a bad time stamp or value
 * @example parsePvgisCsv(text, 'tmy_45.000_8.000_2005_2023.csv').site.latitudeDeg; // 45
 */
export function parsePvgisCsv(text: string, file: string): WeatherSeries {
  const lines = text.split(/\r?\n/);
  const header = new Map<string, { value: number; line: number }>();
  let headerRow = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith(`${PVGIS_COLUMNS.time},`)) {
      headerRow = i;
      break;
    }
    const item = HEADER_NUMBER.exec(lines[i]);
    if (item) header.set(item[1].trim(), { value: parseDecimal(item[2]), line: i + 1 });
  }
  if (headerRow === -1) {
    throw new WeatherFileError(file, `no "${PVGIS_COLUMNS.time},…" header row`);
  }
  const headerValue = (key: string, min: number, max: number): number => {
    const item = header.get(key);
    if (!item) throw new WeatherFileError(file, `no "${key}: …" line before the data`);
    if (!(item.value >= min && item.value <= max)) {
      throw new WeatherFileError(file, `expected a number in [${min}, ${max}]`, {
        line: item.line,
        column: key,
      });
    }
    return item.value;
  };
  const latitudeDeg = headerValue('Latitude (decimal degrees)', -90, 90);
  const longitudeDeg = headerValue('Longitude (decimal degrees)', -180, 180);
  const elevationM = headerValue('Elevation (m)', -1000, 9999.9);
  const offsetKey = 'Irradiance Time Offset (h)';
  const offsetHours = header.has(offsetKey) ? headerValue(offsetKey, -1, 1) : null;

  const names = lines[headerRow].split(',').map((name) => name.trim());
  const position = (name: string, required: boolean): number => {
    const index = names.indexOf(name);
    if (index === -1 && required) {
      throw new WeatherFileError(file, `no "${name}" column in the header row (found ${names.join(', ')})`, {
        line: headerRow + 1,
      });
    }
    return index;
  };
  const timeAt = position(PVGIS_COLUMNS.time, true);
  const ghiAt = position(PVGIS_COLUMNS.ghi, true);
  const tempAirAt = position(PVGIS_COLUMNS.tempAir, true);
  const windSpeedAt = position(PVGIS_COLUMNS.windSpeed, true);
  const dniAt = position(PVGIS_COLUMNS.dni, false);
  const dhiAt = position(PVGIS_COLUMNS.dhi, false);
  if ((dniAt === -1) !== (dhiAt === -1)) {
    throw new WeatherFileError(file, `"${PVGIS_COLUMNS.dni}" and "${PVGIS_COLUMNS.dhi}" must come together`, {
      line: headerRow + 1,
    });
  }

  const first = headerRow + 1;
  let end = first;
  while (end < lines.length && lines[end].trim() !== '') end++;
  const rows = end - first;
  const times: string[] = new Array(rows);
  const column = (label: string): RawColumn => ({ label, values: new Float64Array(rows) });
  const ghi = column(PVGIS_COLUMNS.ghi);
  const dni = column(PVGIS_COLUMNS.dni);
  const dhi = column(PVGIS_COLUMNS.dhi);
  const tempAir = column(PVGIS_COLUMNS.tempAir);
  const windSpeed = column(PVGIS_COLUMNS.windSpeed);
  const read = (cells: string[], at: number, target: RawColumn, r: number, line: number): void => {
    const value = parseDecimal(cells[at]);
    if (Number.isNaN(value)) {
      throw new WeatherFileError(file, `not a number: "${cells[at]}"`, {
        line,
        column: target.label,
      });
    }
    target.values[r] = value;
  };
  for (let r = 0; r < rows; r++) {
    const line = first + r + 1;
    const cells = lines[first + r].split(',');
    if (cells.length !== names.length) {
      throw new WeatherFileError(file, `${cells.length} columns, expected ${names.length} as in the header row`, {
        line,
      });
    }
    times[r] = cells[timeAt].trim();
    read(cells, ghiAt, ghi, r, line);
    read(cells, tempAirAt, tempAir, r, line);
    read(cells, windSpeedAt, windSpeed, r, line);
    if (dniAt !== -1) {
      read(cells, dniAt, dni, r, line);
      read(cells, dhiAt, dhi, r, line);
    }
  }

  const placeOfRow = (row: number) => ({ line: first + row + 1 });
  const warnings: string[] = [];
  const timing = pvgisTiming(times, offsetHours, file, placeOfRow, warnings);
  return buildWeatherSeries({
    file,
    format: 'pvgis-csv',
    site: { latitudeDeg, longitudeDeg, elevationM, utcOffsetHours: 0 },
    calendar: timing.calendar,
    placeOfRow,
    sunOffsetMinutes: timing.sunOffsetMinutes,
    ghi,
    dni: dniAt === -1 ? null : dni,
    dhi: dhiAt === -1 ? null : dhi,
    tempAir,
    windSpeed,
    albedo: null,
    warnings,
  });
}

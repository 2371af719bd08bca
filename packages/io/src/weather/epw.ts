import { buildWeatherSeries, type RawColumn } from './buildWeatherSeries.js';
import { WeatherFileError } from './errors.js';
import { parseDecimal } from './parseDecimal.js';
import type { WeatherSeries } from './types.js';

/**
 * EPW data fields we read: 0-based position in a data row (EnergyPlus data dictionary: year,
 * month, day, hour, minute, flags, then N6 dry bulb … so field Nk sits at position k), the
 * label used in messages (1-based field number), and the value from which the field counts as
 * missing (the dictionary's `\missing`: "values ≥ this are missing").
 */
const EPW_FIELDS = {
  tempAir: { index: 6, label: 'field 7 (dry bulb temperature)', missingFrom: 99.9 },
  ghi: { index: 13, label: 'field 14 (global horizontal radiation)', missingFrom: 9999 },
  dni: { index: 14, label: 'field 15 (direct normal radiation)', missingFrom: 9999 },
  dhi: { index: 15, label: 'field 16 (diffuse horizontal radiation)', missingFrom: 9999 },
  windSpeed: { index: 21, label: 'field 22 (wind speed)', missingFrom: 999 },
  albedo: { index: 32, label: 'field 33 (albedo)', missingFrom: 999 },
} as const;

type EpwField = (typeof EPW_FIELDS)[keyof typeof EPW_FIELDS];

/** Fewest fields a data row may have: up to wind speed (a full row has 35). */
const MIN_DATA_FIELDS = 22;
/** LOCATION "source" field written by PVGIS in its EPW output. */
const PVGIS_EPW_SOURCE = 'ECMWF/ERA';
/** PVGIS ≥ 5.3 comment giving the irradiance instant relative to the EPW hour label. */
const IRRADIANCE_TIME_OFFSET = /Irradiance Time Offset \(h\):\s*([-+]?(?:\d+\.?\d*|\.\d+))/i;

function headerNumber(text: string | undefined, column: string, min: number, max: number, file: string): number {
  const value = parseDecimal(text ?? '');
  if (!(value >= min && value <= max)) {
    throw new WeatherFileError(file, `expected a number in [${min}, ${max}], found "${text ?? ''}"`, {
      line: 1,
      column: `LOCATION ${column}`,
    });
  }
  return value;
}

function readInteger(
  fields: string[],
  index: number,
  name: string,
  min: number,
  max: number,
  file: string,
  line: number,
): number {
  const value = parseDecimal(fields[index]);
  if (!(Number.isInteger(value) && value >= min && value <= max)) {
    throw new WeatherFileError(file, `expected an integer in [${min}, ${max}], found "${fields[index]}"`, {
      line,
      column: `field ${index + 1} (${name})`,
    });
  }
  return value;
}

/** Read one numeric field: NaN for a blank or missing-code value, error when not a number. */
function readValue(fields: string[], field: EpwField, file: string, line: number): number {
  const text = fields[field.index];
  if (text.trim() === '') return Number.NaN;
  const value = parseDecimal(text);
  if (Number.isNaN(value)) {
    throw new WeatherFileError(file, `not a number: "${text}"`, { line, column: field.label });
  }
  return value >= field.missingFrom ? Number.NaN : value;
}

/**
 * Parse an EnergyPlus weather file (EPW), including PVGIS's EPW output, into an hourly series.
 *
 * Format (EnergyPlus "Auxiliary Programs", Weather Converter, EPW data dictionary): header
 * records up to DATA PERIODS, then one comma-separated row per hour: year, month, day, hour
 * 1–24 where hour h covers (h−1, h] in local standard time of the LOCATION time zone, and the
 * radiation fields are Wh/m² received during that hour, i.e. the mean irradiance in W/m².
 * So the interval of row h starts at h − 1 and the sun position is taken at h − 0.5.
 * Missing-value codes (≥ 9999 for radiation, ≥ 99.9 °C, ≥ 999 m/s wind) are filled as
 * described in {@link buildWeatherSeries}.
 *
 * PVGIS EPW (LOCATION source `ECMWF/ERA`): rows are in UTC whatever the time zone field says
 * (row 1 carries the same values as the PVGIS CSV record `…0101:0000` UTC), and the irradiance
 * is an instantaneous satellite value at `hour + offset` where the offset comes from the
 * `Irradiance Time Offset (h)` comment (e.g. −0.8239 h: 00:10:34 UTC for row 1).
 *
 * @param text the whole file
 * @param file file name for messages
 * @returns the series with `format` 'epw' or 'pvgis-epw'
 * @throws WeatherFileError on any malformed header, row or value
 * @example parseEpw(text, 'FRA_Lyon.epw').site.utcOffsetHours; // 1
 */
export function parseEpw(text: string, file: string): WeatherSeries {
  const lines = text.split(/\r?\n/);
  const location = lines[0].split(',');
  if (location[0].trim().toUpperCase() !== 'LOCATION') {
    throw new WeatherFileError(file, 'not an EPW file: the first line must be the LOCATION record', { line: 1 });
  }
  if (location.length < 10) {
    throw new WeatherFileError(
      file,
      `LOCATION record has ${location.length} fields, expected 10 (city, state, country, source, WMO, latitude, longitude, time zone, elevation)`,
      { line: 1 },
    );
  }
  const latitudeDeg = headerNumber(location[6], 'latitude', -90, 90, file);
  const longitudeDeg = headerNumber(location[7], 'longitude', -180, 180, file);
  const timeZoneHours = headerNumber(location[8], 'time zone', -12, 14, file);
  const elevationM = headerNumber(location[9], 'elevation', -1000, 9999.9, file);
  const isPvgis = location[4].trim() === PVGIS_EPW_SOURCE;
  const city = location[1].trim();

  let dataStart = -1;
  let periodsLine = -1;
  for (let i = 1; i < lines.length; i++) {
    if (/^\s*\d/.test(lines[i])) {
      dataStart = i;
      break;
    }
    if (lines[i].toUpperCase().startsWith('DATA PERIODS')) periodsLine = i;
  }
  if (periodsLine === -1 || dataStart === -1) {
    throw new WeatherFileError(file, 'no DATA PERIODS record followed by data rows');
  }
  const recordsPerHour = lines[periodsLine].split(',')[2]?.trim();
  if (recordsPerHour !== '1') {
    throw new WeatherFileError(file, `${recordsPerHour ?? 'no'} records per hour: only hourly files (1) are read`, {
      line: periodsLine + 1,
      column: 'DATA PERIODS records per hour',
    });
  }

  let dataEnd = lines.length;
  while (dataEnd > dataStart && lines[dataEnd - 1].trim() === '') dataEnd--;
  const rows = dataEnd - dataStart;
  const year = new Int32Array(rows);
  const month = new Int32Array(rows);
  const day = new Int32Array(rows);
  const hourStart = new Int32Array(rows);
  const column = (field: EpwField): RawColumn => ({
    label: field.label,
    values: new Float64Array(rows),
  });
  const ghi = column(EPW_FIELDS.ghi);
  const dni = column(EPW_FIELDS.dni);
  const dhi = column(EPW_FIELDS.dhi);
  const tempAir = column(EPW_FIELDS.tempAir);
  const windSpeed = column(EPW_FIELDS.windSpeed);
  const albedo = column(EPW_FIELDS.albedo);
  let everyRowHasAlbedo = true;

  for (let r = 0; r < rows; r++) {
    const line = dataStart + r + 1;
    const fields = lines[dataStart + r].split(',');
    if (fields.length < MIN_DATA_FIELDS) {
      throw new WeatherFileError(
        file,
        `${fields.length} fields, expected 35 (at least ${MIN_DATA_FIELDS}, up to wind speed)`,
        { line },
      );
    }
    year[r] = readInteger(fields, 0, 'year', 1, 9999, file, line);
    month[r] = readInteger(fields, 1, 'month', 1, 12, file, line);
    day[r] = readInteger(fields, 2, 'day', 1, 31, file, line);
    hourStart[r] = readInteger(fields, 3, 'hour', 1, 24, file, line) - 1;
    tempAir.values[r] = readValue(fields, EPW_FIELDS.tempAir, file, line);
    ghi.values[r] = readValue(fields, EPW_FIELDS.ghi, file, line);
    dni.values[r] = readValue(fields, EPW_FIELDS.dni, file, line);
    dhi.values[r] = readValue(fields, EPW_FIELDS.dhi, file, line);
    windSpeed.values[r] = readValue(fields, EPW_FIELDS.windSpeed, file, line);
    if (fields.length > EPW_FIELDS.albedo.index) {
      albedo.values[r] = readValue(fields, EPW_FIELDS.albedo, file, line);
    } else {
      everyRowHasAlbedo = false;
    }
  }

  const warnings: string[] = [];
  let sunOffsetMinutes = 30;
  if (isPvgis) {
    if (timeZoneHours !== 0) {
      warnings.push(
        `LOCATION time zone ${timeZoneHours} h ignored: PVGIS writes its EPW rows in UTC (row 1 is 00:00–01:00 UTC)`,
      );
    }
    const offset = IRRADIANCE_TIME_OFFSET.exec(lines.slice(0, dataStart).join('\n'));
    if (offset) {
      sunOffsetMinutes = 60 + Number(offset[1]) * 60;
    } else {
      warnings.push('no "Irradiance Time Offset (h)" comment: sun position taken at mid-interval');
    }
  }

  return buildWeatherSeries({
    file,
    format: isPvgis ? 'pvgis-epw' : 'epw',
    site: {
      latitudeDeg,
      longitudeDeg,
      elevationM,
      ...(city !== '' && city !== '-' && city.toLowerCase() !== 'unknown' ? { name: city } : {}),
      utcOffsetHours: isPvgis ? 0 : timeZoneHours,
    },
    calendar: { year, month, day, hourStart },
    placeOfRow: (row) => ({ line: dataStart + row + 1 }),
    sunOffsetMinutes,
    ghi,
    dni,
    dhi,
    tempAir,
    windSpeed,
    albedo: everyRowHasAlbedo ? albedo : null,
    warnings,
  });
}

import { buildWeatherSeries, type RawColumn } from './buildWeatherSeries.js';
import { WeatherFileError } from './errors.js';
import { PVGIS_COLUMNS, pvgisTiming } from './pvgisTime.js';
import type { WeatherSeries } from './types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parse a PVGIS TMY file in JSON output format into an hourly series.
 *
 * Layout (PVGIS TMY tool, "Outputs, json"): `inputs.location` {latitude, longitude,
 * elevation, irradiance_time_offset (PVGIS ≥ 5.3)}, `outputs.tmy_hourly` one record per hour
 * with the same keys as the CSV columns (`time(UTC)`, `T2m`, `G(h)`, `Gb(n)`, `Gd(h)`,
 * `WS10m`, …). `Gb(n)` and `Gd(h)` may both be absent (then `hasBeamDiffuse` is false).
 *
 * @param text the whole file
 * @param file file name for messages
 * @returns the series with `format` 'pvgis-json'
 * @throws WeatherFileError (with the 1-based record number) on a bad document, key or value
 * @example parsePvgisJson(text, 'tmy.json').timeUtcMs[0]; // Date.UTC(2019, 0, 1)
 */
export function parsePvgisJson(text: string, file: string): WeatherSeries {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new WeatherFileError(file, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const inputs = isRecord(doc) && isRecord(doc.inputs) ? doc.inputs : null;
  const location = inputs && isRecord(inputs.location) ? inputs.location : null;
  const outputs = isRecord(doc) && isRecord(doc.outputs) ? doc.outputs : null;
  const records = outputs && Array.isArray(outputs.tmy_hourly) ? outputs.tmy_hourly : null;
  if (!location || !records) {
    throw new WeatherFileError(file, 'not a PVGIS TMY JSON: expected inputs.location and outputs.tmy_hourly');
  }
  const locationNumber = (key: string, min: number, max: number): number => {
    const value = location[key];
    if (typeof value !== 'number' || !(value >= min && value <= max)) {
      throw new WeatherFileError(file, `expected a number in [${min}, ${max}], found ${JSON.stringify(value)}`, {
        column: `inputs.location.${key}`,
      });
    }
    return value;
  };
  const latitudeDeg = locationNumber('latitude', -90, 90);
  const longitudeDeg = locationNumber('longitude', -180, 180);
  const elevationM = locationNumber('elevation', -1000, 9999.9);
  const offsetHours =
    location.irradiance_time_offset === undefined ? null : locationNumber('irradiance_time_offset', -1, 1);

  const rows = records.length;
  const hasBeamDiffuse = rows > 0 && isRecord(records[0]) && PVGIS_COLUMNS.dni in records[0];
  const times: string[] = new Array(rows);
  const column = (label: string): RawColumn => ({ label, values: new Float64Array(rows) });
  const ghi = column(PVGIS_COLUMNS.ghi);
  const dni = column(PVGIS_COLUMNS.dni);
  const dhi = column(PVGIS_COLUMNS.dhi);
  const tempAir = column(PVGIS_COLUMNS.tempAir);
  const windSpeed = column(PVGIS_COLUMNS.windSpeed);
  const read = (record: Record<string, unknown>, target: RawColumn, r: number): void => {
    const value = record[target.label];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new WeatherFileError(file, `expected a number, found ${JSON.stringify(value) ?? 'nothing'}`, {
        record: r + 1,
        column: target.label,
      });
    }
    target.values[r] = value + 0; // −0 → +0, as parseDecimal does for the text formats
  };
  for (let r = 0; r < rows; r++) {
    const record = records[r];
    if (!isRecord(record)) {
      throw new WeatherFileError(file, 'expected an object', { record: r + 1 });
    }
    const time = record[PVGIS_COLUMNS.time];
    times[r] = typeof time === 'string' ? time : String(time);
    read(record, ghi, r);
    read(record, tempAir, r);
    read(record, windSpeed, r);
    if (hasBeamDiffuse) {
      read(record, dni, r);
      read(record, dhi, r);
    }
  }

  const placeOfRow = (row: number) => ({ record: row + 1 });
  const warnings: string[] = [];
  const timing = pvgisTiming(times, offsetHours, file, placeOfRow, warnings);
  return buildWeatherSeries({
    file,
    format: 'pvgis-json',
    site: { latitudeDeg, longitudeDeg, elevationM, utcOffsetHours: 0 },
    calendar: timing.calendar,
    placeOfRow,
    sunOffsetMinutes: timing.sunOffsetMinutes,
    ghi,
    dni: hasBeamDiffuse ? dni : null,
    dhi: hasBeamDiffuse ? dhi : null,
    tempAir,
    windSpeed,
    albedo: null,
    warnings,
  });
}

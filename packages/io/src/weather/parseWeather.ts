import { parseEpw } from './epw.js';
import { WeatherFileError } from './errors.js';
import { parsePvgisCsv } from './pvgisCsv.js';
import { parsePvgisJson } from './pvgisJson.js';
import type { WeatherSeries } from './types.js';

/**
 * Parse a weather file of any supported format, recognised from its content (not its name):
 * EnergyPlus EPW or PVGIS EPW (first line `LOCATION,…`), PVGIS TMY JSON (a JSON object),
 * PVGIS TMY CSV (a `time(UTC),…` header row).
 *
 * @param text the whole file (a leading byte-order mark is ignored)
 * @param fileName file name, used in messages and in `series.source.file`
 * @returns the hourly series
 * @throws WeatherFileError when the format is not recognised or the file is malformed
 * @example parseWeather(await readFile('tmy.csv', 'utf8'), 'tmy.csv').source.format; // 'pvgis-csv'
 */
export function parseWeather(text: string, fileName: string): WeatherSeries {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^LOCATION,/i.test(body)) return parseEpw(body, fileName);
  if (body.trimStart().startsWith('{')) return parsePvgisJson(body, fileName);
  if (/^time\(UTC\),/m.test(body)) return parsePvgisCsv(body, fileName);
  throw new WeatherFileError(
    fileName,
    'unknown weather file format: expected an EnergyPlus EPW (first line LOCATION,…), a PVGIS TMY CSV (a time(UTC),… header row) or a PVGIS TMY JSON',
  );
}

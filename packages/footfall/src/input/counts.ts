import type { ParsedCounts } from './count-types.js';
import { parseLongCounts } from './counts-long.js';
import { parseMelbourneCounts } from './counts-melbourne.js';
import { parseSydneyCounts } from './counts-sydney.js';
import { parseCsv } from './csv.js';
import { FootfallInputError } from './errors.js';

/** Options for {@link parseCounts}. */
export interface ParseCountsOptions {
  /** Public holidays (`YYYY-MM-DD`, local dates) treated as Sundays. Default none. */
  holidays?: readonly string[];
}

/**
 * Read pedestrian counts from CSV text, detecting the layout from the header:
 * - `sydney-surveys`: City of Sydney walking count surveys — one row per site and survey day,
 *   columns `SiteID`, `Period` (weekday/weekend), `Year`, `DateFilter`, `Time_0600`…`Time_2300`;
 * - `melbourne-wide`: City of Melbourne hourly counts — `Date` (dd/mm/yyyy), `Hour` (0–23),
 *   then one column per sensor; `-1`, `undefined` and empty cells are missing;
 * - `long`: `site,timestamp,count[,mode]`, ISO 8601 timestamps with UTC offset, hourly counts,
 *   only pedestrian modes kept.
 *
 * @param text - file content
 * @param file - file name for messages
 * @throws FootfallInputError when the header matches none of the layouts
 */
export function parseCounts(text: string, file: string, options: ParseCountsOptions = {}): ParsedCounts {
  const table = parseCsv(text, file);
  const holidays = new Set(options.holidays ?? []);
  const lower = table.header.map((h) => h.toLowerCase());
  if (lower.includes('siteid') && lower.includes('time_0600')) {
    return parseSydneyCounts(table, file);
  }
  if (lower[0] === 'date' && lower[1] === 'hour') return parseMelbourneCounts(table, file, holidays);
  if (lower.includes('site') && lower.includes('timestamp') && lower.includes('count')) {
    return parseLongCounts(table, file, holidays);
  }
  throw new FootfallInputError(
    file,
    1,
    `unrecognised counts header "${table.header.slice(0, 4).join(',')}…": expected City of Sydney surveys (SiteID, Time_0600…), City of Melbourne hourly (Date, Hour, sensors…) or long (site, timestamp, count[, mode])`,
  );
}

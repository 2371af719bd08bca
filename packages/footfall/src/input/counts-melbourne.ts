import type { HourlyCount, ParsedCounts } from './count-types.js';
import type { CsvTable } from './csv.js';
import { dayTypeOfDate, isoDate, isValidDate } from './day-type.js';
import type { SkippedItem } from './errors.js';

/** Cell values that mean "no count" in the City of Melbourne files. */
const MISSING = new Set(['', '-1', 'undefined', 'na', 'nan', 'null']);

/**
 * City of Melbourne Pedestrian Counting System, wide hourly layout: `Date` (dd/mm/yyyy),
 * `Hour` (0–23), then one column per sensor named by its description. `-1`, `undefined`
 * and empty cells are missing values (not errors). Rows with a bad date or hour and cells
 * that are neither a count nor a missing marker are skipped and listed; columns with an
 * empty name (trailing commas) are ignored; a repeated sensor column is skipped.
 */
export function parseMelbourneCounts(table: CsvTable, file: string, holidays: ReadonlySet<string>): ParsedCounts {
  const counts: HourlyCount[] = [];
  const skipped: SkippedItem[] = [];
  const sensorCols: number[] = [];
  const seenNames = new Set<string>();
  for (let c = 2; c < table.header.length; c++) {
    const name = table.header[c];
    if (name === '') continue;
    if (seenNames.has(name)) {
      skipped.push({ file, line: 1, id: name, reason: `duplicate sensor column "${name}"` });
      continue;
    }
    seenNames.add(name);
    sensorCols.push(c);
  }
  const seenRows = new Set<string>();
  for (const { line, fields } of table.records) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((fields[0] ?? '').trim());
    const hour = Number(fields[1]);
    if (!m || !isValidDate(Number(m[3]), Number(m[2]), Number(m[1]))) {
      skipped.push({ file, line, id: null, reason: `Date "${fields[0] ?? ''}" is not dd/mm/yyyy` });
      continue;
    }
    if (!Number.isInteger(hour) || hour < 0 || hour > 23 || (fields[1] ?? '').trim() === '') {
      skipped.push({ file, line, id: null, reason: `Hour "${fields[1] ?? ''}" is not 0–23` });
      continue;
    }
    const year = Number(m[3]);
    const month = Number(m[2]);
    const dom = Number(m[1]);
    const day = isoDate(year, month, dom);
    if (seenRows.has(`${day} ${hour}`)) {
      skipped.push({ file, line, id: null, reason: `duplicate row for ${day} hour ${hour}` });
      continue;
    }
    seenRows.add(`${day} ${hour}`);
    const dayType = dayTypeOfDate(year, month, dom, holidays);
    for (const c of sensorCols) {
      const raw = (fields[c] ?? '').trim();
      if (MISSING.has(raw.toLowerCase())) continue;
      const v = Number(raw);
      if (!Number.isFinite(v) || v < 0) {
        skipped.push({
          file,
          line,
          id: table.header[c],
          reason: `count "${raw}" for ${table.header[c]} is not a count`,
        });
        continue;
      }
      counts.push({ siteId: table.header[c], day, year, dayType, hour, count: v });
    }
  }
  return { format: 'melbourne-wide', counts, dayHours: [0, 23], skipped, ignoredModes: {} };
}

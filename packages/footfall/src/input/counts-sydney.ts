import type { HourlyCount, ParsedCounts } from './count-types.js';
import type { CsvTable } from './csv.js';
import { FootfallInputError, type SkippedItem } from './errors.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** First and last survey hours of the City of Sydney walking counts (06:00–24:00). */
const FIRST_HOUR = 6;
const LAST_HOUR = 23;

/**
 * City of Sydney walking count surveys (one row per site and survey day, hourly columns
 * `Time_0600`…`Time_2300`). The survey day is identified by `Year`, the month named in
 * `DateFilter` ("2013 - Weekday - October") and `Period`; `weekend` surveys do not say which
 * weekend day, so their day type is `weekend`. Rows with a missing site, an unknown period,
 * a bad year or a non-numeric / negative hourly count are skipped; a second row for the same
 * site and survey day is skipped as a duplicate.
 */
export function parseSydneyCounts(table: CsvTable, file: string): ParsedCounts {
  const col = (name: string): number => {
    const i = table.header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (i < 0) throw new FootfallInputError(file, 1, `missing column ${name}`);
    return i;
  };
  const iSite = col('SiteID');
  const iPeriod = col('Period');
  const iYear = col('Year');
  const iFilter = table.header.findIndex((h) => h.toLowerCase() === 'datefilter');
  const hourCols: number[] = [];
  for (let h = FIRST_HOUR; h <= LAST_HOUR; h++) {
    hourCols.push(col(`Time_${String(h).padStart(2, '0')}00`));
  }
  const counts: HourlyCount[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of table.records) {
    const siteId = (fields[iSite] ?? '').trim();
    const skip = (reason: string) => skipped.push({ file, line, id: siteId || null, reason });
    if (siteId === '') {
      skip('missing SiteID');
      continue;
    }
    const period = (fields[iPeriod] ?? '').trim().toLowerCase();
    if (period !== 'weekday' && period !== 'weekend') {
      skip(`Period "${fields[iPeriod] ?? ''}" is neither weekday nor weekend`);
      continue;
    }
    const year = Number(fields[iYear]);
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      skip(`Year "${fields[iYear] ?? ''}" is not a year`);
      continue;
    }
    const filter = iFilter >= 0 ? (fields[iFilter] ?? '').toLowerCase() : '';
    const monthIndex = MONTHS.findIndex((m) => filter.includes(m));
    const monthKey = monthIndex >= 0 ? String(monthIndex + 1).padStart(2, '0') : '??';
    const day = `${year}-${monthKey} ${period}`;
    const values: number[] = [];
    let bad: string | null = null;
    for (let k = 0; k < hourCols.length; k++) {
      const raw = (fields[hourCols[k]] ?? '').trim();
      const v = Number(raw);
      if (raw === '' || !Number.isFinite(v) || v < 0) {
        bad = `${table.header[hourCols[k]]} "${raw}" is not a count`;
        break;
      }
      values.push(v);
    }
    if (bad !== null) {
      skip(bad);
      continue;
    }
    const key = `${siteId}\u0000${day}`;
    if (seen.has(key)) {
      skip(`duplicate survey for site ${siteId} on ${day}`);
      continue;
    }
    seen.add(key);
    const dayType = period === 'weekday' ? 'weekday' : 'weekend';
    for (let k = 0; k < values.length; k++) {
      counts.push({ siteId, day, year, dayType, hour: FIRST_HOUR + k, count: values[k] });
    }
  }
  return {
    format: 'sydney-surveys',
    counts,
    dayHours: [FIRST_HOUR, LAST_HOUR],
    skipped,
    ignoredModes: {},
  };
}

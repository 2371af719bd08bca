import type { HourlyCount, ParsedCounts } from './count-types.js';
import type { CsvTable } from './csv.js';
import { dayTypeOfDate, isoDate, isValidDate } from './day-type.js';
import { FootfallInputError, type SkippedItem } from './errors.js';

/** `mode` values read as pedestrians (case-insensitive; English and French exports). */
const PEDESTRIAN_MODES = new Set([
  'pedestrian',
  'pedestrians',
  'foot',
  'walk',
  'walking',
  'piéton',
  'piétons',
  'pieton',
  'pietons',
]);

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(00)(?::00(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Long layout `site,timestamp,count[,mode]`: one hourly count per row, `timestamp` ISO 8601
 * with an explicit UTC offset (`2024-03-05T08:00:00+01:00` or `Z`). The hour and the day are
 * taken in the offset's local time as written (the counter's local clock). Rows whose
 * `mode` is not pedestrian are counted in `ignoredModes`; rows with a missing site, a
 * timestamp without offset, or a non-numeric / negative count are skipped, as is a second
 * row for the same site and hour.
 */
export function parseLongCounts(table: CsvTable, file: string, holidays: ReadonlySet<string>): ParsedCounts {
  const lower = table.header.map((h) => h.toLowerCase());
  const iSite = lower.indexOf('site');
  const iTime = lower.indexOf('timestamp');
  const iCount = lower.indexOf('count');
  const iMode = lower.indexOf('mode');
  if (iSite < 0 || iTime < 0 || iCount < 0) {
    throw new FootfallInputError(file, 1, 'long counts need columns site, timestamp, count');
  }
  const counts: HourlyCount[] = [];
  const skipped: SkippedItem[] = [];
  const ignoredModes: Record<string, number> = {};
  const seen = new Set<string>();
  for (const { line, fields } of table.records) {
    const siteId = (fields[iSite] ?? '').trim();
    const skip = (reason: string) => skipped.push({ file, line, id: siteId || null, reason });
    if (siteId === '') {
      skip('missing site');
      continue;
    }
    if (iMode >= 0) {
      const mode = (fields[iMode] ?? '').trim();
      if (mode !== '' && !PEDESTRIAN_MODES.has(mode.toLowerCase())) {
        ignoredModes[mode] = (ignoredModes[mode] ?? 0) + 1;
        continue;
      }
    }
    const stamp = (fields[iTime] ?? '').trim();
    const m = ISO_WITH_OFFSET.exec(stamp);
    const year = m ? Number(m[1]) : Number.NaN;
    const month = m ? Number(m[2]) : Number.NaN;
    const dom = m ? Number(m[3]) : Number.NaN;
    const hour = m ? Number(m[4]) : Number.NaN;
    if (!m || !isValidDate(year, month, dom) || hour > 23) {
      skip(`timestamp "${stamp}" is not an ISO 8601 hour start (HH:00) with a UTC offset`);
      continue;
    }
    const raw = (fields[iCount] ?? '').trim();
    const count = Number(raw);
    if (raw === '' || !Number.isFinite(count) || count < 0) {
      skip(`count "${raw}" is not a count`);
      continue;
    }
    const day = isoDate(year, month, dom);
    const key = `${siteId}\u0000${day}\u0000${hour}`;
    if (seen.has(key)) {
      skip(`duplicate count for site ${siteId} at ${day} ${hour}h`);
      continue;
    }
    seen.add(key);
    counts.push({
      siteId,
      day,
      year,
      dayType: dayTypeOfDate(year, month, dom, holidays),
      hour,
      count,
    });
  }
  return { format: 'long', counts, dayHours: [0, 23], skipped, ignoredModes };
}

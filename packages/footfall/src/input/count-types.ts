import type { DayType } from './day-type.js';
import type { SkippedItem } from './errors.js';

/** One hourly pedestrian count at a site. */
export interface HourlyCount {
  /** Site identifier as written in the counts file. */
  siteId: string;
  /** Day key, unique per survey day of the site (ISO date, or `YYYY-MM weekday` for surveys). */
  day: string;
  /** Calendar year of the day. */
  year: number;
  dayType: DayType;
  /** Local hour of day at the start of the count interval, 0–23. */
  hour: number;
  /** Pedestrians counted in that hour (both directions) [pedestrians/h]. */
  count: number;
}

/** Supported count file layouts. */
export type CountsFormat = 'sydney-surveys' | 'melbourne-wide' | 'long';

/** Counts read from one file. */
export interface ParsedCounts {
  format: CountsFormat;
  counts: HourlyCount[];
  /** Local hours covered by a complete survey day: [first, last] inclusive (0–23). */
  dayHours: [number, number];
  /** Rows or cells left out, with file, line and reason. */
  skipped: SkippedItem[];
  /** Rows of the long format ignored because their `mode` is not pedestrian, by mode. */
  ignoredModes: Record<string, number>;
}

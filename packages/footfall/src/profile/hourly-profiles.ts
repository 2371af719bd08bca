import type { HourlyCount } from '../input/count-types.js';
import type { DayType } from '../input/day-type.js';

/** Mean hourly counts of one site for one day type. */
export interface DayTypeProfile {
  dayType: DayType;
  /** Days contributing at least one hour. */
  dayCount: number;
  /** Mean count per local hour 0–23 over the days observed at that hour [pedestrians/h]; NaN when never observed. */
  meanByHour: Float64Array;
  /** Share of the day's pedestrians in each hour (meanByHour / Σ meanByHour over observed hours); NaN where unobserved. */
  shareByHour: Float64Array;
  /** Σ meanByHour over observed hours [pedestrians/day]. */
  dailyMean: number;
}

/** Hour-of-day × day-type profiles of one site. */
export interface SiteProfile {
  siteId: string;
  profiles: DayTypeProfile[];
}

const DAY_TYPE_ORDER: readonly DayType[] = ['weekday', 'saturday', 'sunday-holiday', 'weekend'];

/**
 * Hour-of-day × day-type profiles per site: for each site, day type and local hour, the mean
 * of the counts observed at that hour (missing hours are left out, not read as 0), and the
 * hourly shares of the resulting mean day.
 *
 * @param counts - hourly counts (see `parseCounts`)
 * @example hourlyProfiles(parseCounts(csv, 'counts.csv').counts)[0].profiles[0].shareByHour[8]
 */
export function hourlyProfiles(counts: readonly HourlyCount[]): SiteProfile[] {
  const acc = new Map<string, Map<DayType, { sum: Float64Array; n: Float64Array; days: Set<string> }>>();
  for (const c of counts) {
    let bySite = acc.get(c.siteId);
    if (!bySite) {
      bySite = new Map();
      acc.set(c.siteId, bySite);
    }
    let a = bySite.get(c.dayType);
    if (!a) {
      a = { sum: new Float64Array(24), n: new Float64Array(24), days: new Set() };
      bySite.set(c.dayType, a);
    }
    a.sum[c.hour] += c.count;
    a.n[c.hour]++;
    a.days.add(c.day);
  }
  const out: SiteProfile[] = [];
  for (const [siteId, bySite] of acc) {
    const profiles: DayTypeProfile[] = [];
    for (const dayType of DAY_TYPE_ORDER) {
      const a = bySite.get(dayType);
      if (!a) continue;
      const meanByHour = new Float64Array(24);
      let daily = 0;
      for (let h = 0; h < 24; h++) {
        meanByHour[h] = a.n[h] > 0 ? a.sum[h] / a.n[h] : Number.NaN;
        if (a.n[h] > 0) daily += meanByHour[h];
      }
      const shareByHour = meanByHour.map((m) => (daily > 0 ? m / daily : Number.NaN));
      profiles.push({ dayType, dayCount: a.days.size, meanByHour, shareByHour, dailyMean: daily });
    }
    out.push({ siteId, profiles });
  }
  return out;
}

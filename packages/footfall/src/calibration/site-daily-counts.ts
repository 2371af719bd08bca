import type { HourlyCount } from '../input/count-types.js';
import type { DayType } from '../input/day-type.js';

/** Mean daily count of one site over its selected complete days. */
export interface SiteDailyCount {
  siteId: string;
  /** Mean over the selected complete days of the day total [pedestrians/day]. */
  dailyMean: number;
  /** Number of complete days averaged. */
  dayCount: number;
}

/** Options for {@link siteDailyCounts}. */
export interface SiteDailyCountOptions {
  /** Local hours a complete day covers, inclusive (e.g. [6, 23] for the Sydney surveys). */
  dayHours: [number, number];
  /** Day types kept; default `['weekday']`. */
  dayTypes?: readonly DayType[];
  /** Calendar years kept, inclusive [from, to]; default all. */
  years?: [number, number];
}

/** Why a site has no daily count. */
export interface SiteWithoutDailyCount {
  siteId: string;
  reason: string;
}

/** True when `year` lies in the inclusive range, or no range is given. */
export function inYearRange(year: number, years?: [number, number]): boolean {
  return !years || (year >= years[0] && year <= years[1]);
}

/**
 * Mean daily pedestrian count per site: the hourly counts of each day are summed over
 * `dayHours` when every hour of that window is present (incomplete days are left out), and
 * the day totals of the selected day types and years are averaged.
 *
 * @returns the sites with at least one selected complete day, and the others with a reason
 */
export function siteDailyCounts(
  counts: readonly HourlyCount[],
  options: SiteDailyCountOptions,
): { sites: SiteDailyCount[]; without: SiteWithoutDailyCount[] } {
  const [h0, h1] = options.dayHours;
  const need = h1 - h0 + 1;
  const dayTypes = new Set(options.dayTypes ?? ['weekday']);
  const days = new Map<string, { siteId: string; total: number; hours: number; selected: boolean }>();
  const siteOrder: string[] = [];
  const seenSite = new Set<string>();
  for (const c of counts) {
    if (!seenSite.has(c.siteId)) {
      seenSite.add(c.siteId);
      siteOrder.push(c.siteId);
    }
    if (c.hour < h0 || c.hour > h1) continue;
    const key = `${c.siteId}\u0000${c.day}`;
    let d = days.get(key);
    if (!d) {
      const inYears = inYearRange(c.year, options.years);
      d = { siteId: c.siteId, total: 0, hours: 0, selected: inYears && dayTypes.has(c.dayType) };
      days.set(key, d);
    }
    d.total += c.count;
    d.hours++;
  }
  const sum = new Map<string, { total: number; n: number }>();
  for (const d of days.values()) {
    if (!d.selected || d.hours !== need) continue;
    const s = sum.get(d.siteId) ?? { total: 0, n: 0 };
    s.total += d.total;
    s.n++;
    sum.set(d.siteId, s);
  }
  const sites: SiteDailyCount[] = [];
  const without: SiteWithoutDailyCount[] = [];
  const years = options.years ? ` in ${options.years[0]}–${options.years[1]}` : '';
  for (const id of siteOrder) {
    const s = sum.get(id);
    if (s) sites.push({ siteId: id, dailyMean: s.total / s.n, dayCount: s.n });
    else without.push({ siteId: id, reason: `no complete ${[...dayTypes].join('/')} day${years}` });
  }
  return { sites, without };
}

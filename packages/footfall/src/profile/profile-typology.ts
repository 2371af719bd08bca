import type { SiteProfile } from './hourly-profiles.js';

/** Location types by the shape of their pedestrian profile. */
export type ProfileType = 'commuter' | 'lunch' | 'evening' | 'weekend-tourist';

/**
 * Local-hour windows of the typology: commuter peaks 07–10 h and 16–19 h, lunch 11–14 h,
 * evening 19–24 h (start hours, inclusive).
 */
export const PROFILE_WINDOWS: Readonly<Record<'commuter' | 'lunch' | 'evening', readonly number[]>> = {
  commuter: [7, 8, 9, 16, 17, 18],
  lunch: [11, 12, 13],
  evening: [19, 20, 21, 22, 23],
};

/** Typology of one site with the indices it was decided on. */
export interface SiteTypology {
  siteId: string;
  type: ProfileType;
  /**
   * Location quotients: the site's weekday share in each window (and its weekend/weekday
   * daily ratio) divided by the mean of the same quantity over all typed sites; 1 = average.
   */
  quotients: Record<ProfileType, number>;
}

function windowShare(shares: Float64Array, hours: readonly number[]): number {
  let s = 0;
  for (const h of hours) s += shares[h];
  return s;
}

/**
 * Classify sites as commuter, lunch, evening or weekend/tourist locations by location
 * quotients of their profile shape: for each window w (see {@link PROFILE_WINDOWS}) the
 * site's weekday share S_w divided by the mean S̄_w over the sites, and for weekends the ratio
 * of the weekend to the weekday daily mean divided by its mean over sites. The type is the
 * largest quotient — the trait in which the site stands out most from the others.
 * Sites without a weekday profile covering every window hour, or without a weekend profile
 * (Saturday, Sunday/holiday or unspecified weekend), are not typed (absent from the output).
 *
 * @see Isard W., "Methods of Regional Analysis", MIT Press, 1960, ch. 7 (location quotient).
 */
export function profileTypology(sites: readonly SiteProfile[]): SiteTypology[] {
  const rows: { siteId: string; v: Record<ProfileType, number> }[] = [];
  for (const s of sites) {
    const weekday = s.profiles.find((p) => p.dayType === 'weekday');
    const weekendDays = s.profiles.filter((p) => p.dayType !== 'weekday');
    if (!weekday || weekendDays.length === 0 || !(weekday.dailyMean > 0)) continue;
    const hours = [...PROFILE_WINDOWS.commuter, ...PROFILE_WINDOWS.lunch, ...PROFILE_WINDOWS.evening];
    if (hours.some((h) => Number.isNaN(weekday.shareByHour[h]))) continue;
    let weekendDaily = 0;
    let weekendN = 0;
    for (const p of weekendDays) {
      weekendDaily += p.dailyMean * p.dayCount;
      weekendN += p.dayCount;
    }
    rows.push({
      siteId: s.siteId,
      v: {
        commuter: windowShare(weekday.shareByHour, PROFILE_WINDOWS.commuter),
        lunch: windowShare(weekday.shareByHour, PROFILE_WINDOWS.lunch),
        evening: windowShare(weekday.shareByHour, PROFILE_WINDOWS.evening),
        'weekend-tourist': weekendDaily / weekendN / weekday.dailyMean,
      },
    });
  }
  const types: ProfileType[] = ['commuter', 'lunch', 'evening', 'weekend-tourist'];
  const mean = Object.fromEntries(types.map((t) => [t, rows.reduce((a, r) => a + r.v[t], 0) / rows.length])) as Record<
    ProfileType,
    number
  >;
  return rows.map((r) => {
    const quotients = Object.fromEntries(types.map((t) => [t, r.v[t] / mean[t]])) as Record<ProfileType, number>;
    let type: ProfileType = 'commuter';
    for (const t of types) if (quotients[t] > quotients[type]) type = t;
    return { siteId: r.siteId, type, quotients };
  });
}

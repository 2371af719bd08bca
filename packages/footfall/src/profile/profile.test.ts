import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HourlyCount } from '../input/count-types.js';
import { parseCounts } from '../input/counts.js';
import { hourlyProfiles, type SiteProfile } from './hourly-profiles.js';
import { PROFILE_WINDOWS, profileTypology } from './profile-typology.js';

describe('hourlyProfiles', () => {
  it('averages each hour over the days observed at that hour', () => {
    const c = (day: string, hour: number, count: number): HourlyCount => ({
      siteId: 'A',
      day,
      year: 2019,
      dayType: 'weekday',
      hour,
      count,
    });
    // Hour 8: (10 + 20)/2 = 15; hour 9 only on d1: 30; mean day 45; share of 8 h = 1/3.
    const [a] = hourlyProfiles([c('d1', 8, 10), c('d1', 9, 30), c('d2', 8, 20)]);
    const p = a.profiles[0];
    expect(p.dayCount).toBe(2);
    expect(p.meanByHour[8]).toBe(15);
    expect(p.meanByHour[9]).toBe(30);
    expect(Number.isNaN(p.meanByHour[10])).toBe(true);
    expect(p.dailyMean).toBe(45);
    expect(p.shareByHour[8]).toBeCloseTo(1 / 3, 15);
  });
});

describe('profileTypology', () => {
  /** A site whose weekday window shares are spread evenly over the window hours. */
  function site(id: string, commuter: number, lunch: number, evening: number, weekendRatio: number): SiteProfile {
    const share = new Float64Array(24);
    for (const h of PROFILE_WINDOWS.commuter) share[h] = commuter / PROFILE_WINDOWS.commuter.length;
    for (const h of PROFILE_WINDOWS.lunch) share[h] = lunch / PROFILE_WINDOWS.lunch.length;
    for (const h of PROFILE_WINDOWS.evening) share[h] = evening / PROFILE_WINDOWS.evening.length;
    const weekday = {
      dayType: 'weekday' as const,
      dayCount: 5,
      meanByHour: share.map((s) => 1000 * s),
      shareByHour: share,
      dailyMean: 1000,
    };
    const weekend = {
      dayType: 'weekend' as const,
      dayCount: 2,
      meanByHour: new Float64Array(24),
      shareByHour: new Float64Array(24),
      dailyMean: 1000 * weekendRatio,
    };
    return { siteId: id, profiles: [weekday, weekend] };
  }
  it('types sites by their largest location quotient', () => {
    // Means over X and Y: commuter 0.4, lunch 0.15, evening 0.25, weekend ratio 1.0.
    // X: 0.6/0.4 = 1.5, 0.1/0.15 = 0.667, 0.1/0.25 = 0.4, 0.5/1 = 0.5 → commuter.
    // Y: 0.2/0.4 = 0.5, 0.2/0.15 = 1.333, 0.4/0.25 = 1.6, 1.5/1 = 1.5 → evening.
    const t = profileTypology([site('X', 0.6, 0.1, 0.1, 0.5), site('Y', 0.2, 0.2, 0.4, 1.5)]);
    expect(t.map((s) => s.type)).toEqual(['commuter', 'evening']);
    expect(t[1].quotients.evening).toBeCloseTo(1.6, 12);
    expect(t[1].quotients['weekend-tourist']).toBeCloseTo(1.5, 12);
  });
});

describe('Melbourne pedestrian counting system, January 2019', () => {
  // ../shared/data/melbourne-pedestrian-counts (PROVENANCE.md): 744 rows = 31 days × 24 h,
  // 57 sensor columns. Victorian public holidays in January 2019: New Year's Day (Tue 1 Jan)
  // and Australia Day observed (Mon 28 Jan) — Public Holidays Act 1993 (Vic), 2019 dates
  // gazetted by Business Victoria.
  const url = new URL(
    '../../../../../shared/data/melbourne-pedestrian-counts/hourly_counts_January_2019.csv',
    import.meta.url,
  );
  const counts = parseCounts(readFileSync(url, 'utf8'), 'hourly_counts_January_2019.csv', {
    holidays: ['2019-01-01', '2019-01-28'],
  });
  const profiles = hourlyProfiles(counts.counts);
  const typology = new Map(profileTypology(profiles).map((t) => [t.siteId, t.type]));

  it('reads the wide layout with its day types', () => {
    expect(counts.format).toBe('melbourne-wide');
    expect(counts.skipped).toEqual([]);
    // 57 sensor columns, of which 4 hold only missing values all month (Flagstaff Station,
    // Flinders St-Elizabeth St (East), Elizabeth St-La Trobe St (East): −1; City Square: undefined).
    expect(profiles.length).toBe(53);
    const underpass = profiles.find((p) => p.siteId === 'Flinders Street Station Underpass');
    // January 2019: 23 weekdays − 2 holidays = 21; 4 Saturdays; 4 Sundays + 2 holidays = 6.
    expect(underpass?.profiles.map((p) => [p.dayType, p.dayCount])).toEqual([
      ['weekday', 21],
      ['saturday', 4],
      ['sunday-holiday', 6],
    ]);
  });

  it('finds the weekday commuter peaks at a railway station entrance', () => {
    // Flinders Street Station is Melbourne's main suburban rail terminus: the weekday profile
    // of its underpass must peak in the morning (07–10 h) or evening (16–19 h) commute.
    const p = profiles.find((s) => s.siteId === 'Flinders Street Station Underpass')?.profiles[0];
    const m = Array.from(p?.meanByHour ?? []);
    const peak = m.indexOf(Math.max(...m));
    expect(PROFILE_WINDOWS.commuter).toContain(peak);
  });

  it('types stations as commuter, the Lygon St restaurant strip as evening and the Docklands waterfront as weekend', () => {
    // Southern Cross and Flinders Street are the two main railway stations; Lygon Street
    // (Carlton) is Melbourne's Italian restaurant strip; Waterfront City and New Quay are the
    // Docklands leisure waterfront.
    expect(typology.get('Southern Cross Station')).toBe('commuter');
    expect(typology.get('Flinders Street Station Underpass')).toBe('commuter');
    expect(typology.get('Lygon St (West)')).toBe('evening');
    expect(typology.get('Waterfront City')).toBe('weekend-tourist');
    expect(typology.get('New Quay')).toBe('weekend-tourist');
  });
});

import type { ProfilesJson } from '@gisement/footfall';
import { describe, expect, it } from 'vitest';
import { premisesDetails, segmentEstimate, segmentHourly } from './footfallDetails.js';

const shares = Array.from({ length: 24 }, (_, h): number | null => (h === 3 ? null : h < 12 ? 0.05 : 0.04));
const PROFILES = {
  windows: {},
  sites: [
    {
      siteId: 'C1',
      type: 'lunch',
      quotients: null,
      profiles: [
        { dayType: 'saturday', dayCount: 4, dailyMean: 10, meanByHour: [], shareByHour: [] },
        { dayType: 'weekday', dayCount: 19, dailyMean: 900, meanByHour: [], shareByHour: shares },
      ],
    },
  ],
} as unknown as ProfilesJson;

describe('segmentEstimate / segmentHourly', () => {
  it('reads a segment and spreads its daily estimate over its counter’s weekday shares', () => {
    const s = segmentEstimate({
      segment: 4,
      wayId: 'S01',
      highway: 'primary',
      lengthM: 99.7,
      footfallDaily: 1000,
      footfallLow: 400,
      footfallHigh: 2500,
      extrapolated: true,
      clampedPredictors: 'ln1p_density200',
      profileType: 'lunch',
      profileSite: 'C1',
    });
    expect(s).toEqual({
      segment: '4',
      wayId: 'S01',
      highway: 'primary',
      lengthM: 99.7,
      daily: 1000,
      low: 400,
      high: 2500,
      extrapolated: true,
      clampedPredictors: 'ln1p_density200',
      profileType: 'lunch',
      profileSite: 'C1',
    });
    const hourly = segmentHourly(s, PROFILES);
    expect(hourly?.[0]).toBeCloseTo(50, 9);
    expect(hourly?.[3]).toBeNaN();
    expect(hourly?.[20]).toBeCloseTo(40, 9);
  });

  it('gives no hourly estimate without a profile counter, and NaN / null for missing fields', () => {
    const s = segmentEstimate({ segment: 1, footfallDaily: 'many', profileSite: '' });
    expect(s.daily).toBeNaN();
    expect(s.profileSite).toBeNull();
    expect(s.extrapolated).toBe(false);
    expect(s.clampedPredictors).toBeNull();
    expect(segmentHourly(s, PROFILES)).toBeNull();
    expect(segmentHourly({ ...s, profileSite: 'C9' }, PROFILES)).toBeNull();
  });
});

describe('premisesDetails', () => {
  it('reads the score and its parts', () => {
    // `gisement footfall` on data-samples/albi (25 counters, flows simulated by
    // data-samples/src/pedestrian-flows.ts): premises.geojson, first feature (V02).
    const p = premisesDetails({
      id: 'V02',
      rank: 1,
      score: 0.611,
      partFootfall: 0.333,
      partHuff: 1,
      partCompetition: 0.5,
      passingFootfallDaily: 3937,
      huffPatronageDaily: 4070,
      competitors: 16,
    });
    expect(p).toEqual({
      id: 'V02',
      rank: 1,
      score: 0.611,
      partFootfall: 0.333,
      partHuff: 1,
      partCompetition: 0.5,
      passingFootfallDaily: 3937,
      huffPatronageDaily: 4070,
      competitors: 16,
    });
    expect(premisesDetails({}).rank).toBeNaN();
  });
});

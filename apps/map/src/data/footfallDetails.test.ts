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
    // data-samples run of `gisement footfall`: premises.geojson, first feature (V03).
    const p = premisesDetails({
      id: 'V03',
      rank: 1,
      score: 0.833,
      partFootfall: 1,
      partHuff: 1,
      partCompetition: 0.5,
      passingFootfallDaily: 1067,
      huffPatronageDaily: 3497,
      competitors: 16,
    });
    expect(p).toEqual({
      id: 'V03',
      rank: 1,
      score: 0.833,
      partFootfall: 1,
      partHuff: 1,
      partCompetition: 0.5,
      passingFootfallDaily: 1067,
      huffPatronageDaily: 3497,
      competitors: 16,
    });
    expect(premisesDetails({}).rank).toBeNaN();
  });
});

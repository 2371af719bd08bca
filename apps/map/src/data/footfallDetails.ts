import type { ProfilesJson } from '@gisement/footfall';

/** A street segment's estimate, read from a `footfall.geojson` feature's properties. */
export interface SegmentEstimate {
  /** Segment number (edge index of the street graph), as text. */
  segment: string;
  wayId: string;
  highway: string;
  lengthM: number;
  /** Median estimate of a weekday [pedestrians/day]. */
  daily: number;
  /** 80 % interval: 10th and 90th percentiles [pedestrians/day]. */
  low: number;
  high: number;
  /**
   * True when a predictor of the segment lay outside the counters' range and was clamped
   * (the estimate is held at the edge of the calibrated range, its interval widened).
   */
  extrapolated: boolean;
  /** Names of the clamped predictors, comma-separated; null inside the range. */
  clampedPredictors: string | null;
  /** Profile type of the nearest typed counter and that counter's id; null when none. */
  profileType: string | null;
  profileSite: string | null;
}

function numberOf(properties: Readonly<Record<string, unknown>>, name: string): number {
  const value = properties[name];
  return typeof value === 'number' ? value : Number.NaN;
}

function textOf(properties: Readonly<Record<string, unknown>>, name: string): string | null {
  const value = properties[name];
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null;
}

/**
 * A segment's estimate from its `footfall.geojson` properties (`footfallGeoJson` of
 * `@gisement/footfall`); missing numbers become NaN, empty texts null, a missing
 * `extrapolated` false.
 * @example segmentEstimate(feature.properties).daily // 1662
 */
export function segmentEstimate(properties: Readonly<Record<string, unknown>>): SegmentEstimate {
  return {
    segment: textOf(properties, 'segment') ?? '',
    wayId: textOf(properties, 'wayId') ?? '',
    highway: textOf(properties, 'highway') ?? '',
    lengthM: numberOf(properties, 'lengthM'),
    daily: numberOf(properties, 'footfallDaily'),
    low: numberOf(properties, 'footfallLow'),
    high: numberOf(properties, 'footfallHigh'),
    extrapolated: properties.extrapolated === true,
    clampedPredictors: textOf(properties, 'clampedPredictors'),
    profileType: textOf(properties, 'profileType'),
    profileSite: textOf(properties, 'profileSite'),
  };
}

/**
 * A segment's hourly estimate on a weekday: its daily estimate times the hourly shares of its
 * profile counter's weekday profile (the model's hourly estimate, `runFootfall`
 * `segmentProfileCounter`).
 * @param estimate the segment ({@link segmentEstimate})
 * @param profiles the counters' profiles (`profiles.json`)
 * @returns 24 values, local hours 0–23 [pedestrians/h], NaN for an unobserved hour; null
 *   when the segment has no profile counter or it has no weekday profile
 * @example segmentHourly(estimate, footfall.profiles)?.[8]
 */
export function segmentHourly(estimate: SegmentEstimate, profiles: ProfilesJson): number[] | null {
  const site = profiles.sites.find((s) => s.siteId === estimate.profileSite);
  const weekday = site?.profiles.find((p) => p.dayType === 'weekday');
  if (!weekday) return null;
  return weekday.shareByHour.map((share) => (share === null ? Number.NaN : share * estimate.daily));
}

/** A scored premises, read from a `premises.geojson` feature's properties. */
export interface PremisesDetails {
  id: string;
  rank: number;
  /** Score [0–1]: mean of its parts. */
  score: number;
  /** Parts of the score, percentile ranks among the candidates [0–1]. */
  partFootfall: number;
  partHuff: number;
  partCompetition: number;
  /** Footfall passing by [pedestrians/day] and Huff patronage [pedestrians/day]. */
  passingFootfallDaily: number;
  huffPatronageDaily: number;
  /** Competing shops within reach. */
  competitors: number;
}

/**
 * A premises' score and its parts from its `premises.geojson` properties (`premisesGeoJson`
 * of `@gisement/footfall`); missing numbers become NaN.
 * @example premisesDetails(feature.properties).partHuff
 */
export function premisesDetails(properties: Readonly<Record<string, unknown>>): PremisesDetails {
  return {
    id: textOf(properties, 'id') ?? '',
    rank: numberOf(properties, 'rank'),
    score: numberOf(properties, 'score'),
    partFootfall: numberOf(properties, 'partFootfall'),
    partHuff: numberOf(properties, 'partHuff'),
    partCompetition: numberOf(properties, 'partCompetition'),
    passingFootfallDaily: numberOf(properties, 'passingFootfallDaily'),
    huffPatronageDaily: numberOf(properties, 'huffPatronageDaily'),
    competitors: numberOf(properties, 'competitors'),
  };
}

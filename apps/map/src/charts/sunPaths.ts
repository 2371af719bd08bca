import { solarPositionSpa } from '@gisement/core';

/** A sun position on a chart of the sky. */
export interface SkyPoint {
  /** Azimuth clockwise from true north [°]. */
  azimuthDeg: number;
  /** Elevation above the horizontal, refraction left out [°]. */
  elevationDeg: number;
}

/** Minutes between two points of a sun path. */
const STEP_MINUTES = 10;
const MS_PER_MINUTE = 60_000;

/**
 * The sun's path across one UTC day, by NREL's SPA (`solarPositionSpa`), every 10 minutes
 * while it is above the horizon.
 * @param latitudeDeg observer latitude [°]
 * @param longitudeDeg observer longitude [°, east positive]
 * @param dayUtcMs midnight UTC starting the day [ms since 1970-01-01T00:00Z]
 * @returns the points with elevation > 0, in time order
 * @see Reda I., Andreas A., Solar Energy 76(5):577–589, 2004 (SPA)
 * @example sunPath(43.93, 2.15, Date.UTC(2024, 5, 20))
 */
export function sunPath(latitudeDeg: number, longitudeDeg: number, dayUtcMs: number): SkyPoint[] {
  const points: SkyPoint[] = [];
  for (let minute = 0; minute <= 24 * 60; minute += STEP_MINUTES) {
    const sun = solarPositionSpa({ timeUtcMs: dayUtcMs + minute * MS_PER_MINUTE, latitudeDeg, longitudeDeg });
    if (sun.elevationDeg > 0) points.push({ azimuthDeg: sun.azimuthDeg, elevationDeg: sun.elevationDeg });
  }
  return points;
}

/**
 * The sun paths of the June and December solstices of 2024 (20 June and 21 December, UTC
 * dates of the solstices: IMCCE, Annuaire du Bureau des longitudes 2024).
 * @param latitudeDeg observer latitude [°]
 * @param longitudeDeg observer longitude [°, east positive]
 * @returns both paths ({@link sunPath})
 * @example solsticePaths(43.93, 2.15).june
 */
export function solsticePaths(latitudeDeg: number, longitudeDeg: number): { june: SkyPoint[]; december: SkyPoint[] } {
  return {
    june: sunPath(latitudeDeg, longitudeDeg, Date.UTC(2024, 5, 20)),
    december: sunPath(latitudeDeg, longitudeDeg, Date.UTC(2024, 11, 21)),
  };
}

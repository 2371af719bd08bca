/** Mean Earth radius [m] (IUGG R1, Moritz 2000, "Geodetic Reference System 1980"). */
export const EARTH_RADIUS_M = 6371008.8;

/**
 * A local equirectangular (equidistant cylindrical) projection centred on
 * (`lon0Deg`, `lat0Deg`), metres east (x) and north (y) of the centre:
 *
 *   x = R · (λ − λ0) · cos φ0,   y = R · (φ − φ0)
 *
 * (Snyder J.P., "Map Projections — A Working Manual", USGS Professional Paper 1395, 1987,
 * §12 eqs. 12-1, 12-2, with the standard parallel φ1 = φ0). Over a city (±5 km) the
 * east–west scale error is ≈ tan φ0 · Δφ (< 0.1 % at 45° latitude), well inside the
 * snapping tolerances used here.
 */
export interface LocalProjection {
  /** Centre longitude [deg]. */
  lon0Deg: number;
  /** Centre latitude [deg]. */
  lat0Deg: number;
  /** Metres per degree of longitude at the centre [m/deg]. */
  metresPerDegLon: number;
  /** Metres per degree of latitude [m/deg]. */
  metresPerDegLat: number;
}

/**
 * Build a {@link LocalProjection} centred on the given point.
 *
 * @param lon0Deg - centre longitude [deg, east positive]
 * @param lat0Deg - centre latitude [deg, north positive]
 * @example localProjection(151.21, -33.87).metresPerDegLat // ≈ 111 195
 */
export function localProjection(lon0Deg: number, lat0Deg: number): LocalProjection {
  const k = (Math.PI / 180) * EARTH_RADIUS_M;
  return {
    lon0Deg,
    lat0Deg,
    metresPerDegLon: k * Math.cos((lat0Deg * Math.PI) / 180),
    metresPerDegLat: k,
  };
}

/** Project longitude [deg] to local x [m east of the centre]. */
export function projectX(p: LocalProjection, lonDeg: number): number {
  return (lonDeg - p.lon0Deg) * p.metresPerDegLon;
}

/** Project latitude [deg] to local y [m north of the centre]. */
export function projectY(p: LocalProjection, latDeg: number): number {
  return (latDeg - p.lat0Deg) * p.metresPerDegLat;
}

/** Inverse of {@link projectX}: local x [m] → longitude [deg]. */
export function unprojectLon(p: LocalProjection, xM: number): number {
  return p.lon0Deg + xM / p.metresPerDegLon;
}

/** Inverse of {@link projectY}: local y [m] → latitude [deg]. */
export function unprojectLat(p: LocalProjection, yM: number): number {
  return p.lat0Deg + yM / p.metresPerDegLat;
}

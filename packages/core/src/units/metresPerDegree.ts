import { RAD_PER_DEG } from './angles.js';

/** WGS84 semi-major axis a [m] (NIMA TR8350.2, 3rd ed., 2000, table 3.1). */
export const WGS84_SEMI_MAJOR_AXIS_M = 6378137;

/** WGS84 flattening f = 1/298.257223563 [-] (NIMA TR8350.2, 3rd ed., 2000, table 3.1). */
export const WGS84_FLATTENING = 1 / 298.257223563;

const E2 = WGS84_FLATTENING * (2 - WGS84_FLATTENING);

/** Ground lengths of one degree of latitude and of longitude at a given latitude. */
export interface MetresPerDegree {
  /** Length of one degree of longitude along the parallel (east–west) [m/°]. */
  xM: number;
  /** Length of one degree of latitude along the meridian (north–south) [m/°]. */
  yM: number;
}

/**
 * Length of one degree of latitude and of longitude on the WGS84 ellipsoid.
 *
 * With e² = f(2 − f) and w = 1 − e² sin²φ, the meridian radius of curvature is
 * M = a(1 − e²) / w^{3/2} and the prime-vertical radius of curvature is N = a / √w; one degree
 * spans M·π/180 along the meridian and N·cos φ·π/180 along the parallel (the parallel is a
 * circle of radius N cos φ). These are exact for the ellipsoid, not series approximations.
 *
 * References: Torge W., Müller J., "Geodesy", 4th ed., de Gruyter, 2012 (radii M, N);
 * NIMA TR8350.2 "Department of Defense World Geodetic System 1984", 3rd ed., 2000 (a, f).
 *
 * @param latDeg geodetic latitude [°], −90 ≤ latDeg ≤ 90
 * @returns `{ xM, yM }` metres per degree of longitude and of latitude [m/°]
 * @example metresPerDegree(45); // { xM: 78846.835…, yM: 111131.777… }
 */
export function metresPerDegree(latDeg: number): MetresPerDegree {
  if (!(latDeg >= -90 && latDeg <= 90)) {
    throw new RangeError(`latitude must be within [-90, 90] degrees, got ${latDeg}`);
  }
  const latRad = latDeg * RAD_PER_DEG;
  const sinLat = Math.sin(latRad);
  const w = 1 - E2 * sinLat * sinLat;
  const meridianRadiusM = (WGS84_SEMI_MAJOR_AXIS_M * (1 - E2)) / (w * Math.sqrt(w));
  const primeVerticalRadiusM = WGS84_SEMI_MAJOR_AXIS_M / Math.sqrt(w);
  return {
    xM: primeVerticalRadiusM * Math.cos(latRad) * RAD_PER_DEG,
    yM: meridianRadiusM * RAD_PER_DEG,
  };
}

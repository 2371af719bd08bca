/**
 * Spherical Web Mercator (EPSG:3857, "Popular Visualisation Pseudo Mercator", EPSG method
 * 1024), the projection MapLibre draws in. Formulas from IOGP Guidance Note 7-2 (2019),
 * §1.3.3.2: x = R·λ, y = R·ln tan(π/4 + φ/2), R = 6 378 137 m.
 */

/** Sphere radius of EPSG:3857 [m] (the WGS 84 semi-major axis). */
export const WEB_MERCATOR_RADIUS_M = 6_378_137;

const RAD_PER_DEG = Math.PI / 180;

/**
 * Web Mercator easting of a longitude.
 * @param lonDeg longitude [°], WGS 84
 * @returns easting [m], EPSG:3857
 * @example mercatorXM(180) // 20037508.342789244
 */
export function mercatorXM(lonDeg: number): number {
  return WEB_MERCATOR_RADIUS_M * lonDeg * RAD_PER_DEG;
}

/**
 * Web Mercator northing of a latitude.
 * @param latDeg latitude [°], WGS 84, within ±85.0511°
 * @returns northing [m], EPSG:3857
 * @example mercatorYM(0) // 0
 */
export function mercatorYM(latDeg: number): number {
  return WEB_MERCATOR_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + (latDeg * RAD_PER_DEG) / 2));
}

/**
 * Longitude of a Web Mercator easting.
 * @param xM easting [m], EPSG:3857
 * @returns longitude [°]
 * @example lonFromMercatorDeg(20037508.342789244) // 180
 */
export function lonFromMercatorDeg(xM: number): number {
  return xM / WEB_MERCATOR_RADIUS_M / RAD_PER_DEG;
}

/**
 * Latitude of a Web Mercator northing (inverse of {@link mercatorYM}).
 * @param yM northing [m], EPSG:3857
 * @returns latitude [°]
 * @example latFromMercatorDeg(0) // 0
 */
export function latFromMercatorDeg(yM: number): number {
  return (2 * Math.atan(Math.exp(yM / WEB_MERCATOR_RADIUS_M)) - Math.PI / 2) / RAD_PER_DEG;
}

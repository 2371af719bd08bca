/**
 * Monthly gain of a tilted plane over the horizontal under a sky series (unshaded).
 */
import type { SunPositionSeries } from '../solar/sunPositions.js';
import type { SkyTimeSeries } from './clearSkySeries.js';
import { monthlyPlaneSums } from './monthlyPlaneSums.js';

/**
 * Ratio of the irradiation on a tilted plane to the global horizontal irradiation, per UTC
 * month, for the same sky: R_m = Σ (DNI·max(cos I, 0) + DHI·(1 + cos β)/2 + GHI·ρ(1 − cos β)/2)
 * / Σ GHI over the steps of month m with the sun above the horizon (isotropic sky, Liu &
 * Jordan 1963; `monthlyPlaneSums`). It turns the shaded irradiation of a flat roof cell into
 * that of modules tilted on it, H_tilt ≈ R_m·H_flat: shading of the horizon is assumed to scale
 * both alike.
 *
 * @param sky sky series (instants of the sun, GHI, DNI, DHI [W/m²])
 * @param sun sun positions at the sky's instants (`sunPositionsForInstants(sky.sunTimeUtcMs, site)`)
 * @param tiltDeg plane tilt β [°]
 * @param azimuthDeg direction the plane faces [°, clockwise from north]
 * @param albedo ground reflectance ρ [-]
 * @returns 12 ratios [-], 1 for a month without sun
 * @see Liu B.Y.H., Jordan R.C., Solar Energy 7(2):53–74, 1963, doi:10.1016/0038-092X(63)90006-9
 * @example monthlyTiltGain(sky, sunPositionsForInstants(sky.sunTimeUtcMs, site), 15, 180, 0.2)[0]; // > 1 in a northern winter
 */
export function monthlyTiltGain(
  sky: SkyTimeSeries,
  sun: SunPositionSeries,
  tiltDeg: number,
  azimuthDeg: number,
  albedo: number,
): Float64Array {
  const sums = monthlyPlaneSums(sky, sun, tiltDeg, azimuthDeg, albedo);
  return sums.plane.map((plane, m) => (sums.horizontal[m] > 0 ? plane / sums.horizontal[m] : 1));
}

/**
 * Angle of incidence of the sun on a tilted plane (Reda & Andreas 2004, section 3.16).
 */
import { RAD_PER_DEG } from '../units/angles.js';
import type { SolarPosition } from './spa.js';

/**
 * Cosine of the angle between the sun direction and a plane's normal,
 * cos I = cos θ cos ω + sin θ sin ω cos(Φ − γ), in degrees at the boundary.
 *
 * Negative values mean the sun is behind the plane; callers clamp as their model says.
 * Allocation-free.
 *
 * @param sunZenithDeg sun zenith angle θ [deg] (apparent, if refraction matters)
 * @param sunAzimuthDeg sun azimuth Φ [deg], clockwise from north
 * @param surfaceSlopeDeg plane slope ω [deg], 0 = horizontal, 90 = vertical
 * @param surfaceAzimuthDeg azimuth γ of the plane's downslope normal [deg], clockwise
 *   from north (180 = facing south)
 * @returns cos I [-], in [−1, 1]
 * @see Reda I., Andreas A., Solar Energy 76(5):577–589, 2004, eq. 47,
 *   doi:10.1016/j.solener.2003.12.003 (their γ is measured from south: γ_NREL = γ − 180)
 * @example cosIncidence(30, 180, 30, 180); // 1 (sun normal to a south-facing 30° roof)
 */
export function cosIncidence(
  sunZenithDeg: number,
  sunAzimuthDeg: number,
  surfaceSlopeDeg: number,
  surfaceAzimuthDeg: number,
): number {
  const z = sunZenithDeg * RAD_PER_DEG;
  const w = surfaceSlopeDeg * RAD_PER_DEG;
  const c =
    Math.cos(z) * Math.cos(w) + Math.sin(z) * Math.sin(w) * Math.cos((sunAzimuthDeg - surfaceAzimuthDeg) * RAD_PER_DEG);
  return Math.min(1, Math.max(-1, c));
}

/**
 * Angle of incidence I of the sun on a plane, from an SPA position (uses the apparent,
 * refraction-corrected topocentric zenith θ as the paper does).
 *
 * @param pos sun position from `solarPositionSpa`
 * @param surfaceSlopeDeg plane slope ω [deg], 0 = horizontal
 * @param surfaceAzimuthDeg plane azimuth [deg], clockwise from north (180 = south)
 * @returns incidence angle I [deg], 0…180 (> 90: sun behind the plane)
 * @see Reda I., Andreas A., Solar Energy 76(5):577–589, 2004, section 3.16,
 *   doi:10.1016/j.solener.2003.12.003
 * @example incidenceAngleDeg(solarPositionSpa(input), 30, 170); // 25.42° for the NREL example
 */
export function incidenceAngleDeg(pos: SolarPosition, surfaceSlopeDeg: number, surfaceAzimuthDeg: number): number {
  return (
    Math.acos(cosIncidence(pos.apparentZenithDeg, pos.azimuthDeg, surfaceSlopeDeg, surfaceAzimuthDeg)) / RAD_PER_DEG
  );
}

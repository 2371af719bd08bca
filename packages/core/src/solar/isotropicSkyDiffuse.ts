/**
 * Isotropic sky diffuse and ground-reflected irradiance on a tilted plane.
 */

import { RAD_PER_DEG } from '../units/angles.js';

/**
 * Sky diffuse irradiance on a tilted plane under an isotropic sky: DHI·(1 + cos β)/2.
 *
 * @param dhiWm2 diffuse horizontal irradiance [W/m²]
 * @param surfaceSlopeDeg plane slope β [deg], 0 = horizontal
 * @returns sky diffuse on the plane [W/m²]
 * @see Liu B.Y.H., Jordan R.C., "The long-term average performance of flat-plate solar
 *   energy collectors", Solar Energy 7(2):53–74, 1963, doi:10.1016/0038-092X(63)90006-9
 * @example isotropicSkyDiffuse(100, 40); // 88.30
 */
export function isotropicSkyDiffuse(dhiWm2: number, surfaceSlopeDeg: number): number {
  return (dhiWm2 * (1 + Math.cos(surfaceSlopeDeg * RAD_PER_DEG))) / 2;
}

/**
 * Ground-reflected irradiance on a tilted plane from an infinite isotropic reflector:
 * GHI·albedo·(1 − cos β)/2.
 *
 * @param ghiWm2 global horizontal irradiance [W/m²]
 * @param surfaceSlopeDeg plane slope β [deg], 0 = horizontal
 * @param albedo ground reflectance ρ [-], 0–1 (e.g. 0.2 grass, 0.25 default in pvlib)
 * @returns ground-reflected irradiance on the plane [W/m²]
 * @see Liu B.Y.H., Jordan R.C., Solar Energy 7(2):53–74, 1963,
 *   doi:10.1016/0038-092X(63)90006-9
 * @example groundReflected(900, 40, 0.25); // 26.32
 */
export function groundReflected(ghiWm2: number, surfaceSlopeDeg: number, albedo: number): number {
  return (ghiWm2 * albedo * (1 - Math.cos(surfaceSlopeDeg * RAD_PER_DEG))) / 2;
}

/**
 * Beam irradiance on a plane: DNI·max(cos I, 0).
 *
 * @param dniWm2 direct normal irradiance [W/m²]
 * @param cosIncidenceAngle cosine of the angle of incidence [-] (from `cosIncidence`)
 * @returns beam irradiance on the plane [W/m²], 0 when the sun is behind it
 * @see Duffie J.A., Beckman W.A., Solar Engineering of Thermal Processes, 4th ed.,
 *   Wiley 2013, eq. 2.15.1, doi:10.1002/9781118671603
 * @example beamOnPlane(800, cosIncidence(30, 180, 30, 180)); // 800
 */
export function beamOnPlane(dniWm2: number, cosIncidenceAngle: number): number {
  return cosIncidenceAngle > 0 ? dniWm2 * cosIncidenceAngle : 0;
}

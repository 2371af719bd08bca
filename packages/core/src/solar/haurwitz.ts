/**
 * Haurwitz clear-sky model.
 */

import { RAD_PER_DEG } from '../units/angles.js';

/**
 * Clear-sky global horizontal irradiance by Haurwitz (1945):
 * GHI = 1098·cos z·exp(−0.059 / cos z), 0 when the sun is below the horizon.
 *
 * @param apparentZenithDeg apparent (refraction-corrected) sun zenith z [deg]
 * @returns GHI [W/m²]
 * @see Haurwitz B., "Insolation in relation to cloudiness and cloud density", Journal
 *   of Meteorology 2:154–166, 1945, doi:10.1175/1520-0469(1945)002<0154:IIRTCA>2.0.CO;2;
 *   Reno M.J., Hansen C.W., Stein J.S., SAND2012-2389, 2012
 * @example haurwitz(0); // 1035.09
 */
export function haurwitz(apparentZenithDeg: number): number {
  const cosZ = Math.cos(apparentZenithDeg * RAD_PER_DEG);
  return cosZ > 0 ? 1098 * cosZ * Math.exp(-0.059 / cosZ) : 0;
}

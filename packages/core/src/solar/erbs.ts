/**
 * Erbs, Klein & Duffie (1982) decomposition of global horizontal irradiance.
 */

import { RAD_PER_DEG } from '../units/angles.js';

/** Inputs of {@link erbs}. */
export interface ErbsInput {
  /** Global horizontal irradiance [W/m²]. */
  ghiWm2: number;
  /** True (not refracted) sun zenith [deg]. */
  zenithDeg: number;
  /** Extraterrestrial normal irradiance [W/m²], e.g. `extraterrestrialSpencer(day)`. */
  dniExtraWm2: number;
  /** Lower limit on cos z in the clearness index (default 0.065, as pvlib). */
  minCosZenith?: number;
  /** DNI is set to 0 beyond this zenith [deg] (default 87, as pvlib). */
  maxZenithDeg?: number;
}

/** Result of {@link erbs}. */
export interface ErbsResult {
  /** Direct normal irradiance [W/m²]. */
  dniWm2: number;
  /** Diffuse horizontal irradiance [W/m²]. */
  dhiWm2: number;
  /** Clearness index kt = GHI/(DNI_extra·cos z), limited to [0, 1] [-]. */
  kt: number;
}

/**
 * Split GHI into DNI and DHI with the Erbs et al. (1982) diffuse-fraction correlation:
 * DHI/GHI = 1 − 0.09·kt (kt ≤ 0.22); 0.9511 − 0.1604kt + 4.388kt² − 16.638kt³ + 12.336kt⁴
 * (0.22 < kt ≤ 0.8); 0.165 (kt > 0.8); DNI = (GHI − DHI)/cos z. Where z exceeds
 * `maxZenithDeg`, GHI < 0 or DNI < 0, DNI is 0 and DHI = GHI (closure kept).
 * Allocation-free when `out` is given.
 *
 * @param input GHI [W/m²], zenith [deg], extraterrestrial irradiance [W/m²], limits
 * @param out optional record to fill (reuse it in loops)
 * @returns DNI, DHI [W/m²] and clearness index kt [-]
 * @see Erbs D.G., Klein S.A., Duffie J.A., "Estimation of the diffuse radiation fraction
 *   for hourly, daily and monthly-average global radiation", Solar Energy 28(4):293–302,
 *   1982, doi:10.1016/0038-092X(82)90302-4, eq. 1
 * @example erbs({ ghiWm2: 1000, zenithDeg: 10, dniExtraWm2: extraterrestrialSpencer(171) }).dniWm2; // ≈ 842
 */
export function erbs(input: ErbsInput, out: ErbsResult = { dniWm2: 0, dhiWm2: 0, kt: 0 }): ErbsResult {
  const { ghiWm2, zenithDeg } = input;
  const cosZ = Math.cos(zenithDeg * RAD_PER_DEG);
  let kt = ghiWm2 / (input.dniExtraWm2 * Math.max(cosZ, input.minCosZenith ?? 0.065));
  kt = Math.min(Math.max(kt, 0), 1);
  let fraction: number;
  if (kt <= 0.22) fraction = 1 - 0.09 * kt;
  else if (kt <= 0.8) fraction = 0.9511 + kt * (-0.1604 + kt * (4.388 + kt * (-16.638 + kt * 12.336)));
  else fraction = 0.165;
  let dhi = fraction * ghiWm2;
  let dni = (ghiWm2 - dhi) / cosZ;
  if (zenithDeg > (input.maxZenithDeg ?? 87) || ghiWm2 < 0 || !(dni >= 0)) {
    dni = 0;
    dhi = ghiWm2;
  }
  out.dniWm2 = dni;
  out.dhiWm2 = dhi;
  out.kt = kt;
  return out;
}

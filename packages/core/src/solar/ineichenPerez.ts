/**
 * Ineichen–Perez clear-sky model.
 */
import { RAD_PER_DEG } from '../units/angles.js';
import { type ClearSkyIrradiance, createClearSkyIrradiance } from './clearSkyTypes.js';

/** Inputs of {@link ineichenPerez}. */
export interface IneichenPerezInput {
  /** Apparent (refraction-corrected) sun zenith [deg]. */
  apparentZenithDeg: number;
  /** Absolute (pressure-corrected) air mass [-], e.g. Kasten & Young × p/p0. */
  airmassAbsolute: number;
  /** Linke turbidity factor TL [-] (air mass 2 convention), typically 2–7. */
  linkeTurbidity: number;
  /** Site altitude [m] (default 0). */
  altitudeM?: number;
  /** Extraterrestrial normal irradiance [W/m²] (default 1364). */
  dniExtraWm2?: number;
}

/**
 * Clear-sky GHI, DNI and DHI by the Ineichen & Perez (2002) model.
 *
 * GHI = cg1·I0·cos z·exp(−cg2·AM·(fh1 + fh2·(TL − 1))) with cg1 = 5.09e-5·h + 0.868,
 * cg2 = 3.92e-5·h + 0.0387, fh1 = e^(−h/8000), fh2 = e^(−h/1250) (eq. 11, without the
 * optional exp(0.01·AM^1.8) enhancement of Perez et al. 2002). DNI is the smaller of the
 * beam model b·I0·exp(−0.09·AM·(TL − 1)), b = 0.664 + 0.163/fh1 (eq. 8), and the empirical
 * correction GHI·(1 − (0.1 − 0.2·e^(−TL))/(0.1 + 0.882/fh1))/cos z; DHI = GHI − DNI·cos z.
 * Zero when the sun is below the horizon. Allocation-free when `out` is given.
 *
 * @param input apparent zenith [deg], absolute air mass [-], Linke turbidity [-],
 *   altitude [m], extraterrestrial irradiance [W/m²]
 * @param out optional record to fill (reuse it in loops)
 * @returns GHI, DNI, DHI [W/m²]
 * @see Ineichen P., Perez R., "A new airmass independent formulation for the Linke
 *   turbidity coefficient", Solar Energy 73(3):151–157, 2002,
 *   doi:10.1016/S0038-092X(02)00045-2; Perez R. et al., Solar Energy 73(5):307–317, 2002
 * @example ineichenPerez({ apparentZenithDeg: 10, airmassAbsolute: 1, linkeTurbidity: 3 }).ghiWm2; // 1038.16
 */
export function ineichenPerez(input: IneichenPerezInput, out = createClearSkyIrradiance()): ClearSkyIrradiance {
  const h = input.altitudeM ?? 0;
  const i0 = input.dniExtraWm2 ?? 1364;
  const tl = input.linkeTurbidity;
  const am = input.airmassAbsolute;
  const cosZ = Math.cos(input.apparentZenithDeg * RAD_PER_DEG);
  if (!(cosZ > 0) || !(am > 0)) {
    out.ghiWm2 = 0;
    out.dniWm2 = 0;
    out.dhiWm2 = 0;
    return out;
  }
  const fh1 = Math.exp(-h / 8000);
  const fh2 = Math.exp(-h / 1250);
  const cg1 = 5.09e-5 * h + 0.868;
  const cg2 = 3.92e-5 * h + 0.0387;
  const ghi = cg1 * i0 * cosZ * Math.exp(-cg2 * am * (fh1 + fh2 * (tl - 1)));
  const b = 0.664 + 0.163 / fh1;
  const bnci = b * i0 * Math.exp(-0.09 * am * (tl - 1));
  const bnci2 = (ghi * (1 - (0.1 - 0.2 * Math.exp(-tl)) / (0.1 + 0.882 / fh1))) / cosZ;
  const dni = Math.max(0, Math.min(bnci, bnci2));
  out.ghiWm2 = ghi;
  out.dniWm2 = dni;
  out.dhiWm2 = ghi - dni * cosZ;
  return out;
}

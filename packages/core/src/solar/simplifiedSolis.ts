/**
 * Simplified Solis clear-sky model (Ineichen 2008).
 */
import { RAD_PER_DEG } from '../units/angles.js';
import { type ClearSkyIrradiance, createClearSkyIrradiance } from './clearSkyTypes.js';

const P0_PA = 101325;

/** Inputs of {@link simplifiedSolis}. */
export interface SimplifiedSolisInput {
  /** Apparent (refraction-corrected) sun elevation [deg]. */
  apparentElevationDeg: number;
  /** Aerosol optical depth at 700 nm [-] (default 0.1); fitted for 0–0.45. */
  aod700?: number;
  /** Precipitable water [cm] (default 1); values below 0.2 are raised to 0.2. */
  precipitableWaterCm?: number;
  /** Site pressure [Pa] (default 101 325). */
  pressurePa?: number;
  /** Extraterrestrial normal irradiance [W/m²] (default 1364). */
  dniExtraWm2?: number;
}

/**
 * Clear-sky GHI, DNI and DHI by the simplified Solis model: each component is
 * I0′·exp(−τ/sin^x h) (GHI also × sin h) with the enhanced extraterrestrial irradiance I0′
 * and the optical depths τb, τg, τd and exponents b, g, d fitted on aod700, w and p
 * (Ineichen 2008, eqs. 1–8). Allocation-free when `out` is given.
 *
 * @param input apparent elevation [deg], aod700 [-], precipitable water [cm],
 *   pressure [Pa], extraterrestrial irradiance [W/m²]
 * @param out optional record to fill (reuse it in loops)
 * @returns GHI, DNI, DHI [W/m²] (≈ 0 when the sun is below the horizon)
 * @see Ineichen P., "A broadband simplified version of the Solis clear sky model",
 *   Solar Energy 82(8):758–762, 2008, doi:10.1016/j.solener.2008.02.009
 * @example simplifiedSolis({ apparentElevationDeg: 80 }).ghiWm2; // 1064.65
 */
export function simplifiedSolis(input: SimplifiedSolisInput, out = createClearSkyIrradiance()): ClearSkyIrradiance {
  const aod = input.aod700 ?? 0.1;
  const w = Math.max(input.precipitableWaterCm ?? 1, 0.2);
  const lnP = Math.log((input.pressurePa ?? P0_PA) / P0_PA);
  const i0 = input.dniExtraWm2 ?? 1364;
  const lnW = Math.log(w);
  const aod2 = aod * aod;

  // Enhanced extraterrestrial irradiance I0′ (eq. 4 of Ineichen 2008).
  const i0p = i0 * (0.12 * w ** 0.56 * aod2 + 0.97 * w ** 0.032 * aod + 1.08 * w ** 0.0051 + 0.071 * lnP);
  // Beam: τb and b.
  const taub =
    (1.82 + 0.056 * lnW + 0.0071 * lnW * lnW) * aod +
    0.33 +
    0.045 * lnW +
    0.0096 * lnW * lnW +
    (0.0089 * w + 0.13) * lnP;
  const b = (0.00925 * aod2 + 0.0148 * aod - 0.0172) * lnW - 0.7565 * aod2 + 0.5057 * aod + 0.4557;
  // Global: τg and g.
  const taug =
    (1.24 + 0.047 * lnW + 0.0061 * lnW * lnW) * aod + 0.27 + 0.043 * lnW + 0.009 * lnW * lnW + (0.0079 * w + 0.1) * lnP;
  const g = -0.0147 * lnW - 0.3079 * aod2 + 0.2846 * aod + 0.3798;
  // Diffuse: τd (two fits, aod700 < 0.05 and ≥ 0.05) and d.
  let taud: number;
  if (aod < 0.05) {
    taud =
      (86 * w - 13800) * aod2 * aod2 +
      (-3.11 * w + 79.4) * aod2 * aod +
      (-0.23 * w + 74.8) * aod2 +
      (0.092 * w - 8.86) * aod +
      0.0042 * w +
      3.12 +
      -0.83 * (1 + aod) ** -17.2 * lnP;
  } else {
    taud =
      (-0.21 * w + 11.6) * aod2 * aod2 +
      (0.27 * w - 20.7) * aod2 * aod +
      (-0.134 * w + 15.5) * aod2 +
      (0.0554 * w - 5.71) * aod +
      0.0057 * w +
      2.94 +
      -0.71 * (1 + aod) ** -15 * lnP;
  }
  const d = -0.337 * aod2 + 0.63 * aod + 0.116 + lnP / (18 + 152 * aod);

  const sinH = Math.max(1e-30, Math.sin(input.apparentElevationDeg * RAD_PER_DEG));
  out.dniWm2 = i0p * Math.exp(-taub / sinH ** b);
  out.ghiWm2 = i0p * Math.exp(-taug / sinH ** g) * sinH;
  out.dhiWm2 = i0p * Math.exp(-taud / sinH ** d);
  return out;
}

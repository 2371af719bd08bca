/**
 * The per-time-step coefficients of a sky diffuse model, in the linear form the sun map needs.
 * Internal to `irradiance/`.
 */
import { relativeAirmassKastenYoung } from '../solar/atmosphere.js';
import { hayDaviesSkyDiffuse } from '../solar/hayDaviesSkyDiffuse.js';
import { perezSkyDiffuse } from '../solar/perezSkyDiffuse.js';
import { createSkyDiffuseParts } from '../solar/skyDiffuseParts.js';
import { RAD_PER_DEG } from '../units/angles.js';

/** Sky diffuse models the engine accepts. */
export type DiffuseModel = 'perez' | 'hay-davies' | 'isotropic';

/**
 * Coefficients of one time step such that, on a plane of slope β whose normal n makes
 * cos θ = n·s with the sun, the model's sky diffuse is
 * `isotropicWm2 · (1 + cos β)/2 + circumsolarWm2 · max(cos θ, 0) + horizonWm2 · sin β`.
 */
export interface SkyDiffuseCoefficients {
  /** Isotropic sky radiance term A [W/m²] (Perez: DHI·(1 − F1); Hay–Davies: DHI·(1 − Ai)). */
  isotropicWm2: number;
  /** Circumsolar term W per unit cos θ [W/m²] (Perez: DHI·F1/max(cos z, cos 85°)). */
  circumsolarWm2: number;
  /** Horizon-brightening term H per unit sin β [W/m²] (Perez: DHI·F2; others 0). */
  horizonWm2: number;
}

/** sin 5.7°: below it the reference plane's sin β is too small to recover H from it. */
const MIN_SIN_ZENITH = 0.1;

/**
 * Evaluate the diffuse model of one step and return its coefficients A, W, H.
 *
 * The solar models return their parts for one plane; the three parts are linear in
 * (1 + cos β)/2, max(cos θ, 0) and sin β, so one evaluation on the plane normal to the sun
 * (β = z, facing the sun's azimuth: cos θ = 1) gives W = circumsolar, A = 2·isotropic/(1 + cos z)
 * and H = horizon/sin z; when sin z < 0.1 H comes from a second, vertical plane facing the sun
 * (sin β = 1). On that reference plane the Perez total is ≥ DHI·(½ + F2·sin z) > 0 for every
 * clearness bin, so the model's clip of negative totals never zeroes the parts. With the sun at
 * or below the horizon (z ≥ 90°; weather files report twilight diffuse) the models are undefined
 * and the step's diffuse is taken isotropic: A = DHI, W = H = 0.
 *
 * @param model `'perez'` (Perez et al. 1990), `'hay-davies'` (Hay & Davies 1980) or `'isotropic'`
 * @param dhiWm2 diffuse horizontal irradiance [W/m²]
 * @param dniWm2 direct normal irradiance [W/m²]
 * @param dniExtraWm2 extraterrestrial normal irradiance [W/m²]
 * @param zenithDeg apparent sun zenith [°]
 * @param azimuthDeg sun azimuth [°, clockwise from north]
 * @param out record to fill
 */
export function skyDiffuseCoefficients(
  model: DiffuseModel,
  dhiWm2: number,
  dniWm2: number,
  dniExtraWm2: number,
  zenithDeg: number,
  azimuthDeg: number,
  out: SkyDiffuseCoefficients,
): SkyDiffuseCoefficients {
  if (model === 'isotropic' || !(zenithDeg < 90) || !(dhiWm2 > 0)) {
    out.isotropicWm2 = dhiWm2;
    out.circumsolarWm2 = 0;
    out.horizonWm2 = 0;
    return out;
  }
  const cosZ = Math.cos(zenithDeg * RAD_PER_DEG);
  const sinZ = Math.sin(zenithDeg * RAD_PER_DEG);
  const input = {
    surfaceSlopeDeg: zenithDeg,
    surfaceAzimuthDeg: azimuthDeg,
    dhiWm2,
    dniWm2,
    dniExtraWm2,
    sunZenithDeg: zenithDeg,
    sunAzimuthDeg: azimuthDeg,
    airmassRelative: relativeAirmassKastenYoung(zenithDeg),
  };
  const parts = createSkyDiffuseParts();
  if (model === 'hay-davies') hayDaviesSkyDiffuse(input, parts);
  else if (model === 'perez') perezSkyDiffuse(input, parts);
  else throw new RangeError(`diffuse model must be 'perez', 'hay-davies' or 'isotropic', got '${String(model)}'`);
  out.isotropicWm2 = (2 * parts.isotropicWm2) / (1 + cosZ);
  out.circumsolarWm2 = parts.circumsolarWm2;
  if (model === 'hay-davies') {
    out.horizonWm2 = 0;
  } else if (sinZ >= MIN_SIN_ZENITH) {
    out.horizonWm2 = parts.horizonWm2 / sinZ;
  } else {
    input.surfaceSlopeDeg = 90;
    out.horizonWm2 = perezSkyDiffuse(input, parts).horizonWm2;
  }
  return out;
}

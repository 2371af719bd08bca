/**
 * Hay–Davies anisotropic sky diffuse model.
 */
import { RAD_PER_DEG } from '../units/angles.js';
import { cosIncidence } from './incidence.js';
import { createSkyDiffuseParts, type SkyDiffuseParts } from './skyDiffuseParts.js';

/** Lower limit on cos z in Rb = cos I / cos z (≈ cos 89°), as pvlib (GH 432). */
const MIN_COS_ZENITH = 0.01745;

/** Inputs of {@link hayDaviesSkyDiffuse} and `perezSkyDiffuse`. */
export interface TranspositionInput {
  /** Plane slope β [deg], 0 = horizontal. */
  surfaceSlopeDeg: number;
  /** Plane azimuth [deg], clockwise from north (180 = south). */
  surfaceAzimuthDeg: number;
  /** Diffuse horizontal irradiance [W/m²]. */
  dhiWm2: number;
  /** Direct normal irradiance [W/m²]. */
  dniWm2: number;
  /** Extraterrestrial normal irradiance [W/m²]. */
  dniExtraWm2: number;
  /** Sun zenith [deg] (apparent). */
  sunZenithDeg: number;
  /** Sun azimuth [deg], clockwise from north. */
  sunAzimuthDeg: number;
}

/**
 * Sky diffuse on a tilted plane by Hay & Davies (1980), split into an isotropic part
 * DHI·(1 − Ai)·(1 + cos β)/2 and a circumsolar part DHI·Ai·Rb, with the anisotropy index
 * Ai = DNI/DNI_extra and Rb = max(cos I, 0)/max(cos z, 0.01745). No horizon band.
 * Allocation-free when `out` is given.
 *
 * @param input plane slope/azimuth [deg], DHI/DNI/DNI_extra [W/m²], sun zenith/azimuth [deg]
 * @param out optional record to fill (reuse it in loops)
 * @returns isotropic, circumsolar (horizon = 0) and total sky diffuse [W/m²], each ≥ 0
 * @see Hay J.E., Davies J.A., "Calculation of the solar radiation incident on an
 *   inclined surface", Proc. First Canadian Solar Radiation Data Workshop, 59–72, 1980;
 *   Loutzenhiser P.G. et al., Solar Energy 81(2):254–267, 2007,
 *   doi:10.1016/j.solener.2006.03.009
 * @example hayDaviesSkyDiffuse({ surfaceSlopeDeg: 40, surfaceAzimuthDeg: 180, dhiWm2: 118.46,
 *   dniWm2: 939.95, dniExtraWm2: 1321.17, sunZenithDeg: 10.56, sunAzimuthDeg: 144.77 }).totalWm2; // 103.0
 */
export function hayDaviesSkyDiffuse(input: TranspositionInput, out = createSkyDiffuseParts()): SkyDiffuseParts {
  const cosI = Math.max(
    cosIncidence(input.sunZenithDeg, input.sunAzimuthDeg, input.surfaceSlopeDeg, input.surfaceAzimuthDeg),
    0,
  );
  const rb = cosI / Math.max(Math.cos(input.sunZenithDeg * RAD_PER_DEG), MIN_COS_ZENITH);
  const ai = input.dniWm2 / input.dniExtraWm2;
  out.isotropicWm2 = Math.max((input.dhiWm2 * (1 - ai) * (1 + Math.cos(input.surfaceSlopeDeg * RAD_PER_DEG))) / 2, 0);
  out.circumsolarWm2 = Math.max(input.dhiWm2 * ai * rb, 0);
  out.horizonWm2 = 0;
  out.totalWm2 = out.isotropicWm2 + out.circumsolarWm2;
  return out;
}

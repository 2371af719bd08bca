/**
 * Perez (1990) anisotropic sky diffuse model.
 */
import { RAD_PER_DEG } from '../units/angles.js';
import type { TranspositionInput } from './hayDaviesSkyDiffuse.js';
import { cosIncidence } from './incidence.js';
import { PEREZ_ALLSITES_1990, PEREZ_EPSILON_BIN_EDGES } from './perezCoefficients.js';
import { createSkyDiffuseParts, type SkyDiffuseParts, zeroSkyDiffuseParts } from './skyDiffuseParts.js';

/** κ for the zenith in radians (Perez et al. 1990, eq. 1). */
const KAPPA = 1.041;
/** cos 85°, the lower limit of the circumsolar denominator (Perez et al. 1990). */
const COS_85 = Math.cos(85 * RAD_PER_DEG);

/** Inputs of {@link perezSkyDiffuse}. */
export interface PerezInput extends TranspositionInput {
  /** Relative (not pressure-corrected) air mass [-], Kasten & Young 1989 as in the paper. */
  airmassRelative: number;
}

/**
 * Sky diffuse on a tilted plane by the Perez et al. (1990) model with the
 * 'allsitescomposite1990' coefficients, split into isotropic DHI·(1 − F1)·(1 + cos β)/2,
 * circumsolar DHI·F1·a/b and horizon-brightening DHI·F2·sin β parts, where
 * a = max(cos I, 0), b = max(cos z, cos 85°), ε = ((DHI + DNI)/DHI + κz³)/(1 + κz³),
 * Δ = DHI·m/DNI_extra, F1 = max(0, f11 + f12Δ + f13z), F2 = f21 + f22Δ + f23z.
 * All parts are zero when DHI ≤ 0, the air mass is not finite (sun below the horizon)
 * or the total is ≤ 0. Allocation-free when `out` is given.
 *
 * @param input plane slope/azimuth [deg], DHI/DNI/DNI_extra [W/m²], sun zenith/azimuth
 *   [deg], relative air mass [-]
 * @param out optional record to fill (reuse it in loops)
 * @returns isotropic, circumsolar, horizon and total sky diffuse [W/m²]
 * @see Perez R., Ineichen P., Seals R., Michalsky J., Stewart R., "Modeling daylight
 *   availability and irradiance components from direct and global irradiance", Solar
 *   Energy 44(5):271–289, 1990, doi:10.1016/0038-092X(90)90055-H
 * @example perezSkyDiffuse({ surfaceSlopeDeg: 40, surfaceAzimuthDeg: 180, dhiWm2: 118.46,
 *   dniWm2: 939.95, dniExtraWm2: 1321.17, sunZenithDeg: 10.56, sunAzimuthDeg: 144.77,
 *   airmassRelative: 1.0169 }).totalWm2; // 109.08
 */
export function perezSkyDiffuse(input: PerezInput, out = createSkyDiffuseParts()): SkyDiffuseParts {
  const { dhiWm2, dniWm2, airmassRelative } = input;
  if (!(dhiWm2 > 0) || !Number.isFinite(airmassRelative)) return zeroSkyDiffuseParts(out);
  const z = input.sunZenithDeg * RAD_PER_DEG;
  const kz3 = KAPPA * z * z * z;
  const epsilon = ((dhiWm2 + dniWm2) / dhiWm2 + kz3) / (1 + kz3);
  let bin = 0;
  while (bin < PEREZ_EPSILON_BIN_EDGES.length && epsilon >= PEREZ_EPSILON_BIN_EDGES[bin]) bin++;
  const delta = (dhiWm2 * airmassRelative) / input.dniExtraWm2;
  const k = 6 * bin;
  const f1 = Math.max(0, PEREZ_ALLSITES_1990[k] + PEREZ_ALLSITES_1990[k + 1] * delta + PEREZ_ALLSITES_1990[k + 2] * z);
  const f2 = PEREZ_ALLSITES_1990[k + 3] + PEREZ_ALLSITES_1990[k + 4] * delta + PEREZ_ALLSITES_1990[k + 5] * z;

  const slope = input.surfaceSlopeDeg * RAD_PER_DEG;
  const a = Math.max(
    cosIncidence(input.sunZenithDeg, input.sunAzimuthDeg, input.surfaceSlopeDeg, input.surfaceAzimuthDeg),
    0,
  );
  const b = Math.max(Math.cos(z), COS_85);
  const isotropic = (dhiWm2 * (1 - f1) * (1 + Math.cos(slope))) / 2;
  const circumsolar = (dhiWm2 * f1 * a) / b;
  const horizon = dhiWm2 * f2 * Math.sin(slope);
  const total = isotropic + circumsolar + horizon;
  if (!(total > 0)) return zeroSkyDiffuseParts(out);
  out.isotropicWm2 = isotropic;
  out.circumsolarWm2 = circumsolar;
  out.horizonWm2 = horizon;
  out.totalWm2 = total;
  return out;
}

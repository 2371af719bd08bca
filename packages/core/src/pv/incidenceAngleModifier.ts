/**
 * Incidence angle modifiers (IAM): the share of the beam reaching the cells at an angle of
 * incidence, relative to normal incidence.
 */
import { RAD_PER_DEG } from '../units/angles.js';

/**
 * ASHRAE incidence angle modifier, IAM = 1 − b·(1/cos θ − 1), 0 where that is negative
 * (and at θ ≥ 90°).
 *
 * @param aoiDeg angle of incidence θ [°]
 * @param b ASHRAE parameter [-], default 0.05
 * @returns IAM [0–1]
 * @see Souka A.F., Safwat H.H., "Determination of the optimum orientations for the
 *   double-exposure, flat-plate collector and its reflectors", Solar Energy 10(4):170–174,
 *   1966, doi:10.1016/0038-092X(66)90004-1; pvlib `iam.ashrae`
 * @example ashraeIam(45); // 0.97928932
 */
export function ashraeIam(aoiDeg: number, b = 0.05): number {
  if (!(Math.abs(aoiDeg) < 90)) return 0;
  return Math.max(0, 1 - b * (1 / Math.cos(aoiDeg * RAD_PER_DEG) - 1));
}

/** Transmittance of a glazing at incidence θ (unpolarised light, Fresnel + Bouguer). */
function glazingTransmittance(thetaRad: number, n: number, kl: number): number {
  if (thetaRad === 0) {
    const r = (1 - n) / (1 + n);
    return Math.exp(-kl) * (1 - r * r);
  }
  const thetaR = Math.asin(Math.sin(thetaRad) / n);
  const sMinus = Math.sin(thetaR - thetaRad);
  const sPlus = Math.sin(thetaR + thetaRad);
  const tMinus = Math.tan(thetaR - thetaRad);
  const tPlus = Math.tan(thetaR + thetaRad);
  const reflected = 0.5 * ((sMinus * sMinus) / (sPlus * sPlus) + (tMinus * tMinus) / (tPlus * tPlus));
  return Math.exp(-kl / Math.cos(thetaR)) * (1 - reflected);
}

/**
 * Physical incidence angle modifier of a glass cover: Fresnel reflection of unpolarised light
 * (Snell refraction) and Bouguer absorption, normalised to normal incidence,
 * IAM = τ(θ)/τ(0), τ(θ) = e^(−KL/cos θr)·[1 − ½(sin²(θr−θ)/sin²(θr+θ) + tan²(θr−θ)/tan²(θr+θ))].
 *
 * @param aoiDeg angle of incidence θ [°]
 * @param n refractive index of the glass [-], default 1.526
 * @param extinctionPerM extinction coefficient K [1/m], default 4
 * @param thicknessM glazing thickness L [m], default 0.002
 * @returns IAM [0–1], 0 at θ ≥ 90°
 * @see De Soto W., Klein S.A., Beckman W.A., "Improvement and validation of a model for
 *   photovoltaic array performance", Solar Energy 80(1):78–88, 2006,
 *   doi:10.1016/j.solener.2005.06.010; Duffie & Beckman, Solar Engineering of Thermal
 *   Processes, 4th ed., 2013, §5.1–5.3; pvlib `iam.physical`
 * @example physicalIam(45); // 0.98797788
 */
export function physicalIam(aoiDeg: number, n = 1.526, extinctionPerM = 4, thicknessM = 0.002): number {
  if (!(Math.abs(aoiDeg) < 90)) return 0;
  const kl = extinctionPerM * thicknessM;
  return glazingTransmittance(Math.abs(aoiDeg) * RAD_PER_DEG, n, kl) / glazingTransmittance(0, n, kl);
}

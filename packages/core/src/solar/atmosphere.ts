/**
 * Air mass and standard-atmosphere pressure.
 */

import { RAD_PER_DEG } from '../units/angles.js';

/**
 * Relative optical air mass by Kasten & Young (1989):
 * m = 1 / (cos z + 0.50572·(96.07995° − z)^−1.6364).
 *
 * @param zenithDeg sun zenith angle z [deg]; Kasten & Young fitted the apparent
 *   (refracted) zenith
 * @returns relative air mass [-] (1 at zenith, ≈ 38 at the horizon); `NaN` for z > 90°
 * @see Kasten F., Young A.T., "Revised optical air mass tables and approximation
 *   formula", Applied Optics 28(22):4735–4738, 1989, doi:10.1364/AO.28.004735
 * @example relativeAirmassKastenYoung(60); // 1.9943
 */
export function relativeAirmassKastenYoung(zenithDeg: number): number {
  if (!(zenithDeg <= 90)) return Number.NaN;
  return 1 / (Math.cos(zenithDeg * RAD_PER_DEG) + 0.50572 * (96.07995 - zenithDeg) ** -1.6364);
}

/**
 * Absolute (pressure-corrected) air mass, m_abs = m_rel · p / 101 325 Pa.
 * @param relativeAirmass relative air mass [-]
 * @param pressurePa site pressure [Pa] (default 101 325)
 * @returns absolute air mass [-]
 * @see Kasten F., Young A.T., Applied Optics 28(22):4735–4738, 1989, doi:10.1364/AO.28.004735
 * @example absoluteAirmass(2, 90000); // 1.7765
 */
export function absoluteAirmass(relativeAirmass: number, pressurePa = 101325): number {
  return (relativeAirmass * pressurePa) / 101325;
}

/**
 * Standard-atmosphere pressure at an altitude,
 * p = 100·((44 331.514 − h)/11 880.516)^(1/0.1902632) Pa (the formula pvlib's `alt2pres` uses).
 *
 * @param altitudeM altitude above sea level [m]
 * @returns pressure [Pa] (101 325 at 0 m)
 * @see Portland State Aerospace Society, "A Quick Derivation relating altitude to air
 *   pressure", version 1.03, 2004 (the 1976 U.S. Standard Atmosphere troposphere)
 * @example altitudeToPressurePa(2000); // ≈ 79 495
 */
export function altitudeToPressurePa(altitudeM: number): number {
  return 100 * ((44331.514 - altitudeM) / 11880.516) ** (1 / 0.1902632);
}

/**
 * PVWatts DC, system-loss and inverter models (Dobos 2014, NREL PVWatts Version 5 Manual).
 */

/**
 * DC power of a PV array with the PVWatts model, P = P0·(G/1000)·(1 + γ(Tcell − 25)).
 *
 * @param effectiveIrradianceWm2 irradiance transmitted to the cells (plane of array, after
 *   angular losses) [W/m²]
 * @param cellTemperatureC cell temperature [°C]
 * @param pdc0W array power at 1000 W/m² and 25 °C (nameplate, Wp) [W]
 * @param gammaPdcPerC temperature coefficient of power [1/°C], typically −0.003 to −0.005
 * @returns DC power [W]
 * @see Dobos A.P., "PVWatts Version 5 Manual", NREL/TP-6A20-62641, 2014, eq. 4,
 *   doi:10.2172/1158421; pvlib-python `pvsystem.pvwatts_dc`
 * @example pvwattsDc(900, 30, 100, -0.003); // 88.65 W
 */
export function pvwattsDc(
  effectiveIrradianceWm2: number,
  cellTemperatureC: number,
  pdc0W: number,
  gammaPdcPerC: number,
): number {
  return (effectiveIrradianceWm2 / 1000) * pdc0W * (1 + gammaPdcPerC * (cellTemperatureC - 25));
}

/** PVWatts system losses [%], each a share of the energy lost. */
export interface PvwattsLossesPct {
  soiling: number;
  shading: number;
  snow: number;
  mismatch: number;
  wiring: number;
  connections: number;
  lid: number;
  nameplateRating: number;
  age: number;
  availability: number;
}

/**
 * PVWatts default losses [%] (Dobos 2014, Table 3; pvlib `pvsystem.pvwatts_losses` defaults).
 * Shading 3 % is the PVWatts default; the rooftop yield sets it to 0 because the irradiation
 * of the Solar engine is already shaded by the horizons.
 */
export const PVWATTS_DEFAULT_LOSSES_PCT: Readonly<PvwattsLossesPct> = Object.freeze({
  soiling: 2,
  shading: 3,
  snow: 0,
  mismatch: 2,
  wiring: 2,
  connections: 0.5,
  lid: 1.5,
  nameplateRating: 1,
  age: 0,
  availability: 3,
});

/**
 * Total system losses of PVWatts, the complement of the product of the parts' complements:
 * L = 100·(1 − Π(1 − Lᵢ/100)).
 *
 * @param lossesPct each loss [%]; missing ones take {@link PVWATTS_DEFAULT_LOSSES_PCT}
 * @returns total losses [%]
 * @see Dobos 2014, NREL/TP-6A20-62641, eq. 1 and Table 3; pvlib `pvsystem.pvwatts_losses`
 * @example pvwattsLosses(); // 14.075660688264469 %
 */
export function pvwattsLosses(lossesPct: Partial<PvwattsLossesPct> = {}): number {
  const all = { ...PVWATTS_DEFAULT_LOSSES_PCT, ...lossesPct };
  let kept = 1;
  for (const value of Object.values(all)) kept *= 1 - value / 100;
  return 100 * (1 - kept);
}

/** Reference efficiency of the PVWatts inverter curve (Dobos 2014, eq. 10). */
export const PVWATTS_INVERTER_REFERENCE_EFFICIENCY = 0.9637;

/**
 * AC power of an inverter with the PVWatts part-load efficiency curve,
 * η = (η_nom/η_ref)·(−0.0162ζ − 0.0059/ζ + 0.9858), ζ = Pdc/Pdc0, clipped at η_nom·Pdc0.
 *
 * @param pdcW DC input power [W]
 * @param pdc0W inverter DC input limit (AC nameplate / η_nom) [W]
 * @param etaInvNominal nominal inverter efficiency [-], PVWatts default 0.96
 * @param etaInvReference reference efficiency of the curve [-], 0.9637
 * @returns AC power [W], 0 for pdcW ≤ 0
 * @see Dobos 2014, NREL/TP-6A20-62641, eq. 10–11; pvlib `inverter.pvwatts`
 * @example pvwattsInverter(90, 100, 0.95); // 85.58556604752516 W
 */
export function pvwattsInverter(
  pdcW: number,
  pdc0W: number,
  etaInvNominal = 0.96,
  etaInvReference = PVWATTS_INVERTER_REFERENCE_EFFICIENCY,
): number {
  if (!(pdcW > 0)) return 0;
  const zeta = pdcW / pdc0W;
  const eta = Math.max(0, (etaInvNominal / etaInvReference) * (-0.0162 * zeta - 0.0059 / zeta + 0.9858));
  return Math.min(etaInvNominal * pdc0W, eta * pdcW);
}

/**
 * AC energy of a PV array from monthly plane-of-array irradiation (PVWatts chain per month).
 */
import { faimanCellTemperature } from './faimanCellTemperature.js';
import type { MonthlyOperatingConditions } from './monthlyOperatingConditions.js';
import { pvwattsDc, pvwattsInverter, pvwattsLosses } from './pvwatts.js';

/** PV system parameters of {@link monthlyPvYield}. */
export interface PvSystemOptions {
  /** Temperature coefficient of power [1/°C]. */
  gammaPdcPerC: number;
  /** System losses [%] (PVWatts, `pvwattsLosses`). */
  systemLossesPct: number;
  /** DC nameplate / inverter AC nameplate [-]. */
  dcAcRatio: number;
  /** Nominal inverter efficiency [-]. */
  etaInvNominal: number;
  /** Faiman U0 [W/(m²·°C)] and U1 [W·s/(m³·°C)]. */
  faimanU0: number;
  faimanU1: number;
}

/**
 * Defaults: γ −0.35 %/°C (the class of the default module's datasheets, −0.34 to −0.35 %/°C as
 * recalled, not re-checked here); PVWatts losses without its 3 % shading (the irradiation is already shaded by
 * the horizons): 11.42 %; DC/AC 1.1 (our choice, typical residential ratios are 1.0–1.3);
 * η_inv 0.96 (PVWatts); Faiman U0 25, U1 6.84 (IEC 61853-2 defaults, as in pvlib).
 */
export const PV_SYSTEM_DEFAULTS: Readonly<PvSystemOptions> = Object.freeze({
  gammaPdcPerC: -0.0035,
  systemLossesPct: pvwattsLosses({ shading: 0 }),
  dcAcRatio: 1.1,
  etaInvNominal: 0.96,
  faimanU0: 25,
  faimanU1: 6.84,
});

/**
 * AC energy of an array per month: for month m with plane-of-array irradiation H_m and the
 * irradiance-weighted conditions (G_m, T_m, ws_m) of `monthlyOperatingConditions`, the cell
 * temperature is Faiman's at (G_m, T_m, ws_m), the DC power at G_m is PVWatts', less the system
 * losses, through the PVWatts inverter, and lasts H_m·1000/G_m equivalent hours:
 * E_m = P_ac(G_m)·H_m/G_m. Because PVWatts DC is linear in G this is the month's DC energy
 * kWp·H_m·(1 + γ(T_cell − 25)); the inverter's part-load efficiency is taken at G_m.
 * Angular (reflection) losses are not modelled.
 *
 * @param kWp DC nameplate [kWp]
 * @param monthlyPoaKwhM2 plane-of-array irradiation per UTC month [kWh/m²], 12 values
 * @param conditions irradiance-weighted irradiance [W/m²], air temperature [°C], wind [m/s]
 * @param options PV system, defaults {@link PV_SYSTEM_DEFAULTS}
 * @param outMonthlyKwh caller-owned output: AC energy per month [kWh]
 * @returns annual AC energy [kWh]
 * @see Dobos 2014, NREL/TP-6A20-62641 (PVWatts v5); Faiman 2008, doi:10.1002/pip.813
 * @example monthlyPvYield(3, poa, conditions, {}, new Float64Array(12));
 */
export function monthlyPvYield(
  kWp: number,
  monthlyPoaKwhM2: ArrayLike<number>,
  conditions: MonthlyOperatingConditions,
  options: Partial<PvSystemOptions>,
  outMonthlyKwh: Float64Array,
): number {
  const o = { ...PV_SYSTEM_DEFAULTS, ...options };
  const pdc0W = kWp * 1000;
  const inverterPdc0W = pdc0W / (o.dcAcRatio * o.etaInvNominal);
  const kept = 1 - o.systemLossesPct / 100;
  let total = 0;
  for (let m = 0; m < 12; m++) {
    const g = conditions.irradianceWm2[m];
    const h = monthlyPoaKwhM2[m];
    let energy = 0;
    if (g > 0 && h > 0 && pdc0W > 0) {
      const cellC = faimanCellTemperature(
        g,
        conditions.airTemperatureC[m],
        conditions.windSpeedMs[m],
        o.faimanU0,
        o.faimanU1,
      );
      const dcW = pvwattsDc(g, cellC, pdc0W, o.gammaPdcPerC) * kept;
      energy = (pvwattsInverter(dcW, inverterPdc0W, o.etaInvNominal) * h) / g;
    }
    outMonthlyKwh[m] = energy;
    total += energy;
  }
  return total;
}

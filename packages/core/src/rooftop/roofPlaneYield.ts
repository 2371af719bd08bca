/**
 * Annual and monthly PV yield of every roof plane from the irradiation of its usable cells.
 */
import type { MonthlyOperatingConditions } from '../pv/monthlyOperatingConditions.js';
import { monthlyPvYield, type PvSystemOptions } from '../pv/monthlyPvYield.js';
import type { PlaneLayout } from './layoutRoofPlanes.js';
import type { RoofSegmentation } from './segmentRoofPlanes.js';

/** Number of sunshine quantiles per plane (minimum, deciles, maximum), as Google's Solar API. */
export const SUNSHINE_QUANTILES = 11;

/**
 * Avoided emissions per kWh of PV replacing grid electricity in France [kg CO2e/kWh]: 55 g, the
 * emission factor of the French electricity mix in 2021 (73 g in 2022) as given by
 * https://adimas.paris/facteurs-d-emission-du-mix-electrique-france-et-europe — a secondary
 * source; its primary (ADEME Base Empreinte "mix de consommation moyen", or RTE) was not read
 * here. Configurable (`co2KgPerKwh` of `gisement roofs`).
 */
export const FRANCE_GRID_KG_CO2_PER_KWH = 0.055;

/** Inputs of {@link roofPlaneYield}. */
export interface RoofYieldInput {
  seg: RoofSegmentation;
  /** 1 for a usable cell (`usableRoofArea`). */
  usable: Uint8Array;
  layout: PlaneLayout;
  /** Annual irradiation of each cell on its plane [kWh/m²/yr] (`irradiateCells`). */
  globalKwhM2Yr: Float32Array;
  /** Irradiation per UTC month, month-major (month m of cell k at m·cells + k) [kWh/m²]. */
  monthlyKwhM2: Float32Array;
  /** Irradiance-weighted monthly conditions (`monthlyOperatingConditions`). */
  conditions: MonthlyOperatingConditions;
  /** Per month, tilted rows over the flat roof's irradiation (`monthlyTiltGain`); applied to
   * flat planes whose modules are tilted (`layout.moduleTiltDeg` > 0). */
  flatRowsTiltGain: ArrayLike<number>;
  /** Per plane and month, the share of irradiation the modules' glazing transmits at its
   * angles of incidence (`monthlyAngularFactor` for the modules' tilt and azimuth), plane-major:
   * month m of plane p at 12·p + m. */
  angularFactor: Float64Array;
}

/** Per plane results of {@link roofPlaneYield}. */
export interface RoofYield {
  /** Mean annual irradiation of the plane's usable cells (its own cells when none) [kWh/m²/yr]. */
  irradiationKwhM2Yr: Float64Array;
  /** Annual AC yield of the plane's modules [kWh/yr]. */
  yieldKwhYr: Float64Array;
  /** Annual AC yield per kWp [kWh/kWp/yr] (defined even for a plane without modules). */
  specificYieldKwhKwp: Float64Array;
  /** Monthly AC yield, plane-major: month m of plane p at 12·p + m [kWh]. */
  monthlyYieldKwh: Float64Array;
  /** 11 quantiles (0, 0.1 … 1) of the cells' specific yield, plane-major [kWh/kWp/yr]. */
  sunshineQuantilesKwhKwp: Float64Array;
  /** Avoided emissions [kg CO2e/yr]. */
  co2AvoidedKgYr: Float64Array;
}

/** Quantile q of `sorted[0 … n)` with linear interpolation between order statistics (type 7). */
function quantile(sorted: Float64Array, n: number, q: number): number {
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * PV yield of every roof plane. The plane's monthly plane-of-array irradiation is the mean of
 * its usable cells' monthly irradiation (each on the cell's own plane, shaded by its horizons;
 * for tilted rows on a flat plane × `flatRowsTiltGain`), × the glazing's `angularFactor`, fed to
 * {@link monthlyPvYield} for
 * 1 kWp: that is the specific yield, and the yield is specific yield × kWp (the chain is
 * proportional to kWp, the inverter being sized by the DC/AC ratio). A cell's specific yield
 * is the plane's × its irradiation / the plane's mean (the temperature and inverter factors of
 * the plane are kept); its quantiles (Hyndman & Fan 1996, type 7) are the sunshine quantiles.
 * Planes with no usable cell use their own (non-obstacle) cells.
 *
 * @param input segmentation, usable cells, layout, irradiation and conditions
 * @param system PV system options (`monthlyPvYield`)
 * @param kgCo2PerKwh avoided emission factor [kg CO2e/kWh]
 * @returns per plane irradiation, yield, specific yield, monthly yield, quantiles, CO2
 * @example const y = roofPlaneYield(input, {}, FRANCE_GRID_KG_CO2_PER_KWH);
 */
export function roofPlaneYield(
  input: RoofYieldInput,
  system: Partial<PvSystemOptions> = {},
  kgCo2PerKwh = FRANCE_GRID_KG_CO2_PER_KWH,
): RoofYield {
  const { seg, usable, layout, globalKwhM2Yr, monthlyKwhM2, conditions } = input;
  const { planes, isObstacle } = seg;
  const cellsTotal = usable.length;
  const n = planes.count;
  const out: RoofYield = {
    irradiationKwhM2Yr: new Float64Array(n),
    yieldKwhYr: new Float64Array(n),
    specificYieldKwhKwp: new Float64Array(n),
    monthlyYieldKwh: new Float64Array(12 * n),
    sunshineQuantilesKwhKwp: new Float64Array(SUNSHINE_QUANTILES * n),
    co2AvoidedKgYr: new Float64Array(n),
  };
  let longest = 0;
  for (let p = 0; p < n; p++) longest = Math.max(longest, planes.cellOffsets[p + 1] - planes.cellOffsets[p]);
  const values = new Float64Array(longest);
  const poa = new Float64Array(12);
  const monthly = new Float64Array(12);
  for (let p = 0; p < n; p++) {
    const from = planes.cellOffsets[p];
    const to = planes.cellOffsets[p + 1];
    let anyUsable = false;
    for (let i = from; i < to && !anyUsable; i++) anyUsable = usable[planes.cells[i]] === 1;
    let count = 0;
    let sum = 0;
    poa.fill(0);
    for (let i = from; i < to; i++) {
      const k = planes.cells[i];
      if (anyUsable ? !usable[k] : isObstacle[k] || !(globalKwhM2Yr[k] >= 0)) continue;
      values[count++] = globalKwhM2Yr[k];
      sum += globalKwhM2Yr[k];
      for (let m = 0; m < 12; m++) poa[m] += monthlyKwhM2[m * cellsTotal + k];
    }
    if (count === 0) {
      out.irradiationKwhM2Yr[p] = Number.NaN;
      out.specificYieldKwhKwp[p] = Number.NaN;
      out.sunshineQuantilesKwhKwp.fill(Number.NaN, SUNSHINE_QUANTILES * p, SUNSHINE_QUANTILES * (p + 1));
      continue;
    }
    const rows = planes.isFlat[p] === 1 && layout.moduleTiltDeg[p] > 0;
    for (let m = 0; m < 12; m++) {
      poa[m] = (poa[m] / count) * (rows ? input.flatRowsTiltGain[m] : 1) * input.angularFactor[12 * p + m];
    }
    const mean = sum / count;
    const specific = monthlyPvYield(1, poa, conditions, system, monthly);
    const kWp = layout.kWp[p];
    out.irradiationKwhM2Yr[p] = mean;
    out.specificYieldKwhKwp[p] = specific;
    out.yieldKwhYr[p] = specific * kWp;
    for (let m = 0; m < 12; m++) out.monthlyYieldKwh[12 * p + m] = monthly[m] * kWp;
    out.co2AvoidedKgYr[p] = out.yieldKwhYr[p] * kgCo2PerKwh;
    const sorted = values.subarray(0, count).sort();
    const perIrradiation = mean > 0 ? specific / mean : 0;
    for (let q = 0; q < SUNSHINE_QUANTILES; q++) {
      out.sunshineQuantilesKwhKwp[SUNSHINE_QUANTILES * p + q] =
        quantile(sorted, count, q / (SUNSHINE_QUANTILES - 1)) * perIrradiation;
    }
  }
  return out;
}

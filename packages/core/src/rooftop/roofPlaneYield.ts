/**
 * Annual and monthly PV yield of every roof plane from the irradiation of its usable cells.
 */
import type { MonthlyOperatingConditions } from '../pv/monthlyOperatingConditions.js';
import { monthlyPvYield, type PvSystemOptions } from '../pv/monthlyPvYield.js';
import type { PlaneLayout } from './layoutRoofPlanes.js';
import type { RoofSegmentation } from './segmentRoofPlanes.js';
import { sortedQuantile } from './sortedQuantile.js';

/** Number of sunshine quantiles per plane (minimum, deciles, maximum), as Google's Solar API. */
export const SUNSHINE_QUANTILES = 11;

/**
 * Avoided emissions per kWh of PV replacing grid electricity in France [kg CO2e/kWh]: 21.7 g, the
 * carbon intensity of French electricity production in 2024 (direct emissions of the power
 * plants per kWh produced; 32 g in 2023) — RTE, "Bilan électrique 2024", chapter Émissions,
 * https://analysesetdonnees.rte-france.com/index.php/bilan-electrique-2024/emissions. Life-cycle
 * factors (ADEME Base Empreinte "mix de consommation moyen", imports and upstream included) are
 * higher; their value could not be read here. Configurable (`co2KgPerKwh` of `gisement roofs`).
 */
export const FRANCE_GRID_KG_CO2_PER_KWH = 0.0217;

/** Where {@link FRANCE_GRID_KG_CO2_PER_KWH} comes from and the period it holds for. */
export const FRANCE_GRID_KG_CO2_PER_KWH_SOURCE =
  '0.0217 kg CO2e/kWh: carbon intensity of French electricity production in 2024, direct emissions ' +
  'per kWh produced — RTE, "Bilan électrique 2024", chapter Émissions (published 2025), ' +
  'https://analysesetdonnees.rte-france.com/index.php/bilan-electrique-2024/emissions. Valid: year 2024 ' +
  '(2023: 0.032). Life-cycle factors (ADEME Base Empreinte, mix de consommation moyen) are higher; ' +
  'their value could not be read here.';

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
  /** Annual irradiation on the modules' plane: `irradiationKwhM2Yr`, with each month × the row
   * tilt gain on flat planes with tilted rows; before the glazing's angular loss [kWh/m²/yr]. */
  moduleIrradiationKwhM2Yr: Float64Array;
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
    moduleIrradiationKwhM2Yr: new Float64Array(n),
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
      out.moduleIrradiationKwhM2Yr[p] = Number.NaN;
      out.specificYieldKwhKwp[p] = Number.NaN;
      out.sunshineQuantilesKwhKwp.fill(Number.NaN, SUNSHINE_QUANTILES * p, SUNSHINE_QUANTILES * (p + 1));
      continue;
    }
    const rows = planes.isFlat[p] === 1 && layout.moduleTiltDeg[p] > 0;
    let moduleIrradiation = 0;
    for (let m = 0; m < 12; m++) {
      const onModules = (poa[m] / count) * (rows ? input.flatRowsTiltGain[m] : 1);
      moduleIrradiation += onModules;
      poa[m] = onModules * input.angularFactor[12 * p + m];
    }
    const mean = sum / count;
    const specific = monthlyPvYield(1, poa, conditions, system, monthly);
    const kWp = layout.kWp[p];
    out.irradiationKwhM2Yr[p] = mean;
    out.moduleIrradiationKwhM2Yr[p] = moduleIrradiation;
    out.specificYieldKwhKwp[p] = specific;
    out.yieldKwhYr[p] = specific * kWp;
    for (let m = 0; m < 12; m++) out.monthlyYieldKwh[12 * p + m] = monthly[m] * kWp;
    out.co2AvoidedKgYr[p] = out.yieldKwhYr[p] * kgCo2PerKwh;
    const sorted = values.subarray(0, count).sort();
    const perIrradiation = mean > 0 ? specific / mean : 0;
    for (let q = 0; q < SUNSHINE_QUANTILES; q++) {
      out.sunshineQuantilesKwhKwp[SUNSHINE_QUANTILES * p + q] =
        sortedQuantile(sorted, count, q / (SUNSHINE_QUANTILES - 1)) * perIrradiation;
    }
  }
  return out;
}

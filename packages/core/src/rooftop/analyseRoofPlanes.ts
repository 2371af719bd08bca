import { type EconomicsConfig, FRANCE_ECONOMICS_DEFAULTS } from '../economics/franceEconomics.js';
import { type PvEconomics, pvEconomics } from '../economics/pvEconomics.js';
import type { SkyTimeSeries } from '../irradiance/clearSkySeries.js';
import type { IrradiationOutput } from '../irradiance/irradiateCells.js';
import { monthlyTiltGain } from '../irradiance/monthlyTiltGain.js';
import { monthlyAngularFactor } from '../pv/monthlyAngularFactor.js';
import { type MonthlyOperatingConditions, monthlyOperatingConditions } from '../pv/monthlyOperatingConditions.js';
import { PV_SYSTEM_DEFAULTS, type PvSystemOptions } from '../pv/monthlyPvYield.js';
import { type SunPositionSeries, sunPositionsForInstants } from '../solar/sunPositions.js';
import { LAYOUT_DEFAULTS, type LayoutOptions, layoutRoofPlanes, type PlaneLayout } from './layoutRoofPlanes.js';
import { FRANCE_GRID_KG_CO2_PER_KWH, type RoofYield, roofPlaneYield } from './roofPlaneYield.js';
import type { RoofSegmentation } from './segmentRoofPlanes.js';
import { IRRADIATION_CLASSES, type SuitabilityClass, suitabilityClass } from './suitability.js';
import { USABLE_AREA_DEFAULTS, type UsableArea, type UsableAreaOptions, usableRoofArea } from './usableRoofArea.js';

/** Every parameter of the roof analysis after irradiation. */
export interface RoofAnalysisOptions {
  /** Rules of the usable area (`usableRoofArea`). */
  usableArea: UsableAreaOptions;
  /** Modules and their mounting on flat planes (`layoutRoofPlanes`). */
  layout: Omit<LayoutOptions, 'latitudeDeg' | 'gridConvergenceDeg'>;
  /** PVWatts system (`roofPlaneYield`). */
  pv: PvSystemOptions;
  /** Air temperature [°C] and wind speed [m/s] of every month when no measured weather is given. */
  clearSkyConditions: { airTemperatureC: number; windSpeedMs: number; source: string };
  /** Emission factor of the displaced grid electricity [kg CO2/kWh]. */
  co2KgPerKwh: number;
  /** Costs and tariffs (`pvEconomics`). */
  economics: EconomicsConfig;
  /** Suitability classes on the annual irradiation [kWh/m²/yr], lowest first. */
  classes: SuitabilityClass[];
}

/**
 * A fresh copy of the defaults: `USABLE_AREA_DEFAULTS`, `LAYOUT_DEFAULTS`, `PV_SYSTEM_DEFAULTS`,
 * the IEC 61215 nominal operating cell temperature (NOCT) conditions for a clear sky (ambient
 * 20 °C, wind 1 m/s, every month), `FRANCE_GRID_KG_CO2_PER_KWH`, `FRANCE_ECONOMICS_DEFAULTS`
 * and `IRRADIATION_CLASSES`.
 * @returns options the caller may change in place
 */
export function roofAnalysisDefaults(): RoofAnalysisOptions {
  return {
    usableArea: { ...USABLE_AREA_DEFAULTS },
    layout: {
      module: { ...LAYOUT_DEFAULTS.module },
      flatMounting: LAYOUT_DEFAULTS.flatMounting,
      flatTiltDeg: LAYOUT_DEFAULTS.flatTiltDeg,
    },
    pv: { ...PV_SYSTEM_DEFAULTS },
    clearSkyConditions: {
      airTemperatureC: 20,
      windSpeedMs: 1,
      source: 'IEC 61215 nominal operating cell temperature (NOCT) conditions: ambient 20 °C, wind 1 m/s, every month',
    },
    co2KgPerKwh: FRANCE_GRID_KG_CO2_PER_KWH,
    economics: {
      ...FRANCE_ECONOMICS_DEFAULTS,
      installationCostEurPerWp: FRANCE_ECONOMICS_DEFAULTS.installationCostEurPerWp.map((b) => ({ ...b })),
      surplusTariffEurPerKwh: FRANCE_ECONOMICS_DEFAULTS.surplusTariffEurPerKwh.map((b) => ({ ...b })),
      investmentPremiumEurPerKwp: FRANCE_ECONOMICS_DEFAULTS.investmentPremiumEurPerKwp.map((b) => ({ ...b })),
      sources: { ...FRANCE_ECONOMICS_DEFAULTS.sources },
    },
    classes: IRRADIATION_CLASSES.map((c) => ({ ...c })),
  };
}

/** What the roof analysis needs besides its options; all on the DSM's grid. */
export interface RoofAnalysisInput {
  /** Roof planes of the buildings (`segmentRoofPlanes`); building ids 1..`buildingsCount`. */
  seg: RoofSegmentation;
  /** Grid width [cells]. */
  width: number;
  /** Grid height [cells]. */
  height: number;
  /** Cell width [m]. */
  cellSizeXM: number;
  /** Cell height [m]. */
  cellSizeYM: number;
  /** Annual and monthly irradiation of the cells (`irradiateCells`). */
  irradiation: IrradiationOutput;
  /** The sky series the irradiation was computed with. */
  sky: SkyTimeSeries;
  /** Site of the sky series: latitude and longitude [°, WGS 84], elevation [m]. */
  site: { latitudeDeg: number; longitudeDeg: number; elevationM: number };
  /** Ground albedo [0–1]. */
  albedo: number;
  /** Meridian convergence γ: true azimuth = grid azimuth + γ [°]. */
  gridConvergenceDeg: number;
  /** Number of buildings: plane building id b belongs to building index b − 1. */
  buildingsCount: number;
  /** Operating conditions from measured weather; omitted: `clearSkyConditions` at the sky's instants. */
  conditions?: MonthlyOperatingConditions;
}

/** Totals per building, index = building id − 1; zeros (NaN, null) for a building without planes. */
export interface BuildingTotals {
  planesCount: Int32Array;
  /** Usable inclined area [m²]. */
  usableAreaM2: Float64Array;
  modulesCount: Int32Array;
  /** Peak power [kWp]. */
  kWp: Float64Array;
  /** Annual yield [kWh/yr]. */
  yieldKwhYr: Float64Array;
  /** Avoided emissions [kg CO2/yr]. */
  co2AvoidedKgYr: Float64Array;
  /** Usable-area-weighted mean irradiation of its planes [kWh/m²/yr]; NaN without usable area. */
  irradiationKwhM2Yr: Float64Array;
  /** Suitability class of that irradiation, null without usable area. */
  class: (string | null)[];
  /** Economics of its total kWp and yield, null without modules. */
  economics: (PvEconomics | null)[];
}

/** Results of the roof analysis per plane (indexes of `seg.planes`) and per building. */
export interface RoofAnalysis {
  usable: UsableArea;
  layout: PlaneLayout;
  yields: RoofYield;
  /** Monthly operating conditions used. */
  conditions: MonthlyOperatingConditions;
  /** Monthly gain of the flat-roof rows' tilt over the horizontal [–]. */
  flatRowsTiltGain: Float64Array;
  /** Per plane: suitability class of its irradiation. */
  planeClass: (string | null)[];
  /** Per plane: economics of its modules, null without modules. */
  planeEconomics: (PvEconomics | null)[];
  buildings: BuildingTotals;
}

/**
 * `monthlyAngularFactor` for any module orientation, computed once per whole degree of tilt and
 * azimuth: the factor changes by far less than 0.1 % per degree, and planes of one town share
 * a few orientations.
 */
function angularFactorsByDegree(
  sky: SkyTimeSeries,
  sun: SunPositionSeries,
  albedo: number,
): (tiltDeg: number, azimuthDeg: number) => Float64Array {
  const cache = new Map<number, Float64Array>();
  return (tiltDeg, azimuthDeg) => {
    const tilt = Math.round(tiltDeg);
    const azimuth = Math.round(azimuthDeg) % 360;
    const key = tilt * 360 + azimuth;
    let factors = cache.get(key);
    if (!factors) {
      factors = monthlyAngularFactor(sky, sun, tilt, azimuth, albedo);
      cache.set(key, factors);
    }
    return factors;
  };
}

/**
 * The roof step after irradiation, per plane and per building: usable area (`usableRoofArea`),
 * modules (`layoutRoofPlanes`), monthly angular factors of the modules' glazing
 * (`monthlyAngularFactor` at the module tilt and azimuth rounded to whole degrees), operating
 * conditions (`monthlyOperatingConditions`, clear-sky NOCT conditions without measured
 * weather), tilt gain of flat-roof rows facing the equator (`monthlyTiltGain`), PVWatts yield
 * and avoided CO2 (`roofPlaneYield`), economics (`pvEconomics`) and suitability classes
 * (`suitabilityClass`; per building on the usable-area-weighted irradiation of its planes).
 * @param input the segmentation, irradiation and sky of the grid
 * @param options parameters (`roofAnalysisDefaults()`)
 * @returns per plane and per building results
 * @see packages/core/src/rooftop/README.md "From planes to kWh, € and ranks"
 * @example
 * const a = analyseRoofPlanes({ seg, width, height, cellSizeXM: 0.5, cellSizeYM: 0.5, irradiation,
 *   sky, site, albedo: 0.2, gridConvergenceDeg: 0, buildingsCount: 18 }, roofAnalysisDefaults());
 * a.yields.yieldKwhYr[p]; a.buildings.class[b];
 */
export function analyseRoofPlanes(input: RoofAnalysisInput, options: RoofAnalysisOptions): RoofAnalysis {
  const { seg, width, height, cellSizeXM, cellSizeYM, irradiation, sky, site, albedo } = input;
  const usable = usableRoofArea(
    seg,
    width,
    height,
    cellSizeXM,
    cellSizeYM,
    irradiation.globalKwhM2Yr,
    options.usableArea,
  );
  const layout = layoutRoofPlanes(seg.planes, usable.usable, width, height, cellSizeXM, cellSizeYM, {
    ...options.layout,
    latitudeDeg: site.latitudeDeg,
    gridConvergenceDeg: input.gridConvergenceDeg,
  });
  const sun = sunPositionsForInstants(sky.sunTimeUtcMs, {
    latitudeDeg: site.latitudeDeg,
    longitudeDeg: site.longitudeDeg,
    elevationM: site.elevationM,
  });
  const n = seg.planes.count;
  const angularFactorFor = angularFactorsByDegree(sky, sun, albedo);
  const angularFactor = new Float64Array(12 * n);
  for (let k = 0; k < n; k++) {
    angularFactor.set(
      angularFactorFor(layout.moduleTiltDeg[k] as number, layout.moduleAzimuthDeg[k] as number),
      12 * k,
    );
  }
  const steps = sky.ghiWM2.length;
  const conditions =
    input.conditions ??
    monthlyOperatingConditions(
      sky.sunTimeUtcMs,
      sky.ghiWM2,
      new Float32Array(steps).fill(options.clearSkyConditions.airTemperatureC),
      new Float32Array(steps).fill(options.clearSkyConditions.windSpeedMs),
    );
  const flatRowsTiltGain = monthlyTiltGain(
    sky,
    sun,
    options.layout.flatTiltDeg,
    site.latitudeDeg >= 0 ? 180 : 0,
    albedo,
  );
  const yields = roofPlaneYield(
    {
      seg,
      usable: usable.usable,
      layout,
      globalKwhM2Yr: irradiation.globalKwhM2Yr,
      monthlyKwhM2: irradiation.monthlyKwhM2,
      conditions,
      flatRowsTiltGain,
      angularFactor,
    },
    options.pv,
    options.co2KgPerKwh,
  );
  const m = input.buildingsCount;
  const buildings: BuildingTotals = {
    planesCount: new Int32Array(m),
    usableAreaM2: new Float64Array(m),
    modulesCount: new Int32Array(m),
    kWp: new Float64Array(m),
    yieldKwhYr: new Float64Array(m),
    co2AvoidedKgYr: new Float64Array(m),
    irradiationKwhM2Yr: new Float64Array(m).fill(Number.NaN),
    class: new Array<string | null>(m).fill(null),
    economics: new Array<PvEconomics | null>(m).fill(null),
  };
  const weighted = new Float64Array(m);
  const planeClass: (string | null)[] = new Array(n);
  const planeEconomics: (PvEconomics | null)[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const b = (seg.planes.buildingId[k] as number) - 1;
    const kWp = layout.kWp[k] as number;
    const yieldKwhYr = yields.yieldKwhYr[k] as number;
    const irradiationKwhM2Yr = yields.irradiationKwhM2Yr[k] as number;
    const area = usable.usableAreaM2[k] as number;
    planeClass[k] = suitabilityClass(irradiationKwhM2Yr, options.classes);
    planeEconomics[k] = kWp > 0 ? pvEconomics(kWp, yieldKwhYr, options.economics) : null;
    buildings.planesCount[b]++;
    buildings.usableAreaM2[b] += area;
    buildings.modulesCount[b] += layout.modulesCount[k] as number;
    buildings.kWp[b] += kWp;
    buildings.yieldKwhYr[b] += yieldKwhYr;
    buildings.co2AvoidedKgYr[b] += yields.co2AvoidedKgYr[k] as number;
    if (area > 0) weighted[b] += area * irradiationKwhM2Yr;
  }
  for (let b = 0; b < m; b++) {
    const area = buildings.usableAreaM2[b] as number;
    const kWp = buildings.kWp[b] as number;
    if (area > 0) {
      buildings.irradiationKwhM2Yr[b] = (weighted[b] as number) / area;
      buildings.class[b] = suitabilityClass(buildings.irradiationKwhM2Yr[b] as number, options.classes);
    }
    if (kWp > 0) buildings.economics[b] = pvEconomics(kWp, buildings.yieldKwhYr[b] as number, options.economics);
  }
  return { usable, layout, yields, conditions, flatRowsTiltGain, planeClass, planeEconomics, buildings };
}

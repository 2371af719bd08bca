import {
  type IrradiationOutput,
  layoutRoofPlanes,
  type MonthlyOperatingConditions,
  PLANE_EXCLUSIONS,
  type PvEconomics,
  pvEconomics,
  type RoofSegmentation,
  rankValues,
  roofPlaneYield,
  SUNSHINE_QUANTILES,
  suitabilityClass,
  usableRoofArea,
} from '@gisement/core';
import type { BuildingEntry } from './roofBuildings.js';
import type { RankingCriterion, RoofsConfig } from './roofsConfig.js';

/** One roof plane's results. */
export interface PlaneRow {
  /** Index of its building in the entries. */
  entry: number;
  segmentId: string;
  pitchDeg: number;
  azimuthDeg: number;
  areaM2: number;
  groundAreaM2: number;
  usableAreaM2: number;
  exclusion: string | null;
  irradiationKwhM2Yr: number;
  sunshineQuantilesKwhKwp: number[];
  panelsCount: number;
  moduleTiltDeg: number;
  moduleAzimuthDeg: number;
  kWp: number;
  yieldKwhYr: number;
  specificYieldKwhKwp: number;
  monthlyYieldKwh: number[];
  co2AvoidedKgYr: number;
  economics: PvEconomics | null;
  class: string | null;
  rank: number;
}

/** One building's totals (zeros for a skipped one). */
export interface BuildingRow {
  status: 'analysed' | 'skipped';
  skipReason: string | null;
  planesCount: number;
  usableAreaM2: number;
  irradiationKwhM2Yr: number;
  panelsCount: number;
  kWp: number;
  yieldKwhYr: number;
  specificYieldKwhKwp: number;
  co2AvoidedKgYr: number;
  economics: PvEconomics | null;
  class: string | null;
  rank: number;
}

/** Everything the roof step needs besides the configuration. */
export interface RoofAnalysisInput {
  entries: BuildingEntry[];
  seg: RoofSegmentation;
  width: number;
  height: number;
  cellSizeXM: number;
  cellSizeYM: number;
  irradiation: IrradiationOutput;
  conditions: MonthlyOperatingConditions;
  flatRowsTiltGain: ArrayLike<number>;
  /** Monthly angular factors of the glazing for a module tilt and azimuth [°] (`angularFactors`). */
  angularFactorFor: (tiltDeg: number, azimuthDeg: number) => Float64Array;
  latitudeDeg: number;
  gridConvergenceDeg: number;
}

const round = (v: number, digits: number) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);

/** The criterion's value of a row; NaN (unranked) without modules. */
function criterion(
  row: { kWp: number; yieldKwhYr: number; specificYieldKwhKwp: number; economics: PvEconomics | null },
  by: RankingCriterion,
): number {
  if (!(row.kWp > 0)) return Number.NaN;
  if (by === 'yield') return row.yieldKwhYr;
  if (by === 'specificYield') return row.specificYieldKwhKwp;
  return row.economics ? row.economics.paybackYears : Number.NaN;
}

/** Rank rows in place by the configured criterion (1 = best). */
function rankRows(rows: (PlaneRow | BuildingRow)[], by: RankingCriterion): void {
  const ranks = rankValues(
    rows.map((r) => criterion(r, by)),
    by !== 'payback',
  );
  rows.forEach((r, i) => {
    r.rank = ranks[i] as number;
  });
}

/**
 * The roof step after irradiation: usable area, modules, yield, economics, classes and ranks,
 * per plane and per building (`usableRoofArea`, `layoutRoofPlanes`, `roofPlaneYield`,
 * `pvEconomics`, `suitabilityClass`, `rankValues`).
 */
export function analyseRoofs(
  input: RoofAnalysisInput,
  config: RoofsConfig,
): { planes: PlaneRow[]; buildings: BuildingRow[] } {
  const { seg, width, height, cellSizeXM, cellSizeYM, irradiation, entries } = input;
  const usable = usableRoofArea(
    seg,
    width,
    height,
    cellSizeXM,
    cellSizeYM,
    irradiation.globalKwhM2Yr,
    config.usableArea,
  );
  const layout = layoutRoofPlanes(seg.planes, usable.usable, width, height, cellSizeXM, cellSizeYM, {
    ...config.layout,
    latitudeDeg: input.latitudeDeg,
    gridConvergenceDeg: input.gridConvergenceDeg,
  });
  const angularFactor = new Float64Array(12 * seg.planes.count);
  for (let k = 0; k < seg.planes.count; k++) {
    angularFactor.set(
      input.angularFactorFor(layout.moduleTiltDeg[k] as number, layout.moduleAzimuthDeg[k] as number),
      12 * k,
    );
  }
  const yields = roofPlaneYield(
    {
      seg,
      usable: usable.usable,
      layout,
      globalKwhM2Yr: irradiation.globalKwhM2Yr,
      monthlyKwhM2: irradiation.monthlyKwhM2,
      conditions: input.conditions,
      flatRowsTiltGain: input.flatRowsTiltGain,
      angularFactor,
    },
    config.pv,
    config.co2KgPerKwh,
  );
  const entryOfLabel = new Map<number, number>();
  entries.forEach((e, i) => {
    if (e.label > 0) entryOfLabel.set(e.label, i);
  });
  const planesOfEntry = new Int32Array(entries.length);
  const p = seg.planes;
  const planes: PlaneRow[] = [];
  for (let k = 0; k < p.count; k++) {
    const entry = entryOfLabel.get(p.buildingId[k] as number) as number;
    const n = ++planesOfEntry[entry];
    const kWp = layout.kWp[k] as number;
    const yieldKwhYr = yields.yieldKwhYr[k] as number;
    planes.push({
      entry,
      segmentId: `${entries[entry]?.buildingId}-P${n}`,
      pitchDeg: round(p.pitchDeg[k] as number, 2),
      azimuthDeg: round(p.azimuthDeg[k] as number, 2),
      areaM2: round(p.areaM2[k] as number, 2),
      groundAreaM2: round(p.groundAreaM2[k] as number, 2),
      usableAreaM2: round(usable.usableAreaM2[k] as number, 2),
      exclusion: PLANE_EXCLUSIONS[usable.exclusion[k] as number] || null,
      irradiationKwhM2Yr: round(yields.irradiationKwhM2Yr[k] as number, 1),
      sunshineQuantilesKwhKwp: Array.from(
        yields.sunshineQuantilesKwhKwp.subarray(SUNSHINE_QUANTILES * k, SUNSHINE_QUANTILES * (k + 1)),
        (v) => round(v, 1),
      ),
      panelsCount: layout.modulesCount[k] as number,
      moduleTiltDeg: round(layout.moduleTiltDeg[k] as number, 2),
      moduleAzimuthDeg: round(layout.moduleAzimuthDeg[k] as number, 2),
      kWp: round(kWp, 3),
      yieldKwhYr: round(yieldKwhYr, 1),
      specificYieldKwhKwp: round(yields.specificYieldKwhKwp[k] as number, 1),
      monthlyYieldKwh: Array.from(yields.monthlyYieldKwh.subarray(12 * k, 12 * k + 12), (v) => round(v, 1)),
      co2AvoidedKgYr: round(yields.co2AvoidedKgYr[k] as number, 1),
      economics: kWp > 0 ? pvEconomics(kWp, yieldKwhYr, config.economics) : null,
      class: suitabilityClass(yields.irradiationKwhM2Yr[k] as number, config.classes),
      rank: 0,
    });
  }
  const buildings: BuildingRow[] = entries.map(() => ({
    status: 'skipped',
    skipReason: null,
    planesCount: 0,
    usableAreaM2: 0,
    irradiationKwhM2Yr: Number.NaN,
    panelsCount: 0,
    kWp: 0,
    yieldKwhYr: 0,
    specificYieldKwhKwp: Number.NaN,
    co2AvoidedKgYr: 0,
    economics: null,
    class: null,
    rank: 0,
  }));
  const weighted = new Float64Array(entries.length);
  for (const row of planes) {
    const b = buildings[row.entry] as BuildingRow;
    b.planesCount++;
    b.usableAreaM2 += row.usableAreaM2;
    b.panelsCount += row.panelsCount;
    b.kWp += row.kWp;
    b.yieldKwhYr += row.yieldKwhYr;
    b.co2AvoidedKgYr += row.co2AvoidedKgYr;
    if (row.usableAreaM2 > 0) weighted[row.entry] += row.usableAreaM2 * row.irradiationKwhM2Yr;
  }
  entries.forEach((e, i) => {
    const b = buildings[i] as BuildingRow;
    b.skipReason =
      e.skipReason ?? (b.planesCount === 0 ? 'no-roof-plane: no planar roof face found on its cells' : null);
    if (b.skipReason !== null) return;
    b.status = 'analysed';
    b.usableAreaM2 = round(b.usableAreaM2, 2);
    b.kWp = round(b.kWp, 3);
    b.yieldKwhYr = round(b.yieldKwhYr, 1);
    b.co2AvoidedKgYr = round(b.co2AvoidedKgYr, 1);
    b.irradiationKwhM2Yr = b.usableAreaM2 > 0 ? round((weighted[i] as number) / b.usableAreaM2, 1) : Number.NaN;
    b.specificYieldKwhKwp = b.kWp > 0 ? round(b.yieldKwhYr / b.kWp, 1) : Number.NaN;
    b.economics = b.kWp > 0 ? pvEconomics(b.kWp, b.yieldKwhYr, config.economics) : null;
    b.class = suitabilityClass(b.irradiationKwhM2Yr, config.classes);
  });
  rankRows(planes, config.ranking.criterion);
  rankRows(buildings, config.ranking.criterion);
  return { planes, buildings };
}

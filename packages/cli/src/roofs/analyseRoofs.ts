import {
  analyseRoofPlanes,
  PLANE_EXCLUSIONS,
  type PvEconomics,
  type RoofAnalysis,
  type RoofAnalysisInput,
  rankByCriterion,
  SUNSHINE_QUANTILES,
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
export type RoofsStepInput = Omit<RoofAnalysisInput, 'buildingsCount'> & {
  /** The buildings; an entry's `label` is the building id of its planes, 0 for none. */
  entries: BuildingEntry[];
};

const round = (v: number, digits: number) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);

/** Rank rows in place by the configured criterion (1 = best; 0 = unranked, without modules). */
function rankRows(rows: (PlaneRow | BuildingRow)[], by: RankingCriterion): void {
  const ranks = rankByCriterion(
    rows.map((r) => r.kWp),
    rows.map((r) => r.yieldKwhYr),
    rows.map((r) => (r.economics ? r.economics.paybackYears : Number.NaN)),
    by,
  );
  rows.forEach((r, i) => {
    r.rank = ranks[i] as number;
  });
}

/**
 * The roof step after irradiation as rows of the outputs: `analyseRoofPlanes` of
 * `@gisement/core`, rounded for the files, with segment ids, skip reasons and ranks.
 */
export function analyseRoofs(
  input: RoofsStepInput,
  config: RoofsConfig,
): { planes: PlaneRow[]; buildings: BuildingRow[]; analysis: RoofAnalysis } {
  const { entries, seg } = input;
  const entryOfLabel = new Map<number, number>();
  entries.forEach((e, i) => {
    if (e.label > 0) entryOfLabel.set(e.label, i);
  });
  const buildingsCount = entries.reduce((max, e) => Math.max(max, e.label), 0);
  const analysis = analyseRoofPlanes({ ...input, buildingsCount }, config);
  const { usable, layout, yields, buildings: totals } = analysis;
  const planesOfEntry = new Int32Array(entries.length);
  const p = seg.planes;
  const planes: PlaneRow[] = [];
  for (let k = 0; k < p.count; k++) {
    const entry = entryOfLabel.get(p.buildingId[k] as number) as number;
    const n = ++planesOfEntry[entry];
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
      kWp: round(layout.kWp[k] as number, 3),
      yieldKwhYr: round(yields.yieldKwhYr[k] as number, 1),
      specificYieldKwhKwp: round(yields.specificYieldKwhKwp[k] as number, 1),
      monthlyYieldKwh: Array.from(yields.monthlyYieldKwh.subarray(12 * k, 12 * k + 12), (v) => round(v, 1)),
      co2AvoidedKgYr: round(yields.co2AvoidedKgYr[k] as number, 1),
      economics: analysis.planeEconomics[k] as PvEconomics | null,
      class: analysis.planeClass[k] as string | null,
      rank: 0,
    });
  }
  const buildings: BuildingRow[] = entries.map((e) => {
    const i = e.label - 1;
    const planesCount = i >= 0 ? (totals.planesCount[i] as number) : 0;
    const skipReason =
      e.skipReason ?? (planesCount === 0 ? 'no-roof-plane: no planar roof face found on its cells' : null);
    const analysed = skipReason === null;
    const kWp = analysed ? round(totals.kWp[i] as number, 3) : 0;
    const yieldKwhYr = analysed ? round(totals.yieldKwhYr[i] as number, 1) : 0;
    return {
      status: analysed ? 'analysed' : 'skipped',
      skipReason,
      planesCount,
      usableAreaM2: analysed ? round(totals.usableAreaM2[i] as number, 2) : 0,
      irradiationKwhM2Yr: analysed ? round(totals.irradiationKwhM2Yr[i] as number, 1) : Number.NaN,
      panelsCount: analysed ? (totals.modulesCount[i] as number) : 0,
      kWp,
      yieldKwhYr,
      specificYieldKwhKwp: analysed && kWp > 0 ? round(yieldKwhYr / kWp, 1) : Number.NaN,
      co2AvoidedKgYr: analysed ? round(totals.co2AvoidedKgYr[i] as number, 1) : 0,
      economics: analysed ? (totals.economics[i] as PvEconomics | null) : null,
      class: analysed ? (totals.class[i] as string | null) : null,
      rank: 0,
    };
  });
  rankRows(planes, config.ranking.criterion);
  rankRows(buildings, config.ranking.criterion);
  return { planes, buildings, analysis };
}

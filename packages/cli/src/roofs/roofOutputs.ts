import { join } from 'node:path';
import type { PvEconomics } from '@gisement/core';
import { writeFileAtomic } from '@gisement/io/node';
import type { BuildingRow, PlaneRow } from './analyseRoofs.js';
import type { BuildingEntry } from './roofBuildings.js';
import type { Wgs84Geometry } from './wgs84Geometry.js';

/** NaN and ±Infinity are not JSON: null. */
function num(v: number, digits: number): number | null {
  return Number.isFinite(v) ? Number(v.toFixed(digits)) : null;
}

function economicsProperties(e: PvEconomics | null): Record<string, number | null> {
  return {
    investmentEur: e ? num(e.investmentEur, 0) : null,
    investmentPremiumEur: e ? num(e.investmentPremiumEur, 0) : null,
    annualSavingsEur: e ? num(e.firstYearSavingsEur, 0) : null,
    paybackYears: e ? num(e.paybackYears, 1) : null,
    npvEur: e ? num(e.npvEur, 0) : null,
    lcoeEurPerKwh: e ? num(e.lcoeEurPerKwh, 4) : null,
  };
}

function collection(features: unknown[]): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}

/** The `roofs.geojson` feature of a plane. */
function planeFeature(row: PlaneRow, entry: BuildingEntry, geometry: Wgs84Geometry): unknown {
  return {
    type: 'Feature',
    id: row.segmentId,
    geometry,
    properties: {
      buildingId: entry.buildingId,
      segmentId: row.segmentId,
      pitchDeg: row.pitchDeg,
      azimuthDeg: row.azimuthDeg,
      areaM2: row.areaM2,
      groundAreaM2: row.groundAreaM2,
      usableAreaM2: row.usableAreaM2,
      exclusion: row.exclusion,
      irradiationKwhM2Yr: num(row.irradiationKwhM2Yr, 1),
      sunshineQuantilesKwhKwp: row.sunshineQuantilesKwhKwp.map((v) => num(v, 1)),
      panelsCount: row.panelsCount,
      moduleTiltDeg: row.moduleTiltDeg,
      moduleAzimuthDeg: row.moduleAzimuthDeg,
      kWp: row.kWp,
      yieldKwhYr: row.yieldKwhYr,
      specificYieldKwhKwp: num(row.specificYieldKwhKwp, 1),
      monthlyYieldKwh: row.monthlyYieldKwh,
      co2AvoidedKgYr: row.co2AvoidedKgYr,
      ...economicsProperties(row.economics),
      class: row.class,
      rank: row.rank,
    },
  };
}

/** The `buildings.geojson` feature of a building: its own properties, then ours. */
function buildingFeature(row: BuildingRow, entry: BuildingEntry): unknown {
  return {
    type: 'Feature',
    id: entry.buildingId,
    geometry: entry.geometry,
    properties: {
      ...entry.properties,
      buildingId: entry.buildingId,
      status: row.status,
      skipReason: row.skipReason,
      shareOnGrid: num(entry.shareOnGrid, 3),
      planesCount: row.planesCount,
      usableAreaM2: row.usableAreaM2,
      irradiationKwhM2Yr: num(row.irradiationKwhM2Yr, 1),
      panelsCount: row.panelsCount,
      kWp: row.kWp,
      yieldKwhYr: row.yieldKwhYr,
      specificYieldKwhKwp: num(row.specificYieldKwhKwp, 1),
      co2AvoidedKgYr: row.co2AvoidedKgYr,
      ...economicsProperties(row.economics),
      class: row.class,
      rank: row.rank,
    },
  };
}

/** A CSV field: quoted when it holds a comma, quote or line break. */
function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `ranking.csv`: the ranked buildings, best first. */
function rankingCsv(buildings: BuildingRow[], entries: BuildingEntry[]): string {
  const header = [
    'rank',
    'buildingId',
    'class',
    'panelsCount',
    'kWp',
    'yieldKwhYr',
    'specificYieldKwhKwp',
    'irradiationKwhM2Yr',
    'investmentEur',
    'investmentPremiumEur',
    'annualSavingsEur',
    'paybackYears',
    'npvEur',
    'lcoeEurPerKwh',
    'co2AvoidedKgYr',
  ];
  const lines = [header.join(',')];
  const order = buildings.map((_, i) => i).filter((i) => (buildings[i] as BuildingRow).rank > 0);
  order.sort((a, b) => (buildings[a] as BuildingRow).rank - (buildings[b] as BuildingRow).rank || a - b);
  for (const i of order) {
    const b = buildings[i] as BuildingRow;
    const e = economicsProperties(b.economics);
    lines.push(
      [
        b.rank,
        entries[i]?.buildingId,
        b.class,
        b.panelsCount,
        b.kWp,
        b.yieldKwhYr,
        num(b.specificYieldKwhKwp, 1),
        num(b.irradiationKwhM2Yr, 1),
        e.investmentEur,
        e.investmentPremiumEur,
        e.annualSavingsEur,
        e.paybackYears,
        e.npvEur,
        e.lcoeEurPerKwh,
        b.co2AvoidedKgYr,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Territory totals over the analysed buildings. */
export function territoryTotals(buildings: BuildingRow[], planes: PlaneRow[]): Record<string, number> {
  let kWp = 0;
  let yieldKwhYr = 0;
  let panelsCount = 0;
  let usableAreaM2 = 0;
  let co2AvoidedKgYr = 0;
  let investmentEur = 0;
  let investmentPremiumEur = 0;
  for (const b of buildings) {
    kWp += b.kWp;
    yieldKwhYr += b.yieldKwhYr;
    panelsCount += b.panelsCount;
    usableAreaM2 += b.usableAreaM2;
    co2AvoidedKgYr += b.co2AvoidedKgYr;
    investmentEur += b.economics ? b.economics.investmentEur : 0;
    investmentPremiumEur += b.economics ? b.economics.investmentPremiumEur : 0;
  }
  return {
    buildingsInput: buildings.length,
    buildingsAnalysed: buildings.filter((b) => b.status === 'analysed').length,
    buildingsSkipped: buildings.filter((b) => b.status === 'skipped').length,
    buildingsWithModules: buildings.filter((b) => b.kWp > 0).length,
    planes: planes.length,
    planesWithModules: planes.filter((p) => p.kWp > 0).length,
    usableAreaM2: num(usableAreaM2, 1) ?? 0,
    panelsCount,
    kWp: num(kWp, 2) ?? 0,
    yieldKwhYr: num(yieldKwhYr, 0) ?? 0,
    co2AvoidedKgYr: num(co2AvoidedKgYr, 0) ?? 0,
    investmentEur: num(investmentEur, 0) ?? 0,
    investmentPremiumEur: num(investmentPremiumEur, 0) ?? 0,
  };
}

/** The files of `gisement roofs` (their names, for messages). */
export const ROOF_OUTPUT_FILES = ['roofs.geojson', 'buildings.geojson', 'ranking.csv', 'summary.json'] as const;

/**
 * Write the four outputs of `gisement roofs` into `out`, each atomically.
 * @param planeGeometries WGS 84 outline of each plane, same order as `planes`
 * @param summary the run's summary (totals, parameters, warnings)
 */
export async function writeRoofOutputs(
  out: string,
  entries: BuildingEntry[],
  planes: PlaneRow[],
  buildings: BuildingRow[],
  planeGeometries: Wgs84Geometry[],
  summary: Record<string, unknown>,
): Promise<void> {
  await Promise.all([
    writeFileAtomic(
      join(out, 'roofs.geojson'),
      collection(
        planes.map((row, k) => planeFeature(row, entries[row.entry] as BuildingEntry, planeGeometries[k] ?? null)),
      ),
    ),
    writeFileAtomic(
      join(out, 'buildings.geojson'),
      collection(buildings.map((row, i) => buildingFeature(row, entries[i] as BuildingEntry))),
    ),
    writeFileAtomic(join(out, 'ranking.csv'), rankingCsv(buildings, entries)),
    writeFileAtomic(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`),
  ]);
}

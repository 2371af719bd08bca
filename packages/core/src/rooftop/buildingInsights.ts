/**
 * One analysed building in the shape of the `buildingInsights` resource of Google's Solar API
 * (v1, `buildingInsights:findClosest`), so that an application written for that API can read
 * our results. Field names, units and meanings are Google's; the fields we do not compute are
 * left out, never filled with placeholders (see README.md "Google Solar API–shaped output").
 */
import type { GeoRef } from '../raster/grid.js';
import type { ModuleSpec } from './layoutModules.js';
import type { PlaneLayout } from './layoutRoofPlanes.js';
import { type RoofYield, SUNSHINE_QUANTILES } from './roofPlaneYield.js';
import type { RoofSegmentation } from './segmentRoofPlanes.js';
import { sortedQuantile } from './sortedQuantile.js';

/** Google `LatLng`: WGS 84 [°]. */
export interface LatLng {
  latitude: number;
  longitude: number;
}

/** Google `LatLngBox`: south-west and north-east corners [°, WGS 84]. */
export interface LatLngBox {
  sw: LatLng;
  ne: LatLng;
}

/** Google `SizeAndSunshineStats`. */
export interface SizeAndSunshineStats {
  /** Roof area, inclined [m²]. */
  areaMeters2: number;
  /** Minimum, deciles and maximum of the points' annual sunshine [kWh/kW/yr = sun hours]; left
   * out when no point has an irradiation. */
  sunshineQuantiles?: number[];
  /** Ground (horizontal) area [m²]. */
  groundAreaMeters2: number;
}

/** Google `RoofSegmentSizeAndSunshineStats`. */
export interface RoofSegmentSizeAndSunshineStats {
  /** Tilt from the horizontal [°]. */
  pitchDegrees: number;
  /** Direction faced, clockwise from true north [°]; 0 for a flat segment. */
  azimuthDegrees: number;
  stats: SizeAndSunshineStats;
  /** Centroid of the segment's cells. */
  center: LatLng;
  boundingBox: LatLngBox;
  /** Height of the segment's plane at `center` [m, the DSM's vertical datum]. */
  planeHeightAtCenterMeters: number;
}

/** Google `RoofSegmentSummary`: the panels of one configuration on one segment. */
export interface RoofSegmentSummary {
  pitchDegrees: number;
  azimuthDegrees: number;
  panelsCount: number;
  /** Capacity × sunshine hours of the panels [kWh DC/yr]. */
  yearlyEnergyDcKwh: number;
  /** Index in `roofSegmentStats`. */
  segmentIndex: number;
}

/** Google `SolarPanelConfig`: the first `panelsCount` panels of the placement order. */
export interface SolarPanelConfig {
  panelsCount: number;
  /** [kWh DC/yr] */
  yearlyEnergyDcKwh: number;
  roofSegmentSummaries: RoofSegmentSummary[];
}

/** Google `SolarPotential`, without `solarPanels` and `financialAnalyses`. */
export interface SolarPotential {
  maxArrayPanelsCount: number;
  /** Panel area × panels [m²]. */
  maxArrayAreaMeters2: number;
  /** Largest annual sunshine of a point of the roof segments [kWh/kW/yr]; left out when none. */
  maxSunshineHoursPerYear?: number;
  /** Emission factor of the displaced grid electricity [kg CO2/MWh]. */
  carbonOffsetFactorKgPerMwh: number;
  /** The roof segments together. */
  wholeRoofStats: SizeAndSunshineStats;
  /** The whole building: segments and the obstacle cells standing on them. */
  buildingStats: SizeAndSunshineStats;
  roofSegmentStats: RoofSegmentSizeAndSunshineStats[];
  /** In increasing panel count, from 4 panels; left out below 4 panels (as Google). */
  solarPanelConfigs?: SolarPanelConfig[];
  /** Panel power at STC [W]. */
  panelCapacityWatts: number;
  /** Long side of the panel (portrait height) [m]. */
  panelHeightMeters: number;
  /** Short side of the panel [m]. */
  panelWidthMeters: number;
  /** Lifetime of the economics [yr]. */
  panelLifetimeYears: number;
}

/** Google `ImageryQuality` levels that a grid's cell size can claim. */
export type ImageryQuality = 'HIGH' | 'MEDIUM';

/** Google `BuildingInsights` (findClosest response) with the fields we compute. */
export interface BuildingInsights {
  /** `buildings/<our building id>` (Google: a Place ID). */
  name: string;
  center: LatLng;
  boundingBox: LatLngBox;
  /** From the cell size: ≤ 0.1 m HIGH, ≤ 0.25 m MEDIUM (Google's processing resolutions);
   * left out for coarser grids, which no level describes. */
  imageryQuality?: ImageryQuality;
  solarPotential: SolarPotential;
}

/** What {@link buildingInsights} reads; everything on one DSM grid. */
export interface BuildingInsightsInput {
  /** Our id of the building (`name` is `buildings/<id>`). */
  buildingId: string;
  /** Its planes, indexes into `seg.planes`, in the order of its segments (segmentIndex 0, 1…). */
  planeIndexes: ArrayLike<number>;
  seg: RoofSegmentation;
  /** Modules per plane (`layoutRoofPlanes`). */
  layout: Pick<PlaneLayout, 'modulesCount'>;
  /** Per plane irradiation on the modules (`roofPlaneYield`). */
  yields: Pick<RoofYield, 'moduleIrradiationKwhM2Yr'>;
  /** Annual irradiation of each cell on its own plane [kWh/m²/yr] (`irradiateCells`). */
  globalKwhM2Yr: Float32Array;
  /** Grid width [cells] and georeference (projected CRS in metres). */
  width: number;
  geo: GeoRef;
  /** Transform from the grid's CRS to WGS 84: (x, y) [m] → [longitude, latitude] [°]. */
  toWgs84: (x: number, y: number) => readonly [number, number];
  /** The module laid out. */
  module: ModuleSpec;
  /** Economic lifetime [yr]. */
  lifetimeYr: number;
  /** Emission factor of the displaced grid electricity [kg CO2/kWh]. */
  co2KgPerKwh: number;
}

/** Fewest panels of a Google `SolarPanelConfig`. */
const MIN_CONFIG_PANELS = 4;
/** Standard test conditions irradiance [kW/m²]: kWh/m² ÷ 1 kW/m² = kWh/kW = sun hours. */
const STC_IRRADIANCE_KW_M2 = 1;

function latLng(toWgs84: BuildingInsightsInput['toWgs84'], x: number, y: number): LatLng {
  const [longitude, latitude] = toWgs84(x, y);
  return { latitude, longitude };
}

/** Bounding box in WGS 84 of a CRS rectangle: its four corners transformed. */
function latLngBox(
  toWgs84: BuildingInsightsInput['toWgs84'],
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
): LatLngBox {
  let south = Number.POSITIVE_INFINITY;
  let west = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  for (const [x, y] of [
    [minX, minY],
    [maxX, minY],
    [minX, maxY],
    [maxX, maxY],
  ] as const) {
    const [lon, lat] = toWgs84(x, y);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return { sw: { latitude: south, longitude: west }, ne: { latitude: north, longitude: east } };
}

/** Extent [CRS units] of cells, accumulated into `box` = [minX, minY, maxX, maxY]. */
function extendByCells(box: Float64Array, cells: Int32Array, from: number, to: number, width: number, geo: GeoRef) {
  for (let i = from; i < to; i++) {
    const k = cells[i] as number;
    const col = k % width;
    const row = (k - col) / width;
    const west = geo.originX + col * geo.cellSizeX;
    const north = geo.originY - row * geo.cellSizeY;
    if (west < (box[0] as number)) box[0] = west;
    if (north - geo.cellSizeY < (box[1] as number)) box[1] = north - geo.cellSizeY;
    if (west + geo.cellSizeX > (box[2] as number)) box[2] = west + geo.cellSizeX;
    if (north > (box[3] as number)) box[3] = north;
  }
}

/** 11 type-7 quantiles of `values[0 … n)` (sorted in place), or undefined when n = 0. */
function quantiles(values: Float64Array, n: number): number[] | undefined {
  if (n === 0) return undefined;
  const sorted = values.subarray(0, n).sort();
  return Array.from({ length: SUNSHINE_QUANTILES }, (_, q) => sortedQuantile(sorted, n, q / (SUNSHINE_QUANTILES - 1)));
}

/**
 * One analysed building as Google's Solar API `buildingInsights` resource. Per segment (plane):
 * pitch, azimuth (true north, 0 when flat, as Google), inclined and ground area (obstacles on it
 * included), sunshine quantiles of its own cells (annual irradiation on the cell's plane
 * [kWh/m²] ÷ 1 kW/m² = kWh/kW, Google's "sun hours"; type-7 quantiles, Hyndman & Fan 1996),
 * centre, bounding box and plane height at the centre. Energy: a panel yields its capacity ×
 * the sunshine hours on the modules (`moduleIrradiationKwhM2Yr`: the plane's usable cells,
 * row tilt gain on flat roofs), Google's DC energy before its DC→AC derate, so not our AC
 * yield. Panels are placed segment by segment in decreasing sunshine on the modules (ties by
 * segment index); `solarPanelConfigs` has one entry per panel count from 4 to the maximum,
 * each the first N panels of that order (Google: "the first N panels in the solar_panels list").
 * Left out: `solarPanels` (positions not kept by the layout), `financialAnalyses` (a US bill
 * model), imagery dates, postal and administrative areas, region code.
 *
 * @param input the building's planes, their modules and irradiation, the grid and its transform
 * @returns the resource, every number unrounded
 * @throws Error when the building has no plane (a skipped building has no insights)
 * @see Google Maps Platform, Solar API reference v1, `buildingInsights.findClosest`,
 *   https://developers.google.com/maps/documentation/solar/reference/rest/v1/buildingInsights/findClosest;
 *   "Solar API concepts" (1 kWh/kW = 1 sun hour),
 *   https://developers.google.com/maps/documentation/solar/concepts
 * @example
 * const insights = buildingInsights({ buildingId: 'B01', planeIndexes: [0, 1], seg, layout: a.layout,
 *   yields: a.yields, globalKwhM2Yr, width, geo, toWgs84: (x, y) => toWgs84(2154, x, y),
 *   module: DEFAULT_MODULE, lifetimeYr: 20, co2KgPerKwh: 0.0217 });
 */
export function buildingInsights(input: BuildingInsightsInput): BuildingInsights {
  const { seg, planeIndexes, width, geo, toWgs84, module } = input;
  const { planes, isObstacle } = seg;
  const irradiation = input.globalKwhM2Yr;
  const segments = planeIndexes.length;
  if (segments === 0) throw new Error(`buildingInsights: building ${input.buildingId} has no roof plane`);
  let longest = 0;
  let allCells = 0;
  for (let s = 0; s < segments; s++) {
    const p = planeIndexes[s] as number;
    const cells = (planes.cellOffsets[p + 1] as number) - (planes.cellOffsets[p] as number);
    longest = Math.max(longest, cells);
    allCells += cells;
  }
  const segmentValues = new Float64Array(longest);
  const roofValues = new Float64Array(allCells);
  const buildingValues = new Float64Array(allCells);
  let roofCount = 0;
  let buildingCount = 0;
  const buildingBox = Float64Array.of(Infinity, Infinity, -Infinity, -Infinity);
  const segmentBox = new Float64Array(4);
  let areaM2 = 0;
  let groundAreaM2 = 0;
  let centreX = 0;
  let centreY = 0;
  const roofSegmentStats: RoofSegmentSizeAndSunshineStats[] = [];
  for (let s = 0; s < segments; s++) {
    const p = planeIndexes[s] as number;
    const from = planes.cellOffsets[p] as number;
    const to = planes.cellOffsets[p + 1] as number;
    let count = 0;
    for (let i = from; i < to; i++) {
      const k = planes.cells[i] as number;
      const sun = (irradiation[k] as number) / STC_IRRADIANCE_KW_M2;
      if (!(sun >= 0)) continue;
      buildingValues[buildingCount++] = sun;
      if (isObstacle[k]) continue;
      segmentValues[count++] = sun;
      roofValues[roofCount++] = sun;
    }
    segmentBox.set([Infinity, Infinity, -Infinity, -Infinity]);
    extendByCells(segmentBox, planes.cells, from, to, width, geo);
    extendByCells(buildingBox, planes.cells, from, to, width, geo);
    const ground = planes.groundAreaM2[p] as number;
    areaM2 += planes.areaM2[p] as number;
    groundAreaM2 += ground;
    centreX += ground * (planes.centreX[p] as number);
    centreY += ground * (planes.centreY[p] as number);
    const stats: SizeAndSunshineStats = { areaMeters2: planes.areaM2[p] as number, groundAreaMeters2: ground };
    const q = quantiles(segmentValues, count);
    if (q) stats.sunshineQuantiles = q;
    roofSegmentStats.push({
      pitchDegrees: planes.pitchDeg[p] as number,
      azimuthDegrees: planes.azimuthDeg[p] as number,
      stats,
      center: latLng(toWgs84, planes.centreX[p] as number, planes.centreY[p] as number),
      boundingBox: latLngBox(
        toWgs84,
        segmentBox[0] as number,
        segmentBox[1] as number,
        segmentBox[2] as number,
        segmentBox[3] as number,
      ),
      planeHeightAtCenterMeters: planes.planeHeightAtCenterM[p] as number,
    });
  }
  const roofQuantiles = quantiles(roofValues, roofCount);
  const buildingQuantiles = quantiles(buildingValues, buildingCount);
  const wholeRoofStats: SizeAndSunshineStats = { areaMeters2: areaM2, groundAreaMeters2: groundAreaM2 };
  if (roofQuantiles) wholeRoofStats.sunshineQuantiles = roofQuantiles;
  const buildingStats: SizeAndSunshineStats = { areaMeters2: areaM2, groundAreaMeters2: groundAreaM2 };
  if (buildingQuantiles) buildingStats.sunshineQuantiles = buildingQuantiles;

  const capacityKw = module.powerWp / 1000;
  const order: number[] = [];
  let maxPanels = 0;
  for (let s = 0; s < segments; s++) {
    const panels = input.layout.modulesCount[planeIndexes[s] as number] as number;
    if (panels > 0) order.push(s);
    maxPanels += panels;
  }
  const sunOnModules = (s: number) => input.yields.moduleIrradiationKwhM2Yr[planeIndexes[s] as number] as number;
  order.sort((a, b) => sunOnModules(b) - sunOnModules(a) || a - b);
  const solarPotential: SolarPotential = {
    maxArrayPanelsCount: maxPanels,
    maxArrayAreaMeters2: maxPanels * module.lengthM * module.widthM,
    carbonOffsetFactorKgPerMwh: input.co2KgPerKwh * 1000,
    wholeRoofStats,
    buildingStats,
    roofSegmentStats,
    panelCapacityWatts: module.powerWp,
    panelHeightMeters: module.lengthM,
    panelWidthMeters: module.widthM,
    panelLifetimeYears: input.lifetimeYr,
  };
  if (roofQuantiles) solarPotential.maxSunshineHoursPerYear = roofQuantiles[SUNSHINE_QUANTILES - 1] as number;
  if (maxPanels >= MIN_CONFIG_PANELS) {
    const configs: SolarPanelConfig[] = [];
    for (let n = MIN_CONFIG_PANELS; n <= maxPanels; n++) {
      const summaries: RoofSegmentSummary[] = [];
      let left = n;
      for (const s of order) {
        if (left === 0) break;
        const panels = Math.min(left, input.layout.modulesCount[planeIndexes[s] as number] as number);
        left -= panels;
        const segment = roofSegmentStats[s] as RoofSegmentSizeAndSunshineStats;
        summaries.push({
          pitchDegrees: segment.pitchDegrees,
          azimuthDegrees: segment.azimuthDegrees,
          panelsCount: panels,
          yearlyEnergyDcKwh: panels * capacityKw * (sunOnModules(s) / STC_IRRADIANCE_KW_M2),
          segmentIndex: s,
        });
      }
      summaries.sort((a, b) => a.segmentIndex - b.segmentIndex);
      configs.push({
        panelsCount: n,
        yearlyEnergyDcKwh: summaries.reduce((sum, r) => sum + r.yearlyEnergyDcKwh, 0),
        roofSegmentSummaries: summaries,
      });
    }
    solarPotential.solarPanelConfigs = configs;
  }
  const cellSizeM = Math.max(geo.cellSizeX, geo.cellSizeY);
  const insights: BuildingInsights = {
    name: `buildings/${input.buildingId}`,
    center: latLng(toWgs84, centreX / groundAreaM2, centreY / groundAreaM2),
    boundingBox: latLngBox(
      toWgs84,
      buildingBox[0] as number,
      buildingBox[1] as number,
      buildingBox[2] as number,
      buildingBox[3] as number,
    ),
    solarPotential,
  };
  if (cellSizeM <= 0.1) insights.imageryQuality = 'HIGH';
  else if (cellSizeM <= 0.25) insights.imageryQuality = 'MEDIUM';
  return insights;
}

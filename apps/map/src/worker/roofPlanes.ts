import {
  analyseRoofPlanes,
  type GeoGrid,
  monthlyOperatingConditions,
  type OutlinePolygon,
  rankByCriterion,
  roofPlaneOutlines,
  segmentRoofPlanes,
} from '@gisement/core';
import { defaultRoofsConfig, type RoofsConfig, toWgs84 } from '@gisement/io';
import { roofClasses } from '../data/roofClassList.js';
import { ALBEDO, type AnnualIrradiation } from './annualIrradiation.js';
import type { RoofPlanes } from './protocol.js';

/**
 * Outline polygons in a grid's CRS as flat WGS 84 rings (`toWgs84` per vertex).
 * @param polygons outlines [CRS units] (`roofPlaneOutlines`, `detectBuildings`)
 * @param epsg the grid's CRS
 * @returns per polygon, its rings (outer first) as flat `[lon, lat, …]` [°]
 */
export function outlinesLonLat(polygons: readonly OutlinePolygon[], epsg: number): Float64Array[][] {
  return polygons.map((polygon) =>
    [polygon.outer, ...polygon.holes].map((ring) => {
      const lonLat = new Float64Array(ring.length);
      for (let i = 0; i < ring.length; i += 2) {
        const [lon, lat] = toWgs84(epsg, ring[i], ring[i + 1]);
        lonLat[i] = lon;
        lonLat[i + 1] = lat;
      }
      return lonLat;
    }),
  );
}

/**
 * Roof planes of every building and their PV potential as `gisement roofs` computes them:
 * `segmentRoofPlanes`, `analyseRoofPlanes` with the given parameters (usable area, modules,
 * yield, payback, classes; per building on the usable-area-weighted irradiation of its planes)
 * under the weather file's monthly operating conditions (`monthlyOperatingConditions` of its
 * GHI, air temperature and wind, as `gisement roofs --weather`) or, under a clear sky, the
 * configured clear-sky conditions; and `roofPlaneOutlines` (simplified by half a cell)
 * projected to WGS 84. The buildings are ranked by the configured criterion (`rankByCriterion` of `@gisement/core`) and
 * the classes used are returned with the class indices.
 * @param dsm the surface model [m], projected metre CRS
 * @param buildingIds per source cell, building index + 1 (0 = none), from `rasterizeFootprints`
 *   or `detectBuildings`
 * @param cellAreaWeight per source cell, its covered fraction (`rasterizeFootprints`
 *   areaWeight); undefined for detected buildings (whole cells)
 * @param irradiation the annual run of the cells (`annualIrradiation`), its sky and weather
 * @param buildingsCount number of buildings
 * @param options parameters of the roof step and the ranking criterion (`defaultRoofsConfig` or a
 *   roofs config)
 * @param onProgress fraction of the roof step done [0–1]
 * @returns per plane and per building, buffers free to transfer
 * @see packages/core/src/rooftop/README.md "From planes to kWh, € and ranks"
 */
export function roofPlanes(
  dsm: GeoGrid & { geo: { epsg: number } },
  buildingIds: Int32Array,
  cellAreaWeight: Float32Array | undefined,
  irradiation: AnnualIrradiation,
  buildingsCount: number,
  options: RoofsConfig = defaultRoofsConfig(),
  onProgress: (fraction: number) => void = () => {},
): RoofPlanes {
  const { width, height, geo } = dsm;
  const { sky, site, gridConvergenceDeg, weather } = irradiation;
  onProgress(0);
  const seg = segmentRoofPlanes({ dsm, buildingIds, cellAreaWeight }, { ...options.segmentation, gridConvergenceDeg });
  onProgress(0.4);
  const a = analyseRoofPlanes(
    {
      seg,
      width,
      height,
      cellSizeXM: geo.cellSizeX,
      cellSizeYM: geo.cellSizeY,
      irradiation: irradiation.out,
      sky,
      site,
      albedo: ALBEDO,
      gridConvergenceDeg,
      buildingsCount,
      conditions:
        weather === null
          ? undefined
          : monthlyOperatingConditions(weather.sunTimeUtcMs, weather.ghiWM2, weather.tempAirC, weather.windSpeedMS),
    },
    options,
  );
  onProgress(0.8);
  const n = seg.planes.count;
  const classIndex = (name: string | null) => options.classes.findIndex((c) => c.name === name);
  const buildingPaybackYears = Float32Array.from(a.buildings.economics, (e) => (e ? e.paybackYears : Number.NaN));
  const buildingMonthlyYieldKwh = new Float32Array(12 * buildingsCount);
  for (let p = 0; p < n; p++) {
    const b = (seg.planes.buildingId[p] as number) - 1;
    for (let m = 0; m < 12; m++) buildingMonthlyYieldKwh[12 * b + m] += a.yields.monthlyYieldKwh[12 * p + m] as number;
  }
  const planes: RoofPlanes = {
    count: n,
    classes: roofClasses(options.classes),
    criterion: options.ranking.criterion,
    building: Int32Array.from(seg.planes.buildingId, (id) => id - 1),
    pitchDeg: Float32Array.from(seg.planes.pitchDeg),
    azimuthDeg: Float32Array.from(seg.planes.azimuthDeg),
    usableAreaM2: Float32Array.from(a.usable.usableAreaM2),
    panels: Int32Array.from(a.layout.modulesCount),
    kWp: Float32Array.from(a.layout.kWp),
    yieldKwhYr: Float32Array.from(a.yields.yieldKwhYr),
    paybackYears: Float32Array.from(a.planeEconomics, (e) => (e ? e.paybackYears : Number.NaN)),
    co2AvoidedKgYr: Float32Array.from(a.yields.co2AvoidedKgYr),
    classIndex: Int8Array.from(a.planeClass, classIndex),
    outlinesLonLat: [],
    buildingKwp: Float32Array.from(a.buildings.kWp),
    buildingClassIndex: Int8Array.from(a.buildings.class, classIndex),
    buildingPanels: Int32Array.from(a.buildings.modulesCount),
    buildingYieldKwhYr: Float32Array.from(a.buildings.yieldKwhYr),
    buildingMonthlyYieldKwh,
    buildingPaybackYears,
    buildingCo2AvoidedKgYr: Float32Array.from(a.buildings.co2AvoidedKgYr),
    buildingRank: rankByCriterion(
      a.buildings.kWp,
      a.buildings.yieldKwhYr,
      buildingPaybackYears,
      options.ranking.criterion,
    ),
    mixedEdges: seg.mixedEdges.sides.filter((e) => e.mixed).map((e) => ({ side: e.side, cellsLeftOut: e.maskedCells })),
  };
  planes.outlinesLonLat = roofPlaneOutlines(seg, width, geo, geo.cellSizeX / 2).map((polygons) =>
    outlinesLonLat(polygons, geo.epsg),
  );
  onProgress(1);
  return planes;
}

import {
  analyseRoofPlanes,
  type GeoGrid,
  IRRADIATION_CLASSES,
  roofAnalysisDefaults,
  roofPlaneOutlines,
  segmentRoofPlanes,
} from '@gisement/core';
import { toWgs84 } from '@gisement/io';
import { ALBEDO, type AnnualIrradiation } from './annualIrradiation.js';
import type { RoofPlanes } from './protocol.js';

/** Index of a class name in `IRRADIATION_CLASSES`, -1 for none. */
function classIndex(name: string | null): number {
  return IRRADIATION_CLASSES.findIndex((c) => c.name === name);
}

/**
 * Roof planes of every footprint and their PV potential as `gisement roofs` computes them
 * (clear sky, `roofAnalysisDefaults`): `segmentRoofPlanes`, `analyseRoofPlanes` (usable area,
 * modules, yield, payback, classes; per building on the usable-area-weighted irradiation of its
 * planes), and `roofPlaneOutlines` (simplified by half a cell) projected to WGS 84.
 * @param dsm the surface model [m], projected metre CRS
 * @param buildingIds per source cell, footprint index + 1 (0 = none), from `rasterizeFootprints`
 * @param cellAreaWeight per source cell, its covered fraction (`rasterizeFootprints` areaWeight)
 * @param irradiation the annual run of the cells (`annualIrradiation`)
 * @param buildingsCount number of footprints
 * @returns per plane and per building, buffers free to transfer
 * @see packages/core/src/rooftop/README.md "From planes to kWh, € and ranks"
 */
export function roofPlanes(
  dsm: GeoGrid & { geo: { epsg: number } },
  buildingIds: Int32Array,
  cellAreaWeight: Float32Array,
  irradiation: AnnualIrradiation,
  buildingsCount: number,
): RoofPlanes {
  const { width, height, geo } = dsm;
  const { sky, site, gridConvergenceDeg } = irradiation;
  const seg = segmentRoofPlanes({ dsm, buildingIds, cellAreaWeight }, { gridConvergenceDeg });
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
    },
    roofAnalysisDefaults(),
  );
  const n = seg.planes.count;
  const planes: RoofPlanes = {
    count: n,
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
  };
  planes.outlinesLonLat = roofPlaneOutlines(seg, width, geo, geo.cellSizeX / 2).map((polygons) =>
    polygons.map((polygon) =>
      [polygon.outer, ...polygon.holes].map((ring) => {
        const lonLat = new Float64Array(ring.length);
        for (let i = 0; i < ring.length; i += 2) {
          const [lon, lat] = toWgs84(geo.epsg, ring[i], ring[i + 1]);
          lonLat[i] = lon;
          lonLat[i + 1] = lat;
        }
        return lonLat;
      }),
    ),
  );
  return planes;
}

import {
  FRANCE_ECONOMICS_DEFAULTS,
  type GeoGrid,
  IRRADIATION_CLASSES,
  type IrradiationOutput,
  layoutRoofPlanes,
  monthlyAngularFactor,
  monthlyOperatingConditions,
  monthlyTiltGain,
  pvEconomics,
  roofPlaneOutlines,
  roofPlaneYield,
  segmentRoofPlanes,
  suitabilityClass,
  sunPositionsForInstants,
  usableRoofArea,
} from '@gisement/core';
import { toWgs84 } from '@gisement/io';
import { ALBEDO, type AnnualIrradiation } from './annualIrradiation.js';
import type { RoofPlanes } from './protocol.js';

/**
 * Module temperature conditions of a clear-sky run (no weather file), as `gisement roofs`:
 * ambient 20 °C and wind 1 m/s every month, the IEC 61215 nominal operating cell temperature
 * (NOCT) conditions (packages/cli/src/roofs/roofsConfig.ts `clearSkyConditions`).
 */
const CLEAR_SKY_AIR_TEMPERATURE_C = 20;
const CLEAR_SKY_WIND_SPEED_MS = 1;
/** Tilt of module rows on flat roofs [°] (`LAYOUT_DEFAULTS.flatTiltDeg` of `@gisement/core`). */
const FLAT_TILT_DEG = 15;

/** Index of a class name in `IRRADIATION_CLASSES`, -1 for none. */
function classIndex(name: string | null): number {
  return IRRADIATION_CLASSES.findIndex((c) => c.name === name);
}

/**
 * Roof planes of every footprint and their PV potential, with the core functions `gisement roofs`
 * chains (clear sky, default parameters): `segmentRoofPlanes`, `usableRoofArea`,
 * `layoutRoofPlanes`, `monthlyAngularFactor` per plane, `roofPlaneYield` (NOCT conditions,
 * `monthlyTiltGain` of flat-roof rows facing the equator), `pvEconomics` with
 * `FRANCE_ECONOMICS_DEFAULTS`, `suitabilityClass` on `IRRADIATION_CLASSES` (per building: on the
 * usable-area-weighted irradiation of its planes), and `roofPlaneOutlines` (simplified by half a
 * cell) projected to WGS 84.
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
  const out: IrradiationOutput = irradiation.out;
  const seg = segmentRoofPlanes({ dsm, buildingIds, cellAreaWeight }, { gridConvergenceDeg });
  const usable = usableRoofArea(seg, width, height, geo.cellSizeX, geo.cellSizeY, out.globalKwhM2Yr);
  const layout = layoutRoofPlanes(seg.planes, usable.usable, width, height, geo.cellSizeX, geo.cellSizeY, {
    latitudeDeg: site.latitudeDeg,
    gridConvergenceDeg,
    flatTiltDeg: FLAT_TILT_DEG,
  });
  const sun = sunPositionsForInstants(sky.sunTimeUtcMs, site);
  const n = seg.planes.count;
  const angularFactor = new Float64Array(12 * n);
  for (let k = 0; k < n; k++) {
    angularFactor.set(
      monthlyAngularFactor(sky, sun, layout.moduleTiltDeg[k], layout.moduleAzimuthDeg[k], ALBEDO),
      12 * k,
    );
  }
  const steps = sky.ghiWM2.length;
  const conditions = monthlyOperatingConditions(
    sky.sunTimeUtcMs,
    sky.ghiWM2,
    new Float32Array(steps).fill(CLEAR_SKY_AIR_TEMPERATURE_C),
    new Float32Array(steps).fill(CLEAR_SKY_WIND_SPEED_MS),
  );
  const yields = roofPlaneYield({
    seg,
    usable: usable.usable,
    layout,
    globalKwhM2Yr: out.globalKwhM2Yr,
    monthlyKwhM2: out.monthlyKwhM2,
    conditions,
    flatRowsTiltGain: monthlyTiltGain(sky, sun, FLAT_TILT_DEG, site.latitudeDeg >= 0 ? 180 : 0, ALBEDO),
    angularFactor,
  });
  const planes: RoofPlanes = {
    count: n,
    building: new Int32Array(n),
    pitchDeg: Float32Array.from(seg.planes.pitchDeg),
    azimuthDeg: Float32Array.from(seg.planes.azimuthDeg),
    usableAreaM2: Float32Array.from(usable.usableAreaM2),
    panels: Int32Array.from(layout.modulesCount),
    kWp: Float32Array.from(layout.kWp),
    yieldKwhYr: Float32Array.from(yields.yieldKwhYr),
    paybackYears: new Float32Array(n).fill(Number.NaN),
    co2AvoidedKgYr: Float32Array.from(yields.co2AvoidedKgYr),
    classIndex: new Int8Array(n),
    outlinesLonLat: [],
    buildingKwp: new Float32Array(buildingsCount),
    buildingClassIndex: new Int8Array(buildingsCount).fill(-1),
  };
  const weighted = new Float64Array(buildingsCount);
  const usableSum = new Float64Array(buildingsCount);
  for (let k = 0; k < n; k++) {
    const b = seg.planes.buildingId[k] - 1;
    planes.building[k] = b;
    const kWp = layout.kWp[k];
    if (kWp > 0)
      planes.paybackYears[k] = pvEconomics(kWp, yields.yieldKwhYr[k], FRANCE_ECONOMICS_DEFAULTS).paybackYears;
    planes.classIndex[k] = classIndex(suitabilityClass(yields.irradiationKwhM2Yr[k], IRRADIATION_CLASSES));
    planes.buildingKwp[b] += kWp;
    const area = usable.usableAreaM2[k];
    if (area > 0) {
      weighted[b] += area * yields.irradiationKwhM2Yr[k];
      usableSum[b] += area;
    }
  }
  for (let b = 0; b < buildingsCount; b++) {
    if (usableSum[b] > 0) {
      planes.buildingClassIndex[b] = classIndex(suitabilityClass(weighted[b] / usableSum[b], IRRADIATION_CLASSES));
    }
  }
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

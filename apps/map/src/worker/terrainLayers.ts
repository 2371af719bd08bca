import { type CellSpacing, type GeoGrid, hillshade, hornSlopeAspect, rasterizeFootprints } from '@gisement/core';
import { boundsToWgs84, crsInfo, fromWgs84 } from '@gisement/io';
import { type FromWgs84, gatherWarped, mercatorWarp } from '../raster/mercatorWarp.js';
import type { HillshadeParameters } from '../state/appState.js';
import { annualIrradiation, DIRECTIONS } from './annualIrradiation.js';
import { footprintAreasM2, footprintMeans, footprintMonthlyMeans } from './footprintMeans.js';
import type { ComputeStage, TerrainLayers } from './protocol.js';
import { roofPlanes } from './roofPlanes.js';

/** Cell spacing of a grid in a projected CRS whose unit is the metre. */
function projectedSpacing(dsm: GeoGrid): CellSpacing {
  return { cellSizeXM: dsm.geo.cellSizeX, cellSizeYM: dsm.geo.cellSizeY };
}

/** Footprint rings [°, WGS 84] projected in place to the grid's CRS (flat `[x, y, …]`). */
function projectRings(footprintsLonLat: Float64Array[][], toGrid: FromWgs84): Float64Array[][] {
  for (const ring of footprintsLonLat.flat()) {
    for (let i = 0; i < ring.length; i += 2) {
      const [x, y] = toGrid(ring[i], ring[i + 1]);
      ring[i] = x;
      ring[i + 1] = y;
    }
  }
  return footprintsLonLat;
}

/**
 * Slope and relief shading of a DSM (Horn 1981 through `@gisement/core`) and its annual
 * clear-sky irradiation ({@link annualIrradiation}), warped to Web Mercator for the map, and
 * the mean annual and monthly irradiation and the area of each footprint over the source cells
 * whose centre it contains (`rasterizeFootprints`; of overlapping footprints the first keeps a
 * shared cell), and the horizons of every source cell (for the horizon chart of a point). Geographic
 * (degree) grids are not supported yet: their spacing per row needs `geographicCellSpacing`,
 * and no sample uses one.
 * @param dsm the surface model, with a projected metre CRS
 * @param light relief light
 * @param footprintsLonLat per building, its rings [°, WGS 84]; projected in place
 * @param onProgress stage and fraction done [0–1]
 * @returns the layers and per-building means, their buffers free to transfer
 * @throws CrsError of `@gisement/io` when the CRS is not supported or not in metres
 */
export function terrainLayers(
  dsm: GeoGrid & { geo: { epsg: number } },
  light: HillshadeParameters,
  footprintsLonLat: Float64Array[][],
  onProgress: (stage: ComputeStage, fraction: number) => void,
): TerrainLayers {
  const crs = crsInfo(dsm.geo.epsg);
  if (crs.units !== 'metre') {
    throw new RangeError(`EPSG:${crs.epsg} (${crs.name}) is in degrees; use a projected CRS`);
  }
  const n = dsm.width * dsm.height;
  const spacing = projectedSpacing(dsm);
  const slope = { slopeDeg: new Float32Array(n), aspectDeg: new Float32Array(n) };
  onProgress('terrain', 0);
  hornSlopeAspect(dsm, spacing, slope);
  onProgress('terrain', 0.5);
  const shade = new Float32Array(n);
  hillshade(dsm, spacing, shade, light);
  onProgress('terrain', 1);
  const annual = annualIrradiation(dsm, spacing, slope, onProgress);
  const { out, horizonsDeg, gridConvergenceDeg } = annual;
  const irradiation = out.globalKwhM2Yr;
  const toGrid = fromWgs84(crs.epsg);
  const ids = new Int32Array(n);
  const areaWeight = new Float32Array(n);
  const coverage = rasterizeFootprints(
    projectRings(footprintsLonLat, toGrid),
    dsm.geo,
    dsm.width,
    dsm.height,
    ids,
    areaWeight,
  );
  const roofs = roofPlanes(dsm, ids, areaWeight, annual, footprintsLonLat.length);
  const bounds = boundsToWgs84(dsm.geo, dsm.width, dsm.height);
  const warp = mercatorWarp(dsm.geo, dsm.width, dsm.height, bounds, toGrid, (f) => onProgress('warp', f));
  const cells = warp.width * warp.height;
  const hillshadeOut = new Float32Array(cells);
  const slopeOut = new Float32Array(cells);
  const irradiationOut = new Float32Array(cells);
  gatherWarped(shade, warp.sourceIndex, hillshadeOut);
  gatherWarped(slope.slopeDeg, warp.sourceIndex, slopeOut);
  gatherWarped(irradiation, warp.sourceIndex, irradiationOut);
  return {
    width: warp.width,
    height: warp.height,
    bounds: warp.bounds,
    values: { hillshade: hillshadeOut, slope: slopeOut, irradiation: irradiationOut },
    buildingIrradiationKwhM2Yr: footprintMeans(irradiation, ids, footprintsLonLat.length),
    buildingMonthlyKwhM2: footprintMonthlyMeans(out.monthlyKwhM2, ids, footprintsLonLat.length),
    buildingAreaM2: footprintAreasM2(coverage, dsm.geo.cellSizeX * dsm.geo.cellSizeY),
    roofs,
    horizons: { degrees: horizonsDeg, directions: DIRECTIONS, gridConvergenceDeg },
    source: {
      width: dsm.width,
      height: dsm.height,
      epsg: crs.epsg,
      cellSizeX: dsm.geo.cellSizeX,
      geo: { ...dsm.geo, epsg: crs.epsg },
    },
  };
}

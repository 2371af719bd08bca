import { type CellSpacing, type GeoGrid, hillshade, hornSlopeAspect } from '@gisement/core';
import { boundsToWgs84, crsInfo, fromWgs84 } from '@gisement/io';
import { gatherWarped, mercatorWarp } from '../raster/mercatorWarp.js';
import type { HillshadeParameters } from '../state/appState.js';
import type { ComputeStage, TerrainLayers } from './protocol.js';

/** Cell spacing of a grid in a projected CRS whose unit is the metre. */
function projectedSpacing(dsm: GeoGrid): CellSpacing {
  return { cellSizeXM: dsm.geo.cellSizeX, cellSizeYM: dsm.geo.cellSizeY };
}

/**
 * Slope and relief shading of a DSM (Horn 1981 through `@gisement/core`), warped to Web
 * Mercator for the map. Geographic (degree) grids are not supported yet: their spacing per row
 * needs `geographicCellSpacing`, and no sample uses one.
 * @param dsm the surface model, with a projected metre CRS
 * @param light relief light
 * @param onProgress stage and fraction done [0–1]
 * @returns the layers, their buffers free to transfer
 * @throws CrsError of `@gisement/io` when the CRS is not supported or not in metres
 */
export function terrainLayers(
  dsm: GeoGrid & { geo: { epsg: number } },
  light: HillshadeParameters,
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
  const bounds = boundsToWgs84(dsm.geo, dsm.width, dsm.height);
  const warp = mercatorWarp(dsm.geo, dsm.width, dsm.height, bounds, fromWgs84(crs.epsg), (f) => onProgress('warp', f));
  const cells = warp.width * warp.height;
  const hillshadeOut = new Float32Array(cells);
  const slopeOut = new Float32Array(cells);
  gatherWarped(shade, warp.sourceIndex, hillshadeOut);
  gatherWarped(slope.slopeDeg, warp.sourceIndex, slopeOut);
  return {
    width: warp.width,
    height: warp.height,
    bounds: warp.bounds,
    values: { hillshade: hillshadeOut, slope: slopeOut },
    source: { width: dsm.width, height: dsm.height, epsg: crs.epsg, cellSizeX: dsm.geo.cellSizeX },
  };
}

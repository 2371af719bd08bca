import {
  type CellSpacing,
  detectBuildings,
  type GeoGrid,
  type Grid,
  hillshade,
  hornSlopeAspect,
  rasterizeFootprints,
} from '@gisement/core';
import {
  boundsToWgs84,
  crsInfo,
  defaultRoofsConfig,
  fromWgs84,
  type RoofsConfig,
  type WeatherSeries,
} from '@gisement/io';
import { type FromWgs84, gatherWarped, mercatorWarp } from '../raster/mercatorWarp.js';
import type { HillshadeParameters } from '../state/appState.js';
import { annualIrradiation, DIRECTIONS } from './annualIrradiation.js';
import { footprintAreasM2, footprintMeans, footprintMonthlyMeans } from './footprintMeans.js';
import type { ComputeStage, DetectedBuildings, TerrainLayers } from './protocol.js';
import { outlinesLonLat, roofPlanes } from './roofPlanes.js';

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

/** Optional inputs of {@link terrainLayers}; each null means none. */
export interface TerrainOptions {
  /** Terrain on the DSM's grid [m]: buildings are detected when there is no footprint. */
  dtm: Grid | null;
  /** A parsed weather file (`parseWeather`); null: a clear sky. */
  weather: WeatherSeries | null;
  /** Parameters of the roof step and the ranking criterion (`readRoofsConfig`); null: `defaultRoofsConfig`. */
  roofs: RoofsConfig | null;
}

const NO_OPTIONS: TerrainOptions = { dtm: null, weather: null, roofs: null };

/** Buildings of the run: the footprints rasterised, or with none and a DTM, the detected ones. */
function buildingCells(
  dsm: GeoGrid & { geo: { epsg: number } },
  footprints: Float64Array[][],
  dtm: Grid | null,
  roofs: RoofsConfig,
): {
  ids: Int32Array;
  areaWeight?: Float32Array;
  count: number;
  areaM2: Float32Array;
  detected: DetectedBuildings | null;
} {
  if (footprints.length === 0 && dtm !== null) {
    const found = detectBuildings(dsm, dtm, { ...roofs.detection, segmentation: roofs.segmentation });
    return {
      ids: found.buildingIds,
      count: found.count,
      areaM2: Float32Array.from(found.areaM2),
      detected: { outlinesLonLat: found.polygons.map((p) => outlinesLonLat(p, dsm.geo.epsg)) },
    };
  }
  const ids = new Int32Array(dsm.width * dsm.height);
  const areaWeight = new Float32Array(ids.length);
  const coverage = rasterizeFootprints(footprints, dsm.geo, dsm.width, dsm.height, ids, areaWeight);
  const areaM2 = footprintAreasM2(coverage, dsm.geo.cellSizeX * dsm.geo.cellSizeY);
  return { ids, areaWeight, count: footprints.length, areaM2, detected: null };
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
 * @param options a DTM (buildings detected on DSM − DTM when there is no footprint, as
 *   `gisement roofs --dtm`), a weather file's series, the roof step's parameters
 * @returns the layers and per-building means, their buffers free to transfer
 * @throws CrsError of `@gisement/io` when the CRS is not supported or not in metres
 */
export function terrainLayers(
  dsm: GeoGrid & { geo: { epsg: number } },
  light: HillshadeParameters,
  footprintsLonLat: Float64Array[][],
  onProgress: (stage: ComputeStage, fraction: number) => void,
  options: TerrainOptions = NO_OPTIONS,
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
  const annual = annualIrradiation(dsm, spacing, slope, options.weather, onProgress);
  const { out, horizonsDeg, gridConvergenceDeg } = annual;
  const irradiation = out.globalKwhM2Yr;
  const toGrid = fromWgs84(crs.epsg);
  const roofsConfig = options.roofs ?? defaultRoofsConfig();
  const buildings = buildingCells(dsm, projectRings(footprintsLonLat, toGrid), options.dtm, roofsConfig);
  const { ids, count } = buildings;
  const roofs = roofPlanes(dsm, ids, buildings.areaWeight, annual, count, roofsConfig, (f) => onProgress('roofs', f));
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
    buildingIrradiationKwhM2Yr: footprintMeans(irradiation, ids, count),
    buildingMonthlyKwhM2: footprintMonthlyMeans(out.monthlyKwhM2, ids, count),
    buildingAreaM2: buildings.areaM2,
    roofs,
    sky: annual.skySource,
    detected: buildings.detected,
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

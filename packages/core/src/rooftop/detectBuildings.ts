import type { GeoGrid, Grid } from '../raster/grid.js';
import { connectedComponents } from './connectedComponents.js';
import { type RoofSegmentationOptions, segmentRoofPlanes } from './segmentRoofPlanes.js';
import { simplifyRing } from './simplifyRing.js';
import { type OutlinePolygon, traceCellOutlines } from './traceCellOutlines.js';

/** Parameters of {@link detectBuildings}; every one has a default (see README). */
export interface DetectBuildingsOptions {
  /** Smallest height above the terrain of a building cell [m] (default 2.5). */
  minHeightM?: number;
  /** Smallest building (roof cells and enclosed obstacles) [m², ground] (default 20). */
  minBuildingAreaM2?: number;
  /**
   * Smallest roof plane that counts as roof [m², ground] (default 5): vegetation is rough or
   * curved and yields only smaller patches.
   */
  minRoofPlaneAreaM2?: number;
  /** Douglas–Peucker tolerance of the outlines [m] (default: one cell size). */
  simplifyToleranceM?: number;
  /** Region-growing thresholds (see `segmentRoofPlanes`); `minPlaneAreaM2` is overridden. */
  segmentation?: RoofSegmentationOptions;
}

/** Defaults of {@link DetectBuildingsOptions} (the outline tolerance defaults to the cell size). */
export const DETECT_BUILDINGS_DEFAULTS = {
  minHeightM: 2.5,
  minBuildingAreaM2: 20,
  minRoofPlaneAreaM2: 5,
} as const;

/** Buildings found in a normalised DSM. */
export interface DetectedBuildings {
  /** Number of buildings. */
  count: number;
  /** Building id of each cell, 1…count, 0 = none. */
  buildingIds: Int32Array;
  /** Ground area of each building [m²], index = id − 1. */
  areaM2: Float64Array;
  /** Outline polygons of each building [CRS units], index = id − 1. */
  polygons: OutlinePolygon[][];
}

/**
 * Buildings without footprints, from a DSM and a DTM on the same grid.
 *
 * 1. Elevated cells: DSM − DTM > `minHeightM` (the normalised DSM; 2.5 m by default, above
 *    cars, hedges and garden walls), grouped into 8-connected components;
 * 2. roof cells: the elevated cells lying on a planar face of at least `minRoofPlaneAreaM2`,
 *    found by the same region growing as the roof planes (`segmentRoofPlanes`, local 3×3
 *    plane fit residual as the planarity/roughness measure). Tree crowns are rough (LiDAR
 *    returns from leaves and branches) or curved, so they only form small patches and are
 *    left out, also where they touch or overhang a roof;
 * 3. building cells: the roof cells plus the non-roof cells they enclose (chimneys, dormers,
 *    HVAC, roof windows: 4-connected non-roof regions that do not reach the grid edge and are
 *    surrounded by one building's roof), in 8-connected components of at least
 *    `minBuildingAreaM2`;
 * 4. outlines: traced along cell edges ({@link traceCellOutlines}) and simplified with
 *    Douglas–Peucker ({@link simplifyRing}).
 *
 * References: Vosselman G., "Slope based filtering of laser altimetry data", IAPRS 33(B3):
 * 935–942, 2000 (normalised DSM); Rottensteiner F., Briese C., "A new method for building
 * extraction in urban areas from high-resolution LIDAR data", IAPRS 34(3A):295–301, 2002
 * (nDSM threshold, then separating buildings from vegetation by surface roughness);
 * Vosselman et al. 2004 and Rabbani et al. 2006 for the planar segmentation.
 *
 * @param dsm surface heights [m] on a projected grid in metres, NaN = nodata
 * @param dtm terrain heights [m] on the same grid
 * @param options thresholds, see {@link DETECT_BUILDINGS_DEFAULTS}
 * @returns building ids per cell, areas and outlines
 * @example const { count, polygons } = detectBuildings(dsm, dtm);
 */
export function detectBuildings(dsm: GeoGrid, dtm: Grid, options: DetectBuildingsOptions = {}): DetectedBuildings {
  const { width, height } = dsm;
  const n = width * height;
  if (dtm.width !== width || dtm.height !== height) {
    throw new RangeError(`the DTM (${dtm.width}×${dtm.height}) must be on the DSM's grid (${width}×${height})`);
  }
  const minHeightM = options.minHeightM ?? DETECT_BUILDINGS_DEFAULTS.minHeightM;
  const minBuildingAreaM2 = options.minBuildingAreaM2 ?? DETECT_BUILDINGS_DEFAULTS.minBuildingAreaM2;
  const minRoofPlaneAreaM2 = options.minRoofPlaneAreaM2 ?? DETECT_BUILDINGS_DEFAULTS.minRoofPlaneAreaM2;
  const cellArea = dsm.geo.cellSizeX * dsm.geo.cellSizeY;
  const simplifyToleranceM = options.simplifyToleranceM ?? Math.max(dsm.geo.cellSizeX, dsm.geo.cellSizeY);

  const elevated = new Uint8Array(n);
  for (let k = 0; k < n; k++) elevated[k] = dsm.data[k] - dtm.data[k] > minHeightM ? 1 : 0;
  const blobs = connectedComponents(elevated, width, height, 8);
  const seg = segmentRoofPlanes(
    { dsm, buildingIds: blobs.labels },
    // No mixed-edge step: these labels come from the heights themselves, not from footprints
    // that the heights could be offset from.
    { ...options.segmentation, minPlaneAreaM2: minRoofPlaneAreaM2, mixedEdgeMinZ: Number.POSITIVE_INFINITY },
  );
  const roof = new Uint8Array(n);
  for (let k = 0; k < n; k++) roof[k] = seg.planeOfCell[k] >= 0 && !seg.isObstacle[k] ? 1 : 0;
  const roofs = connectedComponents(roof, width, height, 8);

  // Enclosed non-roof regions join the roof around them.
  const notRoof = new Uint8Array(n);
  for (let k = 0; k < n; k++) notRoof[k] = roof[k] ? 0 : 1;
  const gaps = connectedComponents(notRoof, width, height, 4);
  const enclosedBy = new Int32Array(gaps.count + 1); // roof component, −1 = open
  for (let k = 0; k < n; k++) {
    const g = gaps.labels[k];
    if (g === 0 || enclosedBy[g] === -1) continue;
    const row = Math.floor(k / width);
    const col = k - row * width;
    if (row === 0 || col === 0 || row === height - 1 || col === width - 1) {
      enclosedBy[g] = -1;
      continue;
    }
    for (let q = 0; q < 4; q++) {
      const r = roofs.labels[q === 0 ? k - width : q === 1 ? k + width : q === 2 ? k - 1 : k + 1];
      if (r === 0) continue;
      if (enclosedBy[g] === 0) enclosedBy[g] = r;
      else if (enclosedBy[g] !== r) enclosedBy[g] = -1;
    }
  }
  const building = new Uint8Array(n);
  for (let k = 0; k < n; k++) building[k] = roof[k] || enclosedBy[gaps.labels[k]] > 0 ? 1 : 0;
  const parts = connectedComponents(building, width, height, 8);

  // Keep components above the minimum area, renumbered 1…count.
  const minCells = minBuildingAreaM2 / cellArea;
  const newId = new Int32Array(parts.count + 1);
  let count = 0;
  for (let c = 1; c <= parts.count; c++) if (parts.sizes[c] >= minCells) newId[c] = ++count;
  const buildingIds = new Int32Array(n);
  const areaM2 = new Float64Array(count);
  const windows = Array.from({ length: count }, () => ({ colMin: width, rowMin: height, colMax: -1, rowMax: -1 }));
  for (let k = 0; k < n; k++) {
    const id = newId[parts.labels[k]];
    if (id === 0) continue;
    buildingIds[k] = id;
    areaM2[id - 1] += cellArea;
    const row = Math.floor(k / width);
    const col = k - row * width;
    const w = windows[id - 1];
    if (col < w.colMin) w.colMin = col;
    if (col > w.colMax) w.colMax = col;
    if (row < w.rowMin) w.rowMin = row;
    if (row > w.rowMax) w.rowMax = row;
  }
  const polygons = windows.map((window, i) =>
    traceCellOutlines(buildingIds, width, i + 1, window, dsm.geo).map((poly) => ({
      outer: simplifyRing(poly.outer, simplifyToleranceM),
      holes: poly.holes.map((hole) => simplifyRing(hole, simplifyToleranceM)),
    })),
  );
  return { count, buildingIds, areaM2, polygons };
}

import type { GeoGrid } from '../raster/grid.js';
import { RAD_PER_DEG } from '../units/angles.js';
import { FOUR_DC, FOUR_DR, FREE, NEIGHBOUR_DC, NEIGHBOUR_DR, REJECTED } from './cellGrid.js';
import { dissolveHeightSteps } from './dissolveHeightSteps.js';
import { fitLeftoverRegions } from './fitLeftoverRegions.js';
import { localPlanes } from './localPlanes.js';
import { findMixedEdgeCells, type MixedEdgeCells } from './mixedEdgeCells.js';
import { addPlanePoint, PLANE_SUMS_LENGTH, solvePlane } from './planeFit.js';
import { planeStatistics } from './roofPlaneStatistics.js';
import { BOUND_SPREAD, griddedHeightToleranceM, RMS_SPREAD } from './samplingTolerance.js';

/** Parameters of {@link segmentRoofPlanes}; every one has a default (see README). */
export interface RoofSegmentationOptions {
  /** Largest vertical distance of a cell from its plane [m] (default 0.15). */
  maxPlaneDistanceM?: number;
  /** Largest angle between a cell's local normal and its plane's normal [°] (default 10). */
  maxNormalAngleDeg?: number;
  /**
   * Largest rms residual of a cell's 3×3 local plane fit for the cell to count as planar
   * [m] (default 0.05): only planar cells seed regions and join them during growing; the
   * others (ridges, hips, edges, obstacles) are attached afterwards by distance only. The
   * same bound is the height noise of a surface: a plane whose grown cells' heights are within
   * it (rms about their mean) is horizontal.
   */
  planarResidualM?: number;
  /** Smallest plane [m², ground area]; smaller regions become obstacles (default 3). */
  minPlaneAreaM2?: number;
  /**
   * Scale k of the grid's sampling error in the height tolerances [dimensionless] (default 0):
   * `planarResidualM` and `maxPlaneDistanceM` hold on horizontal surfaces and widen on a face
   * of gradient ∇z to √(t² + k²·s²·|∇z·Δ|²/12) (s = 1 for residuals, √3 for distances; a cell's
   * height is a sample anywhere in the cell, see `griddedHeightToleranceM`). 0: tolerances
   * independent of the slope; 1: for coarse grids (1 m) where steep narrow faces would
   * otherwise fail the planarity test. Faces steeper than 72.54° (walls) are not widened.
   */
  samplingToleranceScale?: number;
  /** Planes with a smaller pitch are flat: their azimuth is 0 [°] (default 3). */
  flatPitchDeg?: number;
  /**
   * Smallest z statistic for a side of the footprints to be read as mixed [–] (default 3.29,
   * one-sided p = 0.0005): its edge cells read low more often than the opposite side's, so the
   * heights are offset from the footprints and those edge cells hold ground or wall, not roof
   * (`findMixedEdgeCells`); the low edge cells of a mixed side are left out of every fit (they
   * stay building cells, obstacles of the nearest plane). A very large value (1e9) keeps them.
   */
  mixedEdgeMinZ?: number;
  /**
   * Meridian convergence γ [°] at the grid (`gridConvergenceDeg` of `@gisement/io`): true
   * azimuth = grid azimuth + γ (default 0: azimuths from grid north).
   */
  gridConvergenceDeg?: number;
}

/** Defaults of {@link RoofSegmentationOptions}. */
export const ROOF_SEGMENTATION_DEFAULTS: Readonly<Required<RoofSegmentationOptions>> = {
  maxPlaneDistanceM: 0.15,
  maxNormalAngleDeg: 10,
  planarResidualM: 0.05,
  minPlaneAreaM2: 3,
  samplingToleranceScale: 0,
  flatPitchDeg: 3,
  mixedEdgeMinZ: 3.29,
  gridConvergenceDeg: 0,
};

/** Inputs of {@link segmentRoofPlanes}. */
export interface RoofSegmentationInput {
  /** Surface heights [m] on a projected grid in metres, row 0 = north, NaN = nodata. */
  dsm: GeoGrid;
  /**
   * Building label of each cell, > 0 (0 = not a building), e.g. from `rasterizeFootprints`;
   * regions never cross labels.
   */
  buildingIds: Int32Array;
  /**
   * Optional area carried by each cell [cell areas], e.g. the `areaWeight` of
   * `rasterizeFootprints` (exact footprint edges); 1 for every cell when absent.
   */
  cellAreaWeight?: Float32Array;
}

/** Roof planes as parallel arrays (one entry per plane), and their cells. */
export interface RoofPlanes {
  /** Number of planes. */
  count: number;
  /** Building id (the label of `buildingIds`) of each plane. */
  buildingId: Int32Array;
  /** Tilt from the horizontal [°]. */
  pitchDeg: Float64Array;
  /** Direction the plane faces (downslope), clockwise from north, 0 ≤ a < 360 [°]; 0 when flat. */
  azimuthDeg: Float64Array;
  /** 1 when pitch < `flatPitchDeg`. */
  isFlat: Uint8Array;
  /** Horizontal area of the plane's cells and of the obstacles standing on it [m²]. */
  groundAreaM2: Float64Array;
  /** Inclined area, groundAreaM2 / cos(pitch) [m²]. */
  areaM2: Float64Array;
  /** Horizontal area of the obstacle cells attributed to the plane [m²]. */
  obstacleGroundAreaM2: Float64Array;
  /** Centroid of the plane's cells (obstacles included) [grid CRS units]. */
  centreX: Float64Array;
  centreY: Float64Array;
  /** Height of the fitted plane at the centroid [m, DSM heights]. */
  planeHeightAtCenterM: Float64Array;
  /** Plane slope ∂z/∂x (east) and ∂z/∂y (north) [m/m]: z = h + dzdx·(x − cx) + dzdy·(y − cy). */
  dzdx: Float64Array;
  dzdy: Float64Array;
  /** Rms vertical residual of the plane's own cells [m]. */
  rmsResidualM: Float64Array;
  /** Cells of plane p (own and obstacle cells): `cells[cellOffsets[p] … cellOffsets[p + 1])`. */
  cellOffsets: Int32Array;
  /** Cell indices (row·width + col), grouped by plane. */
  cells: Int32Array;
}

/** Per-cell result of {@link segmentRoofPlanes}, with the planes. */
export interface RoofSegmentation {
  planes: RoofPlanes;
  /** Plane index of each cell (its own plane, or for an obstacle the plane it stands on), −1 none. */
  planeOfCell: Int32Array;
  /** 1 for a building cell off every plane (chimney, dormer, HVAC, tree over the roof, nodata). */
  isObstacle: Uint8Array;
  /** Sides of the footprints whose edge cells mix roof and ground, and the cells left out (step 0). */
  mixedEdges: MixedEdgeCells;
}

/**
 * Segment the roofs of buildings into planar faces by region growing on a DSM, and attach
 * obstacles (cells off every plane) to the plane they stand on.
 *
 * Method (Vosselman, Gorte, Sithole & Rabbani 2004; Rabbani, van den Heuvel & Vosselman 2006):
 * 0. sides of the footprints whose edge cells read low significantly more often than the
 *    opposite side's (`findMixedEdgeCells`, z ≥ `mixedEdgeMinZ`: heights offset from the
 *    footprints) have their low edge cells left out as nodata;
 * 1. every building cell gets the least-squares plane of its 3×3 neighbourhood (same
 *    building); its rms residual measures local planarity;
 * 2. planar cells (rms ≤ `planarResidualM`) are seeds in order of increasing residual; a region
 *    grows over 8-neighbours of the same building that are planar, whose local normal is within
 *    `maxNormalAngleDeg` of the region's plane normal and whose height is within
 *    `maxPlaneDistanceM` of that plane; the plane is refitted by least squares each time the
 *    region doubles. With `samplingToleranceScale` k > 0 both tolerances widen with the slope
 *    by the grid's sampling error, `griddedHeightToleranceM` (the window's own slope for its
 *    residual, the region's plane for distances, here and in steps 4 and 4c);
 * 3. regions smaller than `minPlaneAreaM2` are dissolved;
 * 4. non-planar cells next to a plane (ridges, hips, eaves: their 3×3 window straddles two
 *    faces) join, wave after wave, the adjacent plane closest in height if within
 *    `maxPlaneDistanceM`;
 *    then sloped planes spanning fewer than 1.5 cell spacings along their fall line (two rows
 *    of cells: a height step between roof levels, or a roof edge over a wall, seen through
 *    the grid; their "pitch" is the step height over the cell size), and those spanning fewer
 *    than 2.5 (three rows) with a lower horizontal plane at their foot and a higher one at their
 *    head (a step between two levels smeared over a third row), are dissolved (4b);
 *    then each 8-connected region of building cells still on no plane becomes a plane (its
 *    least-squares plane, with its cells within `maxPlaneDistanceM`) when it has
 *    `minPlaneAreaM2`, fits within `maxPlaneDistanceM` rms and does not stand on a plane:
 *    not higher, on average, than the plane cells beside it (4c: a flat extension, a shed
 *    whose 3×3 windows all straddle its edges; a chimney, an HVAC box or a dormer rises above
 *    its roof and stays an obstacle); 4b again on those;
 * 5. the building cells left are obstacles (chimneys, dormers, HVAC, overhanging trees,
 *    nodata); each is attributed to the nearest plane of its building (4-connected
 *    breadth-first distance), so a plane's area includes what stands on it;
 * 6. per plane, the final least-squares fit over the cells that joined by growing (not the
 *    ridge and eave cells attached in step 4, whose heights mix two surfaces) gives pitch =
 *    atan(|∇z|) and azimuth = atan2(−∂z/∂x, −∂z/∂y) (downslope, clockwise from north); a
 *    plane whose heights are within `planarResidualM` rms of their mean is horizontal;
 *    ground area = cells × cell area × the cell's area weight, cells next to another face
 *    split along the two planes' intersection line (sub-cell ridges and hips); inclined
 *    area = ground area / cos(pitch).
 *
 * References: Vosselman G., Gorte B.G.H., Sithole G., Rabbani T., "Recognising structure in
 * laser scanner point clouds", IAPRS 46(8/W2):33–38, 2004; Rabbani T., van den Heuvel F.A.,
 * Vosselman G., "Segmentation of point clouds using smoothness constraint", IAPRS
 * 36(5):248–253, 2006. Flat planes get azimuth 0 as in Google's Solar API `RoofSegmentSizeAndSunshineStats`.
 *
 * @param input the DSM (projected, metres), building labels and optional cell area weights
 * @param options thresholds, see {@link ROOF_SEGMENTATION_DEFAULTS}
 * @returns planes (parallel arrays with their cells) and per-cell plane / obstacle grids
 * @example
 * const buildingIds = new Int32Array(dsm.width * dsm.height);
 * const cellAreaWeight = new Float32Array(dsm.width * dsm.height);
 * rasterizeFootprints(rings, dsm.geo, dsm.width, dsm.height, buildingIds, cellAreaWeight);
 * const { planes } = segmentRoofPlanes({ dsm, buildingIds, cellAreaWeight });
 * planes.pitchDeg[0]; // e.g. 30
 */
export function segmentRoofPlanes(
  input: RoofSegmentationInput,
  options: RoofSegmentationOptions = {},
): RoofSegmentation {
  const { dsm, buildingIds, cellAreaWeight } = input;
  const { cellSizeX: cellSizeXM, cellSizeY: cellSizeYM, originX, originY } = dsm.geo;
  const o = { ...ROOF_SEGMENTATION_DEFAULTS, ...options };
  const { width, height } = dsm;
  // Imported constants as locals: the hot loops then read no module binding (an
  // indirection under some module loaders, e.g. vitest's transform).
  const [dc8, dr8, dc4, dr4, free, rejected] = [NEIGHBOUR_DC, NEIGHBOUR_DR, FOUR_DC, FOUR_DR, FREE, REJECTED];
  const n = width * height;
  const rmsSpread = o.samplingToleranceScale * RMS_SPREAD;
  const boundSpread = o.samplingToleranceScale * BOUND_SPREAD;
  if (buildingIds.length !== n) {
    throw new RangeError(`buildingIds must have ${n} cells, got ${buildingIds.length}`);
  }
  if (cellAreaWeight && cellAreaWeight.length !== n) {
    throw new RangeError(`cellAreaWeight must have ${n} cells, got ${cellAreaWeight.length}`);
  }
  if (!(o.samplingToleranceScale >= 0)) {
    throw new RangeError(`samplingToleranceScale must be ≥ 0, got ${o.samplingToleranceScale}`);
  }
  if (!(cellSizeXM > 0 && cellSizeYM > 0)) {
    throw new RangeError(`cell sizes must be > 0 m, got ${cellSizeXM} × ${cellSizeYM}`);
  }
  // 0. Edge cells mixing roof and ground on the sides where the heights are offset: nodata.
  const mixedEdges = findMixedEdgeCells(
    dsm.data,
    width,
    height,
    buildingIds,
    o.planarResidualM,
    o.maxPlaneDistanceM,
    o.mixedEdgeMinZ,
  );
  const surface = mixedEdges.maskedCells > 0 ? { ...dsm, data: Float32Array.from(dsm.data) } : dsm;
  const { data } = surface;
  if (mixedEdges.maskedCells > 0) for (let k = 0; k < n; k++) if (mixedEdges.masked[k]) data[k] = Number.NaN;
  const gx = new Float32Array(n);
  const gy = new Float32Array(n);
  const rms = new Float32Array(n);
  localPlanes(surface, buildingIds, cellSizeXM, cellSizeYM, gx, gy, rms);

  // Planar cells: the window's rms residual within the noise of its own local slope.
  const planar = new Uint8Array(n);
  let seedCount = 0;
  for (let k = 0; k < n; k++) {
    if (rms[k] <= griddedHeightToleranceM(o.planarResidualM, gx[k], gy[k], cellSizeXM, cellSizeYM, rmsSpread)) {
      planar[k] = 1;
      seedCount++;
    }
  }
  // Seeds: planar cells by increasing residual.
  const seeds = new Uint32Array(seedCount);
  for (let k = 0, s = 0; k < n; k++) if (planar[k]) seeds[s++] = k;
  seeds.sort((a, b) => rms[a] - rms[b] || a - b);

  const segment = new Int32Array(n).fill(free);
  // 1 for cells that joined a plane by growing (planar cells), 0 for cells attached later.
  const grown = new Uint8Array(n);
  const cosMaxAngle = Math.cos(o.maxNormalAngleDeg * RAD_PER_DEG);
  const cellArea = cellSizeXM * cellSizeYM;
  const minCells = Math.ceil(o.minPlaneAreaM2 / cellArea);
  const members = new Int32Array(n);
  const sums = new Float64Array(PLANE_SUMS_LENGTH);
  const fit = new Float64Array(4);
  // Per-plane fit in seed-relative coordinates: origin column/row/height, a, b, c.
  const fits: number[] = [];
  let planeCount = 0;

  for (let s = 0; s < seedCount; s++) {
    const seed = seeds[s];
    if (segment[seed] !== free) continue;
    const id = buildingIds[seed];
    const seedRow = Math.floor(seed / width);
    const seedCol = seed - seedRow * width;
    const seedZ = data[seed];
    let a = gx[seed];
    let b = gy[seed];
    let c = 0;
    let distanceM = griddedHeightToleranceM(o.maxPlaneDistanceM, a, b, cellSizeXM, cellSizeYM, boundSpread);
    sums.fill(0);
    addPlanePoint(sums, 0, 0, 0);
    const label = planeCount;
    segment[seed] = label;
    grown[seed] = 1;
    let size = 1;
    let nextFit = 8;
    for (let head = 0; head < size; head++) {
      const k = head === 0 ? seed : members[head];
      if (head === 0) members[0] = seed;
      const row = Math.floor(k / width);
      const col = k - row * width;
      for (let q = 0; q < 8; q++) {
        const r = row + dr8[q];
        const cc = col + dc8[q];
        if (r < 0 || r >= height || cc < 0 || cc >= width) continue;
        const kk = r * width + cc;
        const st = segment[kk];
        if ((st !== free && st !== rejected) || buildingIds[kk] !== id || !planar[kk]) continue;
        const x = (cc - seedCol) * cellSizeXM;
        const y = (seedRow - r) * cellSizeYM;
        const dz = data[kk] - seedZ;
        if (Math.abs(dz - (c + a * x + b * y)) > distanceM) continue;
        const ca = gx[kk];
        const cb = gy[kk];
        const cosAngle = (a * ca + b * cb + 1) / Math.sqrt((a * a + b * b + 1) * (ca * ca + cb * cb + 1));
        if (cosAngle < cosMaxAngle) continue;
        segment[kk] = label;
        grown[kk] = 1;
        members[size++] = kk;
        addPlanePoint(sums, x, y, dz);
        if (size >= nextFit && solvePlane(sums, fit)) {
          a = fit[0];
          b = fit[1];
          c = fit[2];
          distanceM = griddedHeightToleranceM(o.maxPlaneDistanceM, a, b, cellSizeXM, cellSizeYM, boundSpread);
          nextFit = size * 2;
        }
      }
    }
    if (size < minCells) {
      for (let m = 0; m < size; m++) {
        segment[members[m]] = rejected;
        grown[members[m]] = 0;
      }
      continue;
    }
    if (solvePlane(sums, fit)) {
      a = fit[0];
      b = fit[1];
      c = fit[2];
    }
    fits.push(seedCol, seedRow, seedZ, a, b, c);
    planeCount++;
  }

  /** Height of plane p above its fit origin at cell (col, row) minus the cell's height [m]. */
  const offPlane = (p: number, k: number, col: number, row: number): number => {
    const f = 6 * p;
    const x = (col - fits[f]) * cellSizeXM;
    const y = (fits[f + 1] - row) * cellSizeYM;
    return data[k] - fits[f + 2] - (fits[f + 5] + fits[f + 3] * x + fits[f + 4] * y);
  };

  // 4. Waves of non-planar cells joining the closest adjacent plane within its tolerance.
  const planeDistanceM = new Float64Array(planeCount);
  for (let p = 0; p < planeCount; p++) {
    planeDistanceM[p] = griddedHeightToleranceM(
      o.maxPlaneDistanceM,
      fits[6 * p + 3],
      fits[6 * p + 4],
      cellSizeXM,
      cellSizeYM,
      boundSpread,
    );
  }
  let wave = new Int32Array(n);
  let next = new Int32Array(n);
  let waveSize = 0;
  for (let k = 0; k < n; k++) if (segment[k] >= 0) wave[waveSize++] = k;
  while (waveSize > 0) {
    let nextSize = 0;
    for (let w = 0; w < waveSize; w++) {
      const k = wave[w];
      const row = Math.floor(k / width);
      const col = k - row * width;
      for (let q = 0; q < 8; q++) {
        const r = row + dr8[q];
        const cc = col + dc8[q];
        if (r < 0 || r >= height || cc < 0 || cc >= width) continue;
        const kk = r * width + cc;
        if (segment[kk] >= 0 || buildingIds[kk] !== buildingIds[k] || Number.isNaN(data[kk])) continue;
        // Closest plane among the cell's 8 neighbours.
        let best = -1;
        let bestDz = Number.POSITIVE_INFINITY;
        for (let q2 = 0; q2 < 8; q2++) {
          const r2 = r + dr8[q2];
          const c2 = cc + dc8[q2];
          if (r2 < 0 || r2 >= height || c2 < 0 || c2 >= width) continue;
          const k2 = r2 * width + c2;
          const p = segment[k2];
          if (p < 0 || buildingIds[k2] !== buildingIds[kk]) continue;
          const dz = Math.abs(offPlane(p, kk, cc, r));
          if (dz <= planeDistanceM[p] && dz <= bestDz) {
            bestDz = dz;
            best = p;
          }
        }
        if (best < 0) continue;
        segment[kk] = best;
        next[nextSize++] = kk;
      }
    }
    [wave, next] = [next, wave];
    waveSize = nextSize;
  }

  // 4b. Height steps posing as faces, dissolved into obstacles of the neighbouring planes.
  const dissolveSteps = (count: number) =>
    dissolveHeightSteps(data, buildingIds, segment, width, cellSizeXM, cellSizeYM, o.flatPitchDeg, fits, count);
  planeCount = dissolveSteps(planeCount);

  // 4c. Leftover regions that are roof parts (not standing on a plane), then 4b on them.
  planeCount = fitLeftoverRegions(
    data,
    width,
    height,
    cellSizeXM,
    cellSizeYM,
    buildingIds,
    segment,
    grown,
    minCells,
    o.maxPlaneDistanceM,
    o.samplingToleranceScale,
    fits,
    planeCount,
  );
  planeCount = dissolveSteps(planeCount);

  // 5. Obstacles: building cells on no plane, attributed by breadth-first distance.
  const planeOfCell = new Int32Array(n).fill(-1);
  const isObstacle = new Uint8Array(n);
  waveSize = 0;
  for (let k = 0; k < n; k++) {
    if (segment[k] >= 0) {
      planeOfCell[k] = segment[k];
      wave[waveSize++] = k;
    } else if (buildingIds[k] > 0) isObstacle[k] = 1;
  }
  for (let head = 0; head < waveSize; head++) {
    const k = wave[head];
    const row = Math.floor(k / width);
    const col = k - row * width;
    for (let q = 0; q < 4; q++) {
      const r = row + dr4[q];
      const cc = col + dc4[q];
      if (r < 0 || r >= height || cc < 0 || cc >= width) continue;
      const kk = r * width + cc;
      if (!isObstacle[kk] || planeOfCell[kk] >= 0 || buildingIds[kk] !== buildingIds[k]) continue;
      planeOfCell[kk] = planeOfCell[k];
      wave[waveSize++] = kk;
    }
  }

  return {
    planes: planeStatistics(
      surface,
      cellSizeXM,
      cellSizeYM,
      originX,
      originY,
      buildingIds,
      cellAreaWeight,
      planeCount,
      planeOfCell,
      isObstacle,
      grown,
      o,
    ),
    planeOfCell,
    isObstacle,
    mixedEdges,
  };
}

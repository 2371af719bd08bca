import type { GeoGrid, Grid } from '../raster/grid.js';
import { DEG_PER_RAD, RAD_PER_DEG } from '../units/angles.js';
import { clipConvexToHalfPlane, polygonArea } from './convexClip.js';
import { addPlanePoint, PLANE_SUMS_LENGTH, solvePlane } from './planeFit.js';

/** Parameters of {@link segmentRoofPlanes}; every one has a default (see README). */
export interface RoofSegmentationOptions {
  /** Largest vertical distance of a cell from its plane [m] (default 0.15). */
  maxPlaneDistanceM?: number;
  /** Largest angle between a cell's local normal and its plane's normal [°] (default 10). */
  maxNormalAngleDeg?: number;
  /**
   * Largest rms residual of a cell's 3×3 local plane fit for the cell to count as planar
   * [m] (default 0.05): only planar cells seed regions and join them during growing; the
   * others (ridges, hips, edges, obstacles) are attached afterwards by distance only.
   */
  planarResidualM?: number;
  /** Smallest plane [m², ground area]; smaller regions become obstacles (default 3). */
  minPlaneAreaM2?: number;
  /** Planes with a smaller pitch are flat: their azimuth is 0 [°] (default 3). */
  flatPitchDeg?: number;
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
  flatPitchDeg: 3,
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
}

/** Height difference of two faces below which a cell centre lies on their intersection [m]. */
const ON_LINE_M = 0.01;

/** Cell states during growing. */
const FREE = -1;
const REJECTED = -3;

const NEIGHBOUR_DC = [-1, 0, 1, -1, 1, -1, 0, 1];
const NEIGHBOUR_DR = [-1, -1, -1, 0, 0, 1, 1, 1];
const FOUR_DC = [0, -1, 1, 0];
const FOUR_DR = [-1, 0, 0, 1];

/**
 * Fewest cell spacings a sloped face must span along its fall line [cells]. Two rows of
 * samples (1 spacing; ≈ 1.4 for a diagonal staircase) fit any height difference exactly, so
 * a vertical step between two roof levels, or a wall between a roof and a lower neighbour,
 * sampled by the grid looks like a steep "plane" 2 cells wide; a face needs a third row
 * (2 spacings) for its pitch to be a measurement rather than the step height over the cell
 * size. The bound lies halfway between two and three rows.
 */
const MIN_FALL_LINE_SPACINGS = 1.5;

/**
 * Step 4b of {@link segmentRoofPlanes}: sloped planes (pitch ≥ flatPitchDeg) whose cells span
 * fewer than {@link MIN_FALL_LINE_SPACINGS} cell spacings along their fall line are height
 * steps, not faces: their cells become free (obstacles of the nearest plane in step 5) and the
 * remaining planes are renumbered in order, `segment` and `fits` compacted in place.
 * Returns the new plane count.
 */
function dissolveHeightSteps(
  segment: Int32Array,
  width: number,
  cellSizeXM: number,
  cellSizeYM: number,
  flatPitchDeg: number,
  fits: number[],
  count: number,
): number {
  const flatTan = Math.tan(flatPitchDeg * RAD_PER_DEG);
  const lowM = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const highM = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  for (let k = 0; k < segment.length; k++) {
    const p = segment[k];
    if (p < 0) continue;
    const a = fits[6 * p + 3];
    const b = fits[6 * p + 4];
    const gradient = Math.hypot(a, b);
    if (gradient < flatTan) continue;
    const row = Math.floor(k / width);
    // Position along the downslope-to-upslope direction (a, b)/|∇z| [m].
    const along = ((k - row * width) * cellSizeXM * a - row * cellSizeYM * b) / gradient;
    if (along < lowM[p]) lowM[p] = along;
    if (along > highM[p]) highM[p] = along;
  }
  const renumbered = new Int32Array(count);
  let kept = 0;
  for (let p = 0; p < count; p++) {
    const a = fits[6 * p + 3];
    const b = fits[6 * p + 4];
    const gradient = Math.hypot(a, b);
    const spacingM = gradient > 0 ? Math.hypot((a / gradient) * cellSizeXM, (b / gradient) * cellSizeYM) : 0;
    if (gradient >= flatTan && highM[p] - lowM[p] < MIN_FALL_LINE_SPACINGS * spacingM) {
      renumbered[p] = FREE;
      continue;
    }
    renumbered[p] = kept;
    for (let j = 0; j < 6; j++) fits[6 * kept + j] = fits[6 * p + j];
    kept++;
  }
  fits.length = 6 * kept;
  for (let k = 0; k < segment.length; k++) if (segment[k] >= 0) segment[k] = renumbered[segment[k]];
  return kept;
}

/** Whether `list[0 … length)` holds `value`. */
function holds(list: Int32Array, length: number, value: number): boolean {
  for (let i = 0; i < length; i++) if (list[i] === value) return true;
  return false;
}

/**
 * Local 3×3 least-squares plane of every building cell, over the window cells of the same
 * building with data (≥ 6 of 9): gradient (gx, gy) [m/m] and rms residual [m]; NaN otherwise.
 */
function localPlanes(
  dsm: Grid,
  ids: Int32Array,
  cellX: number,
  cellY: number,
  gx: Float32Array,
  gy: Float32Array,
  rms: Float32Array,
): void {
  const { width, height, data } = dsm;
  const sums = new Float64Array(PLANE_SUMS_LENGTH);
  const fit = new Float64Array(4);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const k = row * width + col;
      gx[k] = Number.NaN;
      gy[k] = Number.NaN;
      rms[k] = Number.NaN;
      const id = ids[k];
      const z0 = data[k];
      if (id <= 0 || Number.isNaN(z0)) continue;
      sums.fill(0);
      for (let dr = -1; dr <= 1; dr++) {
        const r = row + dr;
        if (r < 0 || r >= height) continue;
        for (let dc = -1; dc <= 1; dc++) {
          const c = col + dc;
          if (c < 0 || c >= width) continue;
          const kk = r * width + c;
          const z = data[kk];
          if (ids[kk] !== id || Number.isNaN(z)) continue;
          addPlanePoint(sums, dc * cellX, -dr * cellY, z - z0);
        }
      }
      if (sums[0] >= 6 && solvePlane(sums, fit)) {
        gx[k] = fit[0];
        gy[k] = fit[1];
        rms[k] = fit[3];
      }
    }
  }
}

/**
 * Segment the roofs of buildings into planar faces by region growing on a DSM, and attach
 * obstacles (cells off every plane) to the plane they stand on.
 *
 * Method (Vosselman, Gorte, Sithole & Rabbani 2004; Rabbani, van den Heuvel & Vosselman 2006):
 * 1. every building cell gets the least-squares plane of its 3×3 neighbourhood (same
 *    building); its rms residual measures local planarity;
 * 2. planar cells (rms ≤ `planarResidualM`) are seeds in order of increasing residual; a region
 *    grows over 8-neighbours of the same building that are planar, whose local normal is within
 *    `maxNormalAngleDeg` of the region's plane normal and whose height is within
 *    `maxPlaneDistanceM` of that plane; the plane is refitted by least squares each time the
 *    region doubles;
 * 3. regions smaller than `minPlaneAreaM2` are dissolved; a building left with no plane
 *    (too small or too coarse for 3×3 windows of its own cells, e.g. a shed on a 1 m grid)
 *    gets the least-squares plane of all its cells when their rms residual is within
 *    `maxPlaneDistanceM`, with the cells within that distance;
 * 4. non-planar cells next to a plane (ridges, hips, eaves: their 3×3 window straddles two
 *    faces) join, wave after wave, the adjacent plane closest in height if within
 *    `maxPlaneDistanceM`;
 *    then sloped planes spanning fewer than 1.5 cell spacings along their fall line (two rows
 *    of cells: a height step between roof levels, or a roof edge over a wall, seen through
 *    the grid; their "pitch" is the step height over the cell size) are dissolved;
 * 5. the building cells left are obstacles (chimneys, dormers, HVAC, overhanging trees,
 *    nodata); each is attributed to the nearest plane of its building (4-connected
 *    breadth-first distance), so a plane's area includes what stands on it;
 * 6. per plane, the final least-squares fit gives pitch = atan(|∇z|) and azimuth =
 *    atan2(−∂z/∂x, −∂z/∂y) (downslope, clockwise from north); ground area = cells × cell
 *    area × the cell's area weight, cells next to another face split along the two planes'
 *    intersection line (sub-cell ridges and hips); inclined
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
  const { width, height, data } = dsm;
  const n = width * height;
  if (buildingIds.length !== n) {
    throw new RangeError(`buildingIds must have ${n} cells, got ${buildingIds.length}`);
  }
  if (cellAreaWeight && cellAreaWeight.length !== n) {
    throw new RangeError(`cellAreaWeight must have ${n} cells, got ${cellAreaWeight.length}`);
  }
  if (!(cellSizeXM > 0 && cellSizeYM > 0)) {
    throw new RangeError(`cell sizes must be > 0 m, got ${cellSizeXM} × ${cellSizeYM}`);
  }
  const gx = new Float32Array(n);
  const gy = new Float32Array(n);
  const rms = new Float32Array(n);
  localPlanes(dsm, buildingIds, cellSizeXM, cellSizeYM, gx, gy, rms);

  // Seeds: planar cells by increasing residual.
  let seedCount = 0;
  for (let k = 0; k < n; k++) if (rms[k] <= o.planarResidualM) seedCount++;
  const seeds = new Uint32Array(seedCount);
  for (let k = 0, s = 0; k < n; k++) if (rms[k] <= o.planarResidualM) seeds[s++] = k;
  seeds.sort((a, b) => rms[a] - rms[b] || a - b);

  const segment = new Int32Array(n).fill(FREE);
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
    if (segment[seed] !== FREE) continue;
    const id = buildingIds[seed];
    const seedRow = Math.floor(seed / width);
    const seedCol = seed - seedRow * width;
    const seedZ = data[seed];
    let a = gx[seed];
    let b = gy[seed];
    let c = 0;
    sums.fill(0);
    addPlanePoint(sums, 0, 0, 0);
    const label = planeCount;
    segment[seed] = label;
    let size = 1;
    let nextFit = 8;
    for (let head = 0; head < size; head++) {
      const k = head === 0 ? seed : members[head];
      if (head === 0) members[0] = seed;
      const row = Math.floor(k / width);
      const col = k - row * width;
      for (let q = 0; q < 8; q++) {
        const r = row + NEIGHBOUR_DR[q];
        const cc = col + NEIGHBOUR_DC[q];
        if (r < 0 || r >= height || cc < 0 || cc >= width) continue;
        const kk = r * width + cc;
        const st = segment[kk];
        if ((st !== FREE && st !== REJECTED) || buildingIds[kk] !== id || !(rms[kk] <= o.planarResidualM)) continue;
        const x = (cc - seedCol) * cellSizeXM;
        const y = (seedRow - r) * cellSizeYM;
        const dz = data[kk] - seedZ;
        if (Math.abs(dz - (c + a * x + b * y)) > o.maxPlaneDistanceM) continue;
        const ca = gx[kk];
        const cb = gy[kk];
        const cosAngle = (a * ca + b * cb + 1) / Math.sqrt((a * a + b * b + 1) * (ca * ca + cb * cb + 1));
        if (cosAngle < cosMaxAngle) continue;
        segment[kk] = label;
        members[size++] = kk;
        addPlanePoint(sums, x, y, dz);
        if (size >= nextFit && solvePlane(sums, fit)) {
          a = fit[0];
          b = fit[1];
          c = fit[2];
          nextFit = size * 2;
        }
      }
    }
    if (size < minCells) {
      for (let m = 0; m < size; m++) segment[members[m]] = REJECTED;
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
  planeCount = fitWholeRoofs(
    data,
    width,
    height,
    cellSizeXM,
    cellSizeYM,
    buildingIds,
    segment,
    minCells,
    o.maxPlaneDistanceM,
    fits,
    planeCount,
  );

  /** Height of plane p above its fit origin at cell (col, row) minus the cell's height [m]. */
  const offPlane = (p: number, k: number, col: number, row: number): number => {
    const f = 6 * p;
    const x = (col - fits[f]) * cellSizeXM;
    const y = (fits[f + 1] - row) * cellSizeYM;
    return data[k] - fits[f + 2] - (fits[f + 5] + fits[f + 3] * x + fits[f + 4] * y);
  };

  // 4. Waves of non-planar cells joining the closest adjacent plane.
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
        const r = row + NEIGHBOUR_DR[q];
        const cc = col + NEIGHBOUR_DC[q];
        if (r < 0 || r >= height || cc < 0 || cc >= width) continue;
        const kk = r * width + cc;
        if (segment[kk] >= 0 || buildingIds[kk] !== buildingIds[k] || Number.isNaN(data[kk])) continue;
        // Closest plane among the cell's 8 neighbours.
        let best = -1;
        let bestDz = o.maxPlaneDistanceM;
        for (let q2 = 0; q2 < 8; q2++) {
          const r2 = r + NEIGHBOUR_DR[q2];
          const c2 = cc + NEIGHBOUR_DC[q2];
          if (r2 < 0 || r2 >= height || c2 < 0 || c2 >= width) continue;
          const k2 = r2 * width + c2;
          const p = segment[k2];
          if (p < 0 || buildingIds[k2] !== buildingIds[kk]) continue;
          const dz = Math.abs(offPlane(p, kk, cc, r));
          if (dz <= bestDz) {
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
  planeCount = dissolveHeightSteps(segment, width, cellSizeXM, cellSizeYM, o.flatPitchDeg, fits, planeCount);

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
      const r = row + FOUR_DR[q];
      const cc = col + FOUR_DC[q];
      if (r < 0 || r >= height || cc < 0 || cc >= width) continue;
      const kk = r * width + cc;
      if (!isObstacle[kk] || planeOfCell[kk] >= 0 || buildingIds[kk] !== buildingIds[k]) continue;
      planeOfCell[kk] = planeOfCell[k];
      wave[waveSize++] = kk;
    }
  }

  return {
    planes: planeStatistics(
      dsm,
      cellSizeXM,
      cellSizeYM,
      originX,
      originY,
      buildingIds,
      cellAreaWeight,
      planeCount,
      planeOfCell,
      isObstacle,
      o,
    ),
    planeOfCell,
    isObstacle,
  };
}

/**
 * Step 3 fallback of {@link segmentRoofPlanes}: one least-squares plane for each building that
 * has at least `minCells` cells with data, no plane yet, and an rms residual ≤ maxDistanceM.
 * Its cells within maxDistanceM of that plane join it. Returns the new plane count.
 */
function fitWholeRoofs(
  data: Float32Array,
  width: number,
  height: number,
  cellSizeXM: number,
  cellSizeYM: number,
  buildingIds: Int32Array,
  segment: Int32Array,
  minCells: number,
  maxDistanceM: number,
  fits: number[],
  planeCount: number,
): number {
  const n = width * height;
  let maxId = 0;
  for (let k = 0; k < n; k++) if (buildingIds[k] > maxId) maxId = buildingIds[k];
  const hasPlane = new Uint8Array(maxId + 1);
  const first = new Int32Array(maxId + 1).fill(-1);
  const sums = new Float64Array((maxId + 1) * PLANE_SUMS_LENGTH);
  for (let k = 0; k < n; k++) {
    const id = buildingIds[k];
    if (id > 0 && segment[k] >= 0) hasPlane[id] = 1;
  }
  for (let k = 0; k < n; k++) {
    const id = buildingIds[k];
    if (id <= 0 || hasPlane[id] || Number.isNaN(data[k])) continue;
    if (first[id] < 0) first[id] = k;
    const f = first[id];
    const fRow = Math.floor(f / width);
    const row = Math.floor(k / width);
    addPlanePoint(
      sums,
      (k - row * width - (f - fRow * width)) * cellSizeXM,
      (fRow - row) * cellSizeYM,
      data[k] - data[f],
      id * PLANE_SUMS_LENGTH,
    );
  }
  const planeOf = new Int32Array(maxId + 1).fill(-1);
  const fit = new Float64Array(4);
  for (let id = 1; id <= maxId; id++) {
    const s = sums.subarray(id * PLANE_SUMS_LENGTH, (id + 1) * PLANE_SUMS_LENGTH);
    if (first[id] < 0 || s[0] < minCells || !solvePlane(s, fit) || fit[3] > maxDistanceM) continue;
    const f = first[id];
    const fRow = Math.floor(f / width);
    fits.push(f - fRow * width, fRow, data[f], fit[0], fit[1], fit[2]);
    planeOf[id] = planeCount++;
  }
  for (let k = 0; k < n; k++) {
    const id = buildingIds[k];
    if (id <= 0 || planeOf[id] < 0 || Number.isNaN(data[k])) continue;
    const p = 6 * planeOf[id];
    const row = Math.floor(k / width);
    const x = (k - row * width - fits[p]) * cellSizeXM;
    const y = (fits[p + 1] - row) * cellSizeYM;
    if (Math.abs(data[k] - fits[p + 2] - (fits[p + 5] + fits[p + 3] * x + fits[p + 4] * y)) <= maxDistanceM) {
      segment[k] = planeOf[id];
    }
  }
  return planeCount;
}

/** Final fits, areas and cell lists of the planes. */
function planeStatistics(
  dsm: Grid,
  cellSizeXM: number,
  cellSizeYM: number,
  originX: number,
  originY: number,
  buildingIds: Int32Array,
  cellAreaWeight: Float32Array | undefined,
  count: number,
  planeOfCell: Int32Array,
  isObstacle: Uint8Array,
  o: Required<RoofSegmentationOptions>,
): RoofPlanes {
  const { width, height, data } = dsm;
  const n = width * height;
  const cellArea = cellSizeXM * cellSizeYM;
  const planes: RoofPlanes = {
    count,
    buildingId: new Int32Array(count),
    pitchDeg: new Float64Array(count),
    azimuthDeg: new Float64Array(count),
    isFlat: new Uint8Array(count),
    groundAreaM2: new Float64Array(count),
    areaM2: new Float64Array(count),
    obstacleGroundAreaM2: new Float64Array(count),
    centreX: new Float64Array(count),
    centreY: new Float64Array(count),
    planeHeightAtCenterM: new Float64Array(count),
    dzdx: new Float64Array(count),
    dzdy: new Float64Array(count),
    rmsResidualM: new Float64Array(count),
    cellOffsets: new Int32Array(count + 1),
    cells: new Int32Array(0),
  };
  // Cells per plane (CSR) and centroids.
  const sumCol = new Float64Array(count);
  const sumRow = new Float64Array(count);
  for (let k = 0; k < n; k++) {
    const p = planeOfCell[k];
    if (p < 0) continue;
    planes.cellOffsets[p + 1]++;
    const row = Math.floor(k / width);
    sumCol[p] += k - row * width;
    sumRow[p] += row;
    planes.buildingId[p] = buildingIds[k];
  }
  for (let p = 0; p < count; p++) planes.cellOffsets[p + 1] += planes.cellOffsets[p];
  planes.cells = new Int32Array(planes.cellOffsets[count]);
  const fill = planes.cellOffsets.slice(0, count);
  for (let k = 0; k < n; k++) {
    const p = planeOfCell[k];
    if (p >= 0) planes.cells[fill[p]++] = k;
  }
  const meanCols = new Float64Array(count);
  const meanRows = new Float64Array(count);
  const sums = new Float64Array(PLANE_SUMS_LENGTH);
  const fit = new Float64Array(4);
  const flatTan = Math.tan(o.flatPitchDeg * RAD_PER_DEG);
  for (let p = 0; p < count; p++) {
    const total = planes.cellOffsets[p + 1] - planes.cellOffsets[p];
    const meanCol = sumCol[p] / total;
    const meanRow = sumRow[p] / total;
    sums.fill(0);
    let zRef = Number.NaN;
    for (let i = planes.cellOffsets[p]; i < planes.cellOffsets[p + 1]; i++) {
      const k = planes.cells[i];
      if (isObstacle[k]) continue;
      const row = Math.floor(k / width);
      const col = k - row * width;
      if (Number.isNaN(zRef)) zRef = data[k];
      addPlanePoint(sums, (col - meanCol) * cellSizeXM, (meanRow - row) * cellSizeYM, data[k] - zRef);
    }
    if (solvePlane(sums, fit)) {
      planes.dzdx[p] = fit[0];
      planes.dzdy[p] = fit[1];
      planes.planeHeightAtCenterM[p] = zRef + fit[2];
      planes.rmsResidualM[p] = fit[3];
    }
    const a = planes.dzdx[p];
    const b = planes.dzdy[p];
    const gradient = Math.hypot(a, b);
    planes.pitchDeg[p] = Math.atan(gradient) * DEG_PER_RAD;
    if (gradient < flatTan) planes.isFlat[p] = 1;
    else {
      const az = Math.atan2(-a, -b) * DEG_PER_RAD + o.gridConvergenceDeg;
      const wrapped = ((az % 360) + 360) % 360;
      planes.azimuthDeg[p] = wrapped >= 360 ? wrapped - 360 : wrapped;
    }
    planes.centreX[p] = originX + (meanCol + 0.5) * cellSizeXM;
    planes.centreY[p] = originY - (meanRow + 0.5) * cellSizeYM;
    meanCols[p] = meanCol;
    meanRows[p] = meanRow;
  }
  const { groundCells, obstacleCells } = groundCellAreas(
    width,
    height,
    cellSizeXM,
    cellSizeYM,
    cellAreaWeight,
    planeOfCell,
    isObstacle,
    planes,
    meanCols,
    meanRows,
  );
  for (let p = 0; p < count; p++) {
    planes.groundAreaM2[p] = groundCells[p] * cellArea;
    planes.obstacleGroundAreaM2[p] = obstacleCells[p] * cellArea;
    planes.areaM2[p] = planes.groundAreaM2[p] * Math.sqrt(1 + planes.dzdx[p] ** 2 + planes.dzdy[p] ** 2);
  }
  return planes;
}

/**
 * Ground area of each plane in cells. A plane cell next to cells of other planes is split
 * along the intersection lines of its plane with theirs: its plane keeps the part of the cell
 * on its own side of every line (the side of its centre), the rest goes to the
 * neighbouring planes in proportion to their side's share — so ridges and hips are placed
 * to sub-cell accuracy instead of on the cell staircase, and a cell whose centre lies on a
 * hip counts half to each face. Only faces of the same building whose intersection line
 * passes between the two cell centres (z_p − z_q changes sign) split a cell; a step between
 * faces does not. Each cell's area is scaled by its weight; an obstacle cell counts
 * whole to the plane it stands on.
 */
function groundCellAreas(
  width: number,
  height: number,
  cellSizeXM: number,
  cellSizeYM: number,
  cellAreaWeight: Float32Array | undefined,
  planeOfCell: Int32Array,
  isObstacle: Uint8Array,
  planes: RoofPlanes,
  meanCols: Float64Array,
  meanRows: Float64Array,
): { groundCells: Float64Array; obstacleCells: Float64Array } {
  const count = planes.count;
  const groundCells = new Float64Array(count);
  const obstacleCells = new Float64Array(count);
  const hx = cellSizeXM / 2;
  const hy = cellSizeYM / 2;
  const square = new Float64Array([-hx, -hy, hx, -hy, hx, hy, -hx, hy]);
  const bufA = new Float64Array(32);
  const bufB = new Float64Array(32);
  const others = new Int32Array(8);
  const otherShare = new Float64Array(8);
  const cellArea = cellSizeXM * cellSizeYM;
  // Height of plane p relative to its centre height at the centre of cell (col, row) [m].
  const planeAt = (p: number, col: number, row: number): number =>
    planes.planeHeightAtCenterM[p] +
    planes.dzdx[p] * (col - meanCols[p]) * cellSizeXM +
    planes.dzdy[p] * (meanRows[p] - row) * cellSizeYM;
  for (let k = 0; k < width * height; k++) {
    const p = planeOfCell[k];
    if (p < 0) continue;
    const w = cellAreaWeight ? cellAreaWeight[k] : 1;
    if (isObstacle[k]) {
      obstacleCells[p] += w;
      groundCells[p] += w;
      continue;
    }
    const row = Math.floor(k / width);
    const col = k - row * width;
    let otherCount = 0;
    let src = bufA;
    let dst = bufB;
    src.set(square);
    let vertices = 4;
    for (let q = 0; q < 8; q++) {
      const r2 = row + NEIGHBOUR_DR[q];
      const c2 = col + NEIGHBOUR_DC[q];
      if (r2 < 0 || r2 >= height || c2 < 0 || c2 >= width) continue;
      const k2 = r2 * width + c2;
      const other = planeOfCell[k2];
      if (other < 0 || other === p || isObstacle[k2] || planes.buildingId[other] !== planes.buildingId[p]) continue;
      if (holds(others, otherCount, other)) continue;
      // L(x, y) = z_p − z_q relative to the cell centre. p keeps the side of its own centre,
      // or, when the centre lies nearer the line than the neighbour's centre (dx, dy), the
      // side opposite to the neighbour's.
      const u = planes.dzdx[p] - planes.dzdx[other];
      const v = planes.dzdy[p] - planes.dzdy[other];
      const c0 = planeAt(p, col, row) - planeAt(other, col, row);
      const atNeighbour = u * NEIGHBOUR_DC[q] * cellSizeXM - v * NEIGHBOUR_DR[q] * cellSizeYM + c0;
      // Only faces that meet between the two centres (a ridge, hip or valley), not a step;
      // a centre within ON_LINE_M of the line (a hip through cell centres) counts as on it.
      if (c0 * atNeighbour > 0 && Math.min(Math.abs(c0), Math.abs(atNeighbour)) > ON_LINE_M) continue;
      const flip = Math.abs(c0) >= Math.abs(atNeighbour) ? (c0 >= 0 ? 1 : -1) : atNeighbour > 0 ? -1 : 1;
      const kept = clipConvexToHalfPlane(src, vertices, flip * u, flip * v, flip * c0, dst);
      const lost = vertices > 0 ? polygonArea(src, vertices) - polygonArea(dst, kept) : 0;
      if (lost > 0) {
        others[otherCount] = other;
        otherShare[otherCount] = lost;
        otherCount++;
      }
      [src, dst] = [dst, src];
      vertices = kept;
    }
    if (otherCount === 0) {
      groundCells[p] += w;
      continue;
    }
    const own = vertices > 0 ? polygonArea(src, vertices) / cellArea : 0;
    groundCells[p] += w * own;
    let lostTotal = 0;
    for (let t = 0; t < otherCount; t++) lostTotal += otherShare[t];
    for (let t = 0; t < otherCount; t++) groundCells[others[t]] += (w * (1 - own) * otherShare[t]) / lostTotal;
  }
  return { groundCells, obstacleCells };
}

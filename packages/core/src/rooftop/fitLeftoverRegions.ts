import { NEIGHBOUR_DC, NEIGHBOUR_DR } from './cellGrid.js';
import { addPlanePoint, horizontalRms, PLANE_SUMS_LENGTH, solvePlane } from './planeFit.js';
import { BOUND_SPREAD, griddedHeightToleranceM, RMS_SPREAD } from './samplingTolerance.js';

/**
 * Step 4c of `segmentRoofPlanes`: roof parts too small or too coarse for region growing.
 * The building cells on no plane (segment < 0, with data) form 8-connected regions within
 * their building. A region becomes a plane (its least-squares plane; its cells within
 * `maxDistanceM` of it join it) when
 * - it has at least `minCells` cells and the rms residual of its plane is ≤ `maxDistanceM`, and
 * - it does not stand on a plane: the mean height difference between its cells and their
 *   4-neighbours on planes of the same building is ≤ 0 (or it has no such neighbour).
 *
 * The second condition tells roof parts from obstacles: a chimney, an HVAC box, a dormer or a
 * tree rises above the roof around it, whereas a region lower than the planes beside it
 * (a rear extension or a flat strip below an eave, a shed roof between higher walls) cannot
 * stand on them. A building with no plane at all (a shed a few cells wide on a 1 m grid, whose
 * 3×3 windows all straddle its edges) is one such region.
 *
 * A region with no plane beside it whose heights are within `maxDistanceM` rms of their mean
 * becomes a horizontal plane (at their mean) rather than its least-squares plane: nothing
 * around it tells its tilt, and over a few cells — a shed two or three cells wide, one or two
 * of them on the footprint's edge — a fitted tilt is the noise and the edge cells' mixing,
 * not a pitch (a single row or column, which has no least-squares plane, is handled alike).
 *
 * `segment` (plane of each cell, < 0 none) and `grown` (1 for cells of a plane's own fit) are
 * updated; each new plane's fit is appended to `fits` as (origin column, origin row, origin
 * height [m], ∂z/∂x, ∂z/∂y, offset [m]), the layout of `segmentRoofPlanes`.
 *
 * @param data DSM heights [m], row-major, NaN = nodata
 * @param width grid width [cells]
 * @param height grid height [cells]
 * @param cellSizeXM cell width [m]
 * @param cellSizeYM cell height [m]
 * @param buildingIds building label of each cell, > 0 (0 = not a building)
 * @param segment plane of each cell (−1 or less: none), updated
 * @param grown 1 for cells of a plane's own fit, updated
 * @param minCells smallest region [cells]
 * @param maxDistanceM largest rms residual of the region's plane and largest distance of a cell
 *   from it [m], on a horizontal plane; both widen with the plane's slope by the grid's sampling
 *   error (`griddedHeightToleranceM`)
 * @param samplingScale scale k of the sampling error (`samplingToleranceScale`) [dimensionless]
 * @param fits per-plane fits, 6 numbers each, appended to
 * @param planeCount number of planes so far
 * @returns the new number of planes
 * @example
 * planeCount = fitLeftoverRegions(data, w, h, 1, 1, ids, segment, grown, 3, 0.25, 1, fits, planeCount);
 */
export function fitLeftoverRegions(
  data: Float32Array,
  width: number,
  height: number,
  cellSizeXM: number,
  cellSizeYM: number,
  buildingIds: Int32Array,
  segment: Int32Array,
  grown: Uint8Array,
  minCells: number,
  maxDistanceM: number,
  samplingScale: number,
  fits: number[],
  planeCount: number,
): number {
  const n = width * height;
  const [dc8, dr8] = [NEIGHBOUR_DC, NEIGHBOUR_DR]; // locals for the loop, see segmentRoofPlanes
  const visited = new Uint8Array(n);
  const region = new Int32Array(n);
  const sums = new Float64Array(PLANE_SUMS_LENGTH);
  const fit = new Float64Array(4);
  let count = planeCount;
  for (let start = 0; start < n; start++) {
    const id = buildingIds[start];
    if (id <= 0 || visited[start] || segment[start] >= 0 || Number.isNaN(data[start])) continue;
    // Flood fill of the region, its plane sums and its height difference to adjacent planes.
    const startRow = Math.floor(start / width);
    const startCol = start - startRow * width;
    const z0 = data[start];
    visited[start] = 1;
    region[0] = start;
    let size = 1;
    sums.fill(0);
    let stepSumM = 0;
    let stepCount = 0;
    for (let head = 0; head < size; head++) {
      const k = region[head];
      const row = Math.floor(k / width);
      const col = k - row * width;
      addPlanePoint(sums, (col - startCol) * cellSizeXM, (startRow - row) * cellSizeYM, data[k] - z0);
      for (let q = 0; q < 8; q++) {
        const r = row + dr8[q];
        const c = col + dc8[q];
        if (r < 0 || r >= height || c < 0 || c >= width) continue;
        const kk = r * width + c;
        if (buildingIds[kk] !== id || Number.isNaN(data[kk])) continue;
        if (segment[kk] >= 0) {
          // 4-neighbours only: the cells directly beside the region.
          if (dr8[q] === 0 || dc8[q] === 0) {
            stepSumM += data[k] - data[kk];
            stepCount++;
          }
          continue;
        }
        if (visited[kk]) continue;
        visited[kk] = 1;
        region[size++] = kk;
      }
    }
    if (size < minCells || (stepCount > 0 && stepSumM > 0)) continue;
    const flatRmsM = horizontalRms(sums);
    if (stepCount === 0 && flatRmsM <= maxDistanceM) {
      fit[0] = 0;
      fit[1] = 0;
      fit[2] = sums[3] / sums[0];
      fit[3] = flatRmsM;
    } else if (
      !solvePlane(sums, fit) ||
      fit[3] > griddedHeightToleranceM(maxDistanceM, fit[0], fit[1], cellSizeXM, cellSizeYM, samplingScale * RMS_SPREAD)
    ) {
      continue;
    }
    const distanceM = griddedHeightToleranceM(
      maxDistanceM,
      fit[0],
      fit[1],
      cellSizeXM,
      cellSizeYM,
      samplingScale * BOUND_SPREAD,
    );
    fits.push(startCol, startRow, z0, fit[0], fit[1], fit[2]);
    for (let m = 0; m < size; m++) {
      const k = region[m];
      const row = Math.floor(k / width);
      const x = (k - row * width - startCol) * cellSizeXM;
      const y = (startRow - row) * cellSizeYM;
      if (Math.abs(data[k] - z0 - (fit[2] + fit[0] * x + fit[1] * y)) <= distanceM) {
        segment[k] = count;
        grown[k] = 1;
      }
    }
    count++;
  }
  return count;
}

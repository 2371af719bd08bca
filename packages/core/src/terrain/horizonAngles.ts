import type { Grid } from '../raster/grid.js';
import { DEG_PER_RAD } from '../units/angles.js';
import type { CellSpacing } from './cellSpacing.js';
import { checkHornInputs } from './hornGradient.js';
import { lineOffset, rayGeometry } from './horizonGeometry.js';

/** Options of {@link horizonAngles}. */
export interface HorizonOptions {
  /** Number of azimuths N (default 36); azimuth i is i·360/N degrees clockwise from north. */
  directions?: number;
  /** Farthest ground distance at which a cell can be an obstacle [m], > 0. */
  maxDistanceM: number;
}

/**
 * Steps of a ray sampled on its exact line (with interpolation) before the digital line takes
 * over; see {@link horizonAngles}.
 */
export const HORIZON_NEAR_FIELD_STEPS = 8;

/** Horizon angle written where a ray has no sample at all (it leaves the grid at once) [°]. */
export const NO_HORIZON_DEG = -90;

/**
 * Horizon angles of every cell of a DSM in N azimuths: the largest elevation angle, seen from
 * the cell's centre, of the terrain ahead in that azimuth within `maxDistanceM`.
 *
 * Sampling. A ray advances one cell per step along its major axis (the grid axis it crosses
 * fastest) and t = tan(offset) cells along the other (|t| ≤ 1); step j lies j·Δs metres away,
 * Δs being the ground length of one step. Steps j ≤ J = ⌊maxDistanceM / Δs⌋ count.
 * - Near field, j ≤ K = 8: the sample is on the exact ray, its elevation linearly interpolated
 *   between the two cells that straddle it across the minor axis (exact on planes, so a roof's
 *   own cells never raise its horizon). A sample touching nodata is skipped; the near field
 *   ends where the exact ray leaves the grid.
 * - Far field, K < j ≤ J: the sample at step j is the cell of the cell's *digital line*, the
 *   cells (u, c + round(u·t)) sharing the cell's line number c (u = index along the major
 *   axis). It lies less than one cell aside the exact ray. Nodata cells are skipped. Sharing
 *   lines is what makes the sweep fast: along each line, an upper convex hull of the cells
 *   already passed (block-decomposed to honour maxDistanceM) gives each cell its highest
 *   tangent in O(log J) (Stewart 1998; Dozier, Bruhn & Marks 1981, pointer-free variant).
 * The angle is atan(max_j (z_j − z₀)/(j·Δs)) in degrees, negative when all the terrain ahead is
 * lower; −90 where the ray has no sample (grid edge facing out, or only nodata ahead), like
 * GRASS r.horizon; NaN on nodata cells. Distances use the mean east–west cell size when it is
 * given per row.
 *
 * References: Stewart A.J., "Fast horizon computation at all points of a terrain with
 * visibility and shading applications", IEEE TVCG 4(1):82–93, 1998, doi:10.1109/2945.675655;
 * Dozier J., Bruhn J., Marks D., "Rapid calculation of terrain parameters for radiation
 * modeling from digital elevation data", Computers & Geosciences 7:145–151, 1981,
 * doi:10.1016/0098-3004(81)90026-1.
 *
 * @param dsm elevations [m], NaN = nodata, at least 2×2
 * @param spacing ground cell size [m] (see {@link hornSlopeAspect})
 * @param options `directions` N [-] (default 36), `maxDistanceM` [m]
 * @param out caller-owned horizon angles [° above horizontal], direction-major: azimuth i of
 *   cell k at `out[i * width * height + k]`; length N·width·height
 * @example
 * const horizonsDeg = new Float32Array(36 * dsm.width * dsm.height);
 * horizonAngles(dsm, { cellSizeXM: 0.5, cellSizeYM: 0.5 }, { maxDistanceM: 200 }, horizonsDeg);
 */
export function horizonAngles(
  dsm: Grid,
  spacing: CellSpacing,
  options: HorizonOptions,
  out: Float32Array,
): void {
  checkHornInputs(dsm, spacing);
  const directions = options.directions ?? 36;
  if (!Number.isInteger(directions) || directions < 1) {
    throw new RangeError(`directions must be a positive integer, got ${directions}`);
  }
  if (!(options.maxDistanceM > 0 && Number.isFinite(options.maxDistanceM))) {
    throw new RangeError(`maxDistanceM must be a finite number > 0 m, got ${options.maxDistanceM}`);
  }
  const cells = dsm.width * dsm.height;
  if (out.length !== directions * cells) {
    throw new RangeError(
      `out has ${out.length} values, expected directions×width×height = ${directions * cells}`,
    );
  }
  const lineLength = Math.max(dsm.width, dsm.height);
  const work: SweepWork = {
    lineZ: new Float64Array(lineLength),
    lineCell: new Int32Array(lineLength),
    prefix: new Int32Array(lineLength),
    suffix: new Int32Array(lineLength),
    undoTop: new Int32Array(lineLength),
    undoPos: new Int32Array(lineLength),
    undoVal: new Int32Array(lineLength),
  };
  const cellSizeXM = meanCellSizeXM(spacing);
  for (let d = 0; d < directions; d++) {
    sweepDirection(dsm, (d * 360) / directions, cellSizeXM, spacing.cellSizeYM, options.maxDistanceM, out, d * cells, work);
  }
}

/** Scratch arrays of one sweep, sized to the longest line. */
interface SweepWork {
  lineZ: Float64Array;
  lineCell: Int32Array;
  prefix: Int32Array;
  suffix: Int32Array;
  undoTop: Int32Array;
  undoPos: Int32Array;
  undoVal: Int32Array;
}

function meanCellSizeXM(spacing: CellSpacing): number {
  const x = spacing.cellSizeXM;
  if (typeof x === 'number') return x;
  let sum = 0;
  for (let row = 0; row < x.length; row++) sum += x[row];
  return sum / x.length;
}

/** Horizons of every cell in one azimuth, written to out[base + cell]. */
function sweepDirection(
  dsm: Grid,
  azimuthDeg: number,
  cellSizeXM: number,
  cellSizeYM: number,
  maxDistanceM: number,
  out: Float32Array,
  base: number,
  work: SweepWork,
): void {
  const { data: z, width } = dsm;
  const { majorIsCol, majorStep, minorPerStep: t, stepM } = rayGeometry(azimuthDeg, cellSizeXM, cellSizeYM);
  const majorSize = majorIsCol ? dsm.width : dsm.height;
  const minorSize = majorIsCol ? dsm.height : dsm.width;
  const majorStride = majorIsCol ? 1 : width;
  const minorStride = majorIsCol ? width : 1;
  const maxSteps = Math.floor(maxDistanceM / stepM);
  const nearSteps = Math.min(HORIZON_NEAR_FIELD_STEPS, maxSteps);
  const windowLength = maxSteps - nearSteps;
  const { lineZ, lineCell, prefix, suffix, undoTop, undoPos, undoVal } = work;
  const endOffset = lineOffset(majorSize - 1, t);
  const cMin = -Math.max(0, endOffset);
  const cMax = minorSize - 1 - Math.min(0, endOffset);
  for (let c = cMin; c <= cMax; c++) {
    // The line's cells in sweep order: from the far end of the ray direction backwards, so that
    // the cells ahead of each cell come before it. u = steps along the ray's direction.
    let n = 0;
    let uStart = -1;
    for (let u = majorSize - 1; u >= 0; u--) {
      const b = c + lineOffset(u, t);
      if (b < 0 || b >= minorSize) continue;
      if (uStart < 0) uStart = u;
      const a = majorStep > 0 ? u : majorSize - 1 - u;
      const cell = a * majorStride + b * minorStride;
      lineCell[n] = cell;
      lineZ[n] = z[cell];
      n++;
    }
    let prefixTop = -1;
    let prefixBlock = -1;
    let suffixTop = -1;
    let suffixStart = 0;
    let suffixBase = 0;
    for (let s = 0; s < n; s++) {
      // Far-field window of sweep indices [hi − windowLength + 1, hi], hi = s − K − 1.
      const hi = s - nearSteps - 1;
      let block = -1;
      if (windowLength > 0 && hi >= 0) {
        block = Math.floor(hi / windowLength);
        if (block !== prefixBlock) {
          prefixBlock = block;
          prefixTop = -1;
          if (block > 0) {
            suffixBase = (block - 1) * windowLength;
            suffixTop = buildSuffixHull(lineZ, suffixBase, windowLength, suffix, undoTop, undoPos, undoVal);
            suffixStart = suffixBase;
          }
        }
        const zh = lineZ[hi];
        if (!Number.isNaN(zh)) {
          while (prefixTop >= 1) {
            const q = prefix[prefixTop];
            const p = prefix[prefixTop - 1];
            if ((q - p) * (zh - lineZ[p]) - (lineZ[q] - lineZ[p]) * (hi - p) < 0) break;
            prefixTop--;
          }
          prefix[++prefixTop] = hi;
        }
      }
      const cell = lineCell[s];
      const z0 = lineZ[s];
      if (Number.isNaN(z0)) {
        out[base + cell] = Number.NaN;
        continue;
      }
      let best = Number.NEGATIVE_INFINITY;
      // Near field: exact ray, linear interpolation across the minor axis.
      const u0 = uStart - s;
      const a0 = majorStep > 0 ? u0 : majorSize - 1 - u0;
      const b0 = c + lineOffset(u0, t);
      for (let j = 1; j <= nearSteps; j++) {
        if (u0 + j >= majorSize) break;
        const m = b0 + j * t;
        const f = Math.floor(m);
        const w = m - f;
        if (f < 0 || f >= minorSize || (w > 0 && f + 1 >= minorSize)) break;
        const k = (a0 + j * majorStep) * majorStride + f * minorStride;
        const zs = w > 0 ? (1 - w) * z[k] + w * z[k + minorStride] : z[k];
        if (Number.isNaN(zs)) continue;
        const tan = (zs - z0) / (j * stepM);
        if (tan > best) best = tan;
      }
      // Far field: tangents to the hulls of the cells of the line within the window.
      if (block >= 0) {
        const lo = hi - windowLength + 1;
        if (block > 0 && lo < block * windowLength) {
          while (suffixStart < lo) {
            const i = suffixStart - suffixBase;
            if (undoPos[i] >= 0) {
              suffix[undoPos[i]] = undoVal[i];
              suffixTop = undoTop[i];
            }
            suffixStart++;
          }
          if (suffixTop >= 0) {
            const tan = suffixTangent(lineZ, suffix, suffixTop, s, z0, stepM);
            if (tan > best) best = tan;
          }
        }
        if (prefixTop >= 0) {
          const tan = prefixTangent(lineZ, prefix, prefixTop, s, z0, stepM);
          if (tan > best) best = tan;
        }
      }
      out[base + cell] = best === Number.NEGATIVE_INFINITY ? NO_HORIZON_DEG : Math.atan(best) * DEG_PER_RAD;
    }
  }
}

/**
 * Upper hulls of every suffix [s, start + length − 1] of a block, built right to left in
 * `stack` (top = leftmost vertex) with an undo log: undoing entries start, start + 1, … in turn
 * leaves the hull of the suffix that starts one later. Returns the top of the full block's hull.
 */
function buildSuffixHull(
  lineZ: Float64Array,
  start: number,
  length: number,
  stack: Int32Array,
  undoTop: Int32Array,
  undoPos: Int32Array,
  undoVal: Int32Array,
): number {
  let top = -1;
  for (let s = start + length - 1; s >= start; s--) {
    const i = s - start;
    const zs = lineZ[s];
    if (Number.isNaN(zs)) {
      undoPos[i] = -1;
      continue;
    }
    const previousTop = top;
    while (top >= 1) {
      const q = stack[top];
      const r = stack[top - 1];
      if ((q - s) * (lineZ[r] - zs) - (lineZ[q] - zs) * (r - s) < 0) break;
      top--;
    }
    top++;
    undoTop[i] = previousTop;
    undoPos[i] = top;
    undoVal[i] = stack[top];
    stack[top] = s;
  }
  return top;
}

/** Largest (z_v − z0)/((s − v)·Δs) over a prefix hull stack[0..top] (left to right). */
function prefixTangent(
  lineZ: Float64Array,
  stack: Int32Array,
  top: number,
  s: number,
  z0: number,
  stepM: number,
): number {
  let lo = 0;
  let hi = top;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = stack[mid];
    const w = stack[mid + 1];
    if ((lineZ[w] - z0) / ((s - w) * stepM) >= (lineZ[v] - z0) / ((s - v) * stepM)) lo = mid + 1;
    else hi = mid;
  }
  const v = stack[lo];
  return (lineZ[v] - z0) / ((s - v) * stepM);
}

/** Largest (z_v − z0)/((s − v)·Δs) over a suffix hull stack[top..0] (left to right). */
function suffixTangent(
  lineZ: Float64Array,
  stack: Int32Array,
  top: number,
  s: number,
  z0: number,
  stepM: number,
): number {
  // Position p = 0..top is vertex stack[top − p], left to right.
  let lo = 0;
  let hi = top;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = stack[top - mid];
    const w = stack[top - mid - 1];
    if ((lineZ[w] - z0) / ((s - w) * stepM) >= (lineZ[v] - z0) / ((s - v) * stepM)) lo = mid + 1;
    else hi = mid;
  }
  const v = stack[top - lo];
  return (lineZ[v] - z0) / ((s - v) * stepM);
}

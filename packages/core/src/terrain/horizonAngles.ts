import type { Grid } from '../raster/grid.js';
import { DEG_PER_RAD } from '../units/angles.js';
import type { CellSpacing } from './cellSpacing.js';
import { lineOffset, type RayGeometry, rayGeometry } from './horizonGeometry.js';
import { checkHornInputs } from './hornGradient.js';

/** Options of {@link horizonAngles}. */
export interface HorizonOptions {
  /** Number of azimuths N (default 36); azimuth i is i·360/N degrees clockwise from north. */
  directions?: number;
  /** Farthest ground distance at which a cell can be an obstacle [m], > 0. */
  maxDistanceM: number;
  /**
   * Column and row, in a larger mosaic, of this grid's cell (0, 0) (default 0, 0). Digital lines
   * are anchored to the mosaic, so a tile cut from it with a halo of at least maxDistanceM gets
   * the same horizons in its interior as the whole mosaic.
   */
  originCell?: { col: number; row: number };
  /**
   * Rows whose horizons are wanted, `start` (inclusive) to `end` (exclusive); default all. The
   * other rows are only obstacles (a tile's halo): they cost a pass through the sweep's hulls,
   * not a horizon search. `out` then holds N·(end − start)·width values.
   */
  rows?: { start: number; end: number };
  /**
   * Called after each azimuth with the share of azimuths done [0–1] (a progress bar; the
   * azimuths take about the same time each).
   */
  onProgress?: (fractionDone: number) => void;
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
 *   cells (u, c + ⌊u·t + ½⌋) sharing the cell's line number c, u being the major-axis index
 *   in the mosaic (`originCell`) signed by the direction of travel. It lies less than one cell
 *   aside the exact ray. Nodata cells are skipped. Sharing
 *   lines is what makes the sweep fast: along each line, an upper convex hull of the cells
 *   already passed (block-decomposed to honour maxDistanceM) gives each cell its highest
 *   tangent in O(log J) (after Stewart 1998 and Dozier, Bruhn & Marks 1981).
 * The angle is atan(max_j (z_j − z₀)/(j·Δs)) in degrees, negative when all the terrain ahead is
 * lower; −90 where the ray has no sample (grid edge facing out, or only nodata ahead), like
 * GRASS r.horizon; NaN on nodata cells. Distances use the mean east–west cell size when it is
 * given per row.
 *
 * References: Stewart A.J., "Fast horizon computation at all points of a terrain with
 * visibility and shading applications", IEEE TVCG 4(1):82–93, 1998; Dozier J., Bruhn J.,
 * Marks D., horizon computation along terrain profiles, Computers & Geosciences 7:145–151, 1981.
 *
 * @param dsm elevations [m], NaN = nodata, at least 2×2
 * @param spacing ground cell size [m] (see {@link hornSlopeAspect})
 * @param options `directions` N [-] (default 36), `maxDistanceM` [m]
 * @param out caller-owned horizon angles [° above horizontal], direction-major: azimuth i of
 *   cell k at `out[i * width * height + k]`; length N·width·height (with `rows`: azimuth i of
 *   the cell of row r, column q at `out[i * n + (r − start) * width + q]`, n = (end − start)·width)
 * @example
 * const horizonsDeg = new Float32Array(36 * dsm.width * dsm.height);
 * horizonAngles(dsm, { cellSizeXM: 0.5, cellSizeYM: 0.5 }, { maxDistanceM: 200 }, horizonsDeg);
 */
export function horizonAngles(dsm: Grid, spacing: CellSpacing, options: HorizonOptions, out: Float32Array): void {
  checkHornInputs(dsm, spacing);
  const directions = options.directions ?? 36;
  if (!Number.isInteger(directions) || directions < 1) {
    throw new RangeError(`directions must be a positive integer, got ${directions}`);
  }
  if (!(options.maxDistanceM > 0 && Number.isFinite(options.maxDistanceM))) {
    throw new RangeError(`maxDistanceM must be a finite number > 0 m, got ${options.maxDistanceM}`);
  }
  const originCol = options.originCell?.col ?? 0;
  const originRow = options.originCell?.row ?? 0;
  if (!Number.isInteger(originCol) || !Number.isInteger(originRow)) {
    throw new RangeError(`originCell must be integers, got ${originCol}, ${originRow}`);
  }
  const cells = dsm.width * dsm.height;
  const { width, height } = dsm;
  const rowStart = options.rows?.start ?? 0;
  const rowEnd = options.rows?.end ?? height;
  if (
    !(Number.isInteger(rowStart) && Number.isInteger(rowEnd) && rowStart >= 0 && rowStart <= rowEnd && rowEnd <= height)
  ) {
    throw new RangeError(`rows must be integers with 0 ≤ start ≤ end ≤ ${height}, got ${rowStart}…${rowEnd}`);
  }
  const outCells = (rowEnd - rowStart) * width;
  if (out.length !== directions * outCells) {
    throw new RangeError(
      `out has ${out.length} values, expected directions×(end − start)×width = ${directions * outCells}`,
    );
  }
  const lineLength = Math.max(width, height);
  const work: SweepWork = {
    lineZ: new Float64Array(lineLength),
    lineCell: new Int32Array(lineLength),
    prefix: new Int32Array(lineLength),
    suffix: new Int32Array(lineLength),
    undoTop: new Int32Array(lineLength),
    undoPos: new Int32Array(lineLength),
    undoVal: new Int32Array(lineLength),
    nearOffset: new Int32Array(HORIZON_NEAR_FIELD_STEPS + 1),
    nearMinor: new Int32Array(HORIZON_NEAR_FIELD_STEPS + 1),
    nearWeight: new Float64Array(HORIZON_NEAR_FIELD_STEPS + 1),
  };
  const cellSizeXM = meanCellSizeXM(spacing);
  // Rays that run mostly north–south walk a transposed copy, so that every sweep reads and
  // writes along memory rows.
  let transposed: Float32Array | null = null;
  let transposedOut: Float32Array | null = null;
  for (let d = 0; d < directions; d++) {
    const ray = rayGeometry((d * 360) / directions, cellSizeXM, spacing.cellSizeYM);
    if (ray.majorIsCol) {
      const wanted = { majorStart: 0, majorEnd: width, minorStart: rowStart, minorEnd: rowEnd };
      sweepDirection(
        dsm.data,
        width,
        height,
        originCol,
        ray,
        options.maxDistanceM,
        wanted,
        out,
        d * outCells - rowStart * width,
        work,
      );
    } else {
      if (transposed === null || transposedOut === null) {
        transposed = new Float32Array(cells);
        transposedOut = new Float32Array(cells);
        transpose(dsm.data, width, height, transposed, 0, 0, width);
      }
      const wanted = { majorStart: rowStart, majorEnd: rowEnd, minorStart: 0, minorEnd: width };
      sweepDirection(transposed, height, width, originRow, ray, options.maxDistanceM, wanted, transposedOut, 0, work);
      transpose(transposedOut, height, width, out, d * outCells, rowStart, rowEnd);
    }
    options.onProgress?.((d + 1) / directions);
  }
}

/** Scratch arrays of one call, sized to the longest line and to the near field. */
interface SweepWork {
  lineZ: Float64Array;
  lineCell: Int32Array;
  prefix: Int32Array;
  suffix: Int32Array;
  undoTop: Int32Array;
  undoPos: Int32Array;
  undoVal: Int32Array;
  nearOffset: Int32Array;
  nearMinor: Int32Array;
  nearWeight: Float64Array;
}

function meanCellSizeXM(spacing: CellSpacing): number {
  const x = spacing.cellSizeXM;
  if (typeof x === 'number') return x;
  let sum = 0;
  for (let row = 0; row < x.length; row++) sum += x[row];
  return sum / x.length;
}

/**
 * Write the transpose of columns [colStart, colEnd) of a width×height row-major grid to
 * out[base …] (column col becomes row col − colStart).
 */
function transpose(
  source: Float32Array,
  width: number,
  height: number,
  out: Float32Array,
  base: number,
  colStart: number,
  colEnd: number,
): void {
  const block = 32;
  for (let r0 = 0; r0 < height; r0 += block) {
    const r1 = Math.min(height, r0 + block);
    for (let c0 = colStart; c0 < colEnd; c0 += block) {
      const c1 = Math.min(colEnd, c0 + block);
      for (let row = r0; row < r1; row++) {
        for (let col = c0; col < c1; col++) out[base + (col - colStart) * height + row] = source[row * width + col];
      }
    }
  }
}

/** The cells whose horizons a sweep writes: major index in [majorStart, majorEnd), minor in [minorStart, minorEnd). */
interface WantedCells {
  majorStart: number;
  majorEnd: number;
  minorStart: number;
  minorEnd: number;
}

/**
 * Horizons of the wanted cells for one ray whose major axis is the column axis of `z` (a width ×
 * height row-major grid, possibly the transposed DSM), written to out[base + cell].
 * `originMajor` is the mosaic column of column 0, which anchors the digital lines.
 */
function sweepDirection(
  z: Float32Array,
  width: number,
  height: number,
  originMajor: number,
  ray: RayGeometry,
  maxDistanceM: number,
  wanted: WantedCells,
  out: Float32Array,
  base: number,
  work: SweepWork,
): void {
  const { majorStart, majorEnd, minorStart, minorEnd } = wanted;
  const { majorStep, minorPerStep: t, stepM } = ray;
  const maxSteps = Math.floor(maxDistanceM / stepM);
  const nearSteps = Math.min(HORIZON_NEAR_FIELD_STEPS, maxSteps);
  const windowLength = maxSteps - nearSteps;
  const { lineZ, lineCell, prefix, suffix, undoTop, undoPos, undoVal } = work;
  const { nearOffset, nearMinor, nearWeight } = work;
  // Near-field sample j sits ⌊j·t⌋ rows aside (+ weight w = j·t − ⌊j·t⌋ on the next row).
  for (let j = 1; j <= nearSteps; j++) {
    const f = Math.floor(j * t);
    nearMinor[j] = f;
    nearWeight[j] = j * t - f;
    nearOffset[j] = j * majorStep + f * width;
  }
  // Steps u = 0…width−1 count from the grid edge the ray starts from; in the mosaic they are
  // steps u + uShift, and the line offset is taken there (relative to u = 0).
  const uShift = majorStep > 0 ? originMajor : -(width - 1) - originMajor;
  const offset0 = lineOffset(uShift, t);
  const endOffset = lineOffset(width - 1 + uShift, t) - offset0;
  const cMin = -Math.max(0, endOffset);
  const cMax = height - 1 - Math.min(0, endOffset);
  for (let c = cMin; c <= cMax; c++) {
    // The line's cells in sweep order: from the far end of the ray direction backwards, so that
    // the cells ahead of each cell come before it. u = steps along the ray's direction.
    let n = 0;
    let uStart = -1;
    for (let u = width - 1; u >= 0; u--) {
      const b = c + lineOffset(u + uShift, t) - offset0;
      if (b < 0 || b >= height) continue;
      if (uStart < 0) uStart = u;
      const cell = b * width + (majorStep > 0 ? u : width - 1 - u);
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
      const u0 = uStart - s;
      const b0 = c + lineOffset(u0 + uShift, t) - offset0;
      const a0 = majorStep > 0 ? u0 : width - 1 - u0;
      // Cells outside the wanted rows (a tile's halo) are obstacles only: in the hulls above.
      if (a0 < majorStart || a0 >= majorEnd || b0 < minorStart || b0 >= minorEnd) continue;
      if (Number.isNaN(z0)) {
        out[base + cell] = Number.NaN;
        continue;
      }
      // Steepest sample so far as rise/run (run > 0); compared by cross-multiplication.
      let rise = -1;
      let run = 0;
      // Near field: exact ray, linear interpolation across the minor axis.
      const nearEnd = Math.min(nearSteps, width - 1 - u0);
      for (let j = 1; j <= nearEnd; j++) {
        const f = b0 + nearMinor[j];
        const w = nearWeight[j];
        if (f < 0 || f >= height || (w > 0 && f + 1 >= height)) break;
        const k = cell + nearOffset[j];
        const zs = w > 0 ? (1 - w) * z[k] + w * z[k + width] : z[k];
        const sampleRun = j * stepM;
        if ((zs - z0) * run > rise * sampleRun) {
          rise = zs - z0;
          run = sampleRun;
        }
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
            const v = suffixTangent(lineZ, suffix, suffixTop, s, z0);
            const vRise = lineZ[v] - z0;
            const vRun = (s - v) * stepM;
            if (vRise * run > rise * vRun) {
              rise = vRise;
              run = vRun;
            }
          }
        }
        if (prefixTop >= 0) {
          const v = prefixTangent(lineZ, prefix, prefixTop, s, z0);
          const vRise = lineZ[v] - z0;
          const vRun = (s - v) * stepM;
          if (vRise * run > rise * vRun) {
            rise = vRise;
            run = vRun;
          }
        }
      }
      out[base + cell] = run === 0 ? NO_HORIZON_DEG : Math.atan(rise / run) * DEG_PER_RAD;
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

/**
 * Vertex of a prefix hull stack[0..top] (left to right) with the largest (z_v − z0)/(s − v):
 * the elevation angle from the query point is unimodal along an upper hull.
 */
function prefixTangent(lineZ: Float64Array, stack: Int32Array, top: number, s: number, z0: number): number {
  let lo = 0;
  let hi = top;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = stack[mid];
    const w = stack[mid + 1];
    if ((lineZ[w] - z0) * (s - v) >= (lineZ[v] - z0) * (s - w)) lo = mid + 1;
    else hi = mid;
  }
  return stack[lo];
}

/** Same as {@link prefixTangent} on a suffix hull stack[top..0] (left to right). */
function suffixTangent(lineZ: Float64Array, stack: Int32Array, top: number, s: number, z0: number): number {
  let lo = 0;
  let hi = top;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = stack[top - mid];
    const w = stack[top - mid - 1];
    if ((lineZ[w] - z0) * (s - v) >= (lineZ[v] - z0) * (s - w)) lo = mid + 1;
    else hi = mid;
  }
  return stack[top - lo];
}

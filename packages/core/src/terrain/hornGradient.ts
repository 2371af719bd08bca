import type { Grid } from '../raster/grid.js';
import type { CellSpacing } from './cellSpacing.js';

/**
 * Horn's (1981) 3×3 finite differences, one row at a time, with the neighbour rule of
 * `gdaldem -compute_edges` (GDAL 3.6). Internal to the terrain kernels; not exported.
 *
 * Window of a cell (row r, column c), north up:
 *
 *     a b c        dz/dx = ((c + 2f + i) − (a + 2d + g)) / (8·Δx)   (+ = rises to the east)
 *     d e f        dz/dy = ((a + 2b + c) − (g + 2h + i)) / (8·Δy)   (+ = rises to the north)
 *     g h i
 *
 * Neighbour rule (gdaldem `-compute_edges`, re-implemented in `shared/peers/horn64.py` and
 * checked against gdaldem by `shared/peers/edge_rules.py`):
 * - a centre cell that is nodata gives nodata (NaN);
 * - on a row that is neither the first nor the last, a neighbour column outside the grid is
 *   extrapolated linearly along its row: z[rr, −1] = 2·z[rr, 0] − z[rr, 1] and
 *   z[rr, W] = 2·z[rr, W−1] − z[rr, W−2];
 * - on the first and the last row, the neighbour column index is clamped to the grid and a
 *   neighbour row outside the grid is extrapolated linearly along its column:
 *   z[−1, cc] = 2·z[0, cc] − z[1, cc] and z[H, cc] = 2·z[H−1, cc] − z[H−2, cc]
 *   (so a corner's missing west/east neighbour is the centre itself);
 * - a neighbour that is nodata, or whose extrapolation involves nodata, takes the centre value.
 *
 * Reference: Horn B.K.P., "Hill shading and the reflectance map", Proc. IEEE 69(1):14–47,
 * 1981, doi:10.1109/PROC.1981.11918.
 */

/** Check a grid and a spacing for the Horn kernels; throws a RangeError naming the problem. */
export function checkHornInputs(dsm: Grid, spacing: CellSpacing): void {
  const { width, height } = dsm;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 2 || height < 2) {
    throw new RangeError(`the DSM must be at least 2×2 cells, got ${width}×${height}`);
  }
  if (dsm.data.length !== width * height) {
    throw new RangeError(`the DSM data has ${dsm.data.length} values, expected width×height = ${width * height}`);
  }
  if (!(spacing.cellSizeYM > 0 && Number.isFinite(spacing.cellSizeYM))) {
    throw new RangeError(`cellSizeYM must be a finite number > 0 m, got ${spacing.cellSizeYM}`);
  }
  const x = spacing.cellSizeXM;
  if (typeof x === 'number') {
    if (!(x > 0 && Number.isFinite(x))) {
      throw new RangeError(`cellSizeXM must be a finite number > 0 m, got ${x}`);
    }
    return;
  }
  if (x.length !== height) {
    throw new RangeError(`cellSizeXM per row has ${x.length} values, expected height = ${height}`);
  }
  for (let row = 0; row < height; row++) {
    if (!(x[row] > 0 && Number.isFinite(x[row]))) {
      throw new RangeError(`cellSizeXM[${row}] must be a finite number > 0 m, got ${x[row]}`);
    }
  }
}

/** Check that a caller-owned output array has one value per cell. */
export function checkOutputLength(name: string, out: Float32Array, cells: number): void {
  if (out.length !== cells) {
    throw new RangeError(`${name} has ${out.length} values, expected width×height = ${cells}`);
  }
}

/** East–west cell size of one row [m]. */
export function rowCellSizeXM(spacing: CellSpacing, row: number): number {
  const x = spacing.cellSizeXM;
  return typeof x === 'number' ? x : x[row];
}

/** Value of neighbour (row + dr, col + dc) of a non-nodata centre under the gdaldem rule. */
function neighbour(
  z: Float32Array,
  width: number,
  height: number,
  row: number,
  col: number,
  dr: number,
  dc: number,
  centre: number,
): number {
  const rr = row + dr;
  let v: number;
  if (row > 0 && row < height - 1) {
    const cc = col + dc;
    const o = rr * width;
    if (cc < 0) v = 2 * z[o] - z[o + 1];
    else if (cc >= width) v = 2 * z[o + width - 1] - z[o + width - 2];
    else v = z[o + cc];
  } else {
    const cc = col + dc < 0 ? 0 : col + dc >= width ? width - 1 : col + dc;
    if (rr < 0) v = 2 * z[cc] - z[width + cc];
    else if (rr >= height) v = 2 * z[(height - 1) * width + cc] - z[(height - 2) * width + cc];
    else v = z[rr * width + cc];
  }
  return Number.isNaN(v) ? centre : v;
}

/**
 * Horn gradient [m/m] of one cell through the general neighbour rule (any cell, including
 * edges and nodata neighbours), written to `dzdxOut[col]` and `dzdyOut[col]`; NaN where the
 * centre is nodata.
 * @param kx 1 / (8·Δx) [1/m]
 * @param ky 1 / (8·Δy) [1/m]
 */
export function hornCellGradient(
  z: Float32Array,
  width: number,
  height: number,
  row: number,
  col: number,
  kx: number,
  ky: number,
  dzdxOut: Float64Array,
  dzdyOut: Float64Array,
): void {
  const e = z[row * width + col];
  if (Number.isNaN(e)) {
    dzdxOut[col] = Number.NaN;
    dzdyOut[col] = Number.NaN;
    return;
  }
  const a = neighbour(z, width, height, row, col, -1, -1, e);
  const b = neighbour(z, width, height, row, col, -1, 0, e);
  const c = neighbour(z, width, height, row, col, -1, 1, e);
  const d = neighbour(z, width, height, row, col, 0, -1, e);
  const f = neighbour(z, width, height, row, col, 0, 1, e);
  const g = neighbour(z, width, height, row, col, 1, -1, e);
  const h = neighbour(z, width, height, row, col, 1, 0, e);
  const i = neighbour(z, width, height, row, col, 1, 1, e);
  dzdxOut[col] = (c + 2 * f + i - (a + 2 * d + g)) * kx;
  dzdyOut[col] = (a + 2 * b + c - (g + 2 * h + i)) * ky;
}

/**
 * Horn gradient [m/m] of an interior cell (not on the first or last row or column) whose
 * centre is valid, under the nodata rule alone: a nodata neighbour takes the centre value.
 * Equal to {@link hornCellGradient} on such cells, without its per-neighbour edge logic; the
 * kernels call it only for the few cells whose 3×3 window holds nodata.
 * Writes `dzdxOut[k]` and `dzdyOut[k]`.
 * @param kx 1 / (8·Δx) [1/m]
 * @param ky 1 / (8·Δy) [1/m]
 */
export function interiorGradientWithNodata(
  z: Float32Array,
  width: number,
  row: number,
  col: number,
  kx: number,
  ky: number,
  dzdxOut: Float64Array,
  dzdyOut: Float64Array,
  k: number,
): void {
  const m = row * width + col;
  const n = m - width;
  const s = m + width;
  const e = z[m];
  let a = z[n - 1];
  let b = z[n];
  let c = z[n + 1];
  let d = z[m - 1];
  let f = z[m + 1];
  let g = z[s - 1];
  let h = z[s];
  let i = z[s + 1];
  if (Number.isNaN(a)) a = e;
  if (Number.isNaN(b)) b = e;
  if (Number.isNaN(c)) c = e;
  if (Number.isNaN(d)) d = e;
  if (Number.isNaN(f)) f = e;
  if (Number.isNaN(g)) g = e;
  if (Number.isNaN(h)) h = e;
  if (Number.isNaN(i)) i = e;
  dzdxOut[k] = (c + 2 * f + i - (a + 2 * d + g)) * kx;
  dzdyOut[k] = (a + 2 * b + c - (g + 2 * h + i)) * ky;
}

/**
 * Horn gradient of every cell of one row [m/m]: dz/dx (+ east) and dz/dy (+ north); NaN where
 * the centre is nodata.
 * @param dsm elevations [m]
 * @param row row index, 0 = north
 * @param cellSizeXM east–west cell size of this row [m]
 * @param cellSizeYM north–south cell size [m]
 * @param dzdxOut output, length ≥ width
 * @param dzdyOut output, length ≥ width
 */
export function hornGradientRow(
  dsm: Grid,
  row: number,
  cellSizeXM: number,
  cellSizeYM: number,
  dzdxOut: Float64Array,
  dzdyOut: Float64Array,
): void {
  const z = dsm.data;
  const width = dsm.width;
  const height = dsm.height;
  const kx = 1 / (8 * cellSizeXM);
  const ky = 1 / (8 * cellSizeYM);
  if (row === 0 || row === height - 1) {
    for (let col = 0; col < width; col++) {
      hornCellGradient(z, width, height, row, col, kx, ky, dzdxOut, dzdyOut);
    }
    return;
  }
  hornCellGradient(z, width, height, row, 0, kx, ky, dzdxOut, dzdyOut);
  hornCellGradient(z, width, height, row, width - 1, kx, ky, dzdxOut, dzdyOut);
  const n = (row - 1) * width;
  const m = row * width;
  const s = (row + 1) * width;
  // Sliding window: column sums (north + 2·middle + south) of the west and middle columns.
  let n0 = z[n];
  let n1 = z[n + 1];
  let m1 = z[m + 1];
  let s0 = z[s];
  let s1 = z[s + 1];
  let west = n0 + 2 * z[m] + s0;
  let middle = n1 + 2 * m1 + s1;
  for (let col = 1; col < width - 1; col++) {
    const n2 = z[n + col + 1];
    const m2 = z[m + col + 1];
    const s2 = z[s + col + 1];
    const east = n2 + 2 * m2 + s2;
    const gx = (east - west) * kx;
    const gy = (n0 + 2 * n1 + n2 - (s0 + 2 * s1 + s2)) * ky;
    // A nodata neighbour makes gx or gy NaN (and so the sum): such cells take the nodata rule.
    const check = gx + gy + m1;
    if (!Number.isNaN(check)) {
      dzdxOut[col] = gx;
      dzdyOut[col] = gy;
    } else if (Number.isNaN(m1)) {
      dzdxOut[col] = Number.NaN;
      dzdyOut[col] = Number.NaN;
    } else {
      interiorGradientWithNodata(z, width, row, col, kx, ky, dzdxOut, dzdyOut, col);
    }
    n0 = n1;
    n1 = n2;
    m1 = m2;
    s0 = s1;
    s1 = s2;
    west = middle;
    middle = east;
  }
}

import { atan2Fast, atanNonNegative } from '../math/fastAtan.js';
import type { Grid } from '../raster/grid.js';
import { DEG_PER_RAD } from '../units/angles.js';
import type { CellSpacing } from './cellSpacing.js';
import {
  checkHornInputs,
  checkOutputLength,
  hornCellGradient,
  hornGradientRow,
  interiorGradientWithNodata,
  rowCellSizeXM,
} from './hornGradient.js';
import { HornInteriorRows, hornInteriorKernel } from './hornInterior.js';

// Module-local copies of the imports used per cell: a loop re-reads an import at every use
// (a live binding, or a getter where a loader rewrites imports, e.g. Vite/Vitest), but reads
// a module constant once and inlines it.
const DEG = DEG_PER_RAD;
const atanOfNorm = atanNonNegative;
const atan2OfGradient = atan2Fast;
const gradientWithNodata = interiorGradientWithNodata;

/** Caller-owned outputs of {@link hornSlopeAspect}, one value per cell (row-major, row 0 = north). */
export interface SlopeAspectOutput {
  /** Slope [°], 0 = horizontal; NaN where the DSM is nodata. */
  slopeDeg: Float32Array;
  /** Aspect [°] clockwise from north, 0 ≤ a < 360, the direction the surface faces
   * (downslope); NaN where flat or nodata. */
  aspectDeg: Float32Array;
}

/**
 * Slope and aspect of a DSM with Horn's 3×3 operator, computed in float64, with the edge and
 * nodata rules of `gdaldem slope|aspect -alg Horn -compute_edges` (GDAL 3.6).
 *
 * With the window `a b c / d e f / g h i` (north up) around each cell:
 * dz/dx = ((c + 2f + i) − (a + 2d + g)) / (8·Δx), dz/dy = ((a + 2b + c) − (g + 2h + i)) / (8·Δy)
 * (x east, y north); slope = atan(√((dz/dx)² + (dz/dy)²)); aspect = atan2(−dz/dx, −dz/dy)
 * taken clockwise from north, i.e. the azimuth of steepest descent. Both arc tangents use the
 * table interpolation of {@link atan2Fast} (error < 5e-9 rad, below Float32 resolution), three
 * times as fast as `Math.atan`/`Math.atan2` here. Flat cells (dz/dx = dz/dy = 0) have no
 * aspect (NaN), like gdaldem's nodata.
 *
 * One pass per row: the interior cells slide Horn's window along the row and are finished in
 * the same loop; a cell whose window holds nodata takes the nodata rule below without the edge
 * logic, and the cells of the first and last rows and columns take the general rule. Where
 * WebAssembly is available the interior cells, nodata rule included, are computed by
 * `hornInterior.wat`, two cells at a time, with the same float64 operations in the same order:
 * the results are bit-identical to the JavaScript loop, about 1.5 times as fast.
 *
 * Edges and nodata (gdaldem `-compute_edges`): a nodata centre gives NaN slope and aspect.
 * A neighbour outside the grid is extrapolated linearly, 2·z_edge − z_inner: along its row for
 * the first and last columns, along its column for the first and last rows, where the
 * neighbour's column index is also clamped to the grid (a corner's missing west/east
 * neighbour is the centre itself). A nodata neighbour, or an extrapolation that involves
 * nodata, takes the centre's value. Grids must be at least 2×2 cells.
 *
 * References: Horn B.K.P., "Hill shading and the reflectance map", Proc. IEEE 69(1):14–47,
 * 1981, doi:10.1109/PROC.1981.11918. GDAL `apps/gdaldem_lib.cpp` (edge rule); re-implemented in
 * `shared/peers/horn64.py`.
 *
 * @param dsm elevations [m], NaN = nodata
 * @param spacing ground cell size [m]: `cellSizeXM` east–west (one value, or one per row for
 *   a geographic grid, see {@link geographicCellSpacing}), `cellSizeYM` north–south
 * @param out caller-owned `slopeDeg` [°] and `aspectDeg` [°, clockwise from north], each of
 *   length width × height
 * @example
 * const slopeDeg = new Float32Array(dsm.width * dsm.height);
 * const aspectDeg = new Float32Array(dsm.width * dsm.height);
 * hornSlopeAspect(dsm, { cellSizeXM: 0.5, cellSizeYM: 0.5 }, { slopeDeg, aspectDeg });
 */
export function hornSlopeAspect(dsm: Grid, spacing: CellSpacing, out: SlopeAspectOutput): void {
  slopeAspect(dsm, spacing, out, true);
}

/**
 * {@link hornSlopeAspect} computed in JavaScript alone, without the WebAssembly interior
 * kernel: the reference of that kernel's tests. Same parameters and results (bit for bit).
 * @param dsm elevations [m], NaN = nodata
 * @param spacing ground cell size [m]
 * @param out caller-owned `slopeDeg` [°] and `aspectDeg` [°, clockwise from north]
 */
export function hornSlopeAspectJs(dsm: Grid, spacing: CellSpacing, out: SlopeAspectOutput): void {
  slopeAspect(dsm, spacing, out, false);
}

function slopeAspect(dsm: Grid, spacing: CellSpacing, out: SlopeAspectOutput, useWasm: boolean): void {
  checkHornInputs(dsm, spacing);
  const { width, height } = dsm;
  checkOutputLength('slopeDeg', out.slopeDeg, width * height);
  checkOutputLength('aspectDeg', out.aspectDeg, width * height);
  const z = dsm.data;
  const slopeDeg = out.slopeDeg;
  const aspectDeg = out.aspectDeg;
  // Scratch gradients [m/m] of the cells that take the general or the nodata rule.
  const dzdx = new Float64Array(width);
  const dzdy = new Float64Array(width);
  const kernel = useWasm && height > 2 ? hornInteriorKernel() : null;
  const wasmRows = kernel === null ? null : new HornInteriorRows(kernel, z, width);
  for (let row = 0; row < height; row++) {
    const cellSizeXM = rowCellSizeXM(spacing, row);
    const kx = 1 / (8 * cellSizeXM);
    const ky = 1 / (8 * spacing.cellSizeYM);
    const m = row * width;
    if (row === 0 || row === height - 1) {
      hornGradientRow(dsm, row, cellSizeXM, spacing.cellSizeYM, dzdx, dzdy);
      for (let col = 0; col < width; col++) writeSlopeAspect(dzdx[col], dzdy[col], slopeDeg, aspectDeg, m + col);
      continue;
    }
    hornCellGradient(z, width, height, row, 0, kx, ky, dzdx, dzdy);
    writeSlopeAspect(dzdx[0], dzdy[0], slopeDeg, aspectDeg, m);
    hornCellGradient(z, width, height, row, width - 1, kx, ky, dzdx, dzdy);
    writeSlopeAspect(dzdx[width - 1], dzdy[width - 1], slopeDeg, aspectDeg, m + width - 1);
    if (wasmRows === null) interiorRow(z, width, row, cellSizeXM, spacing.cellSizeYM, slopeDeg, aspectDeg, dzdx, dzdy);
    else wasmRows.row(row, kx, ky, slopeDeg, aspectDeg);
  }
}

/**
 * Slope and aspect of the interior cells (columns 1 … width − 2) of an interior row: Horn's
 * window slides along the row (column sums north + 2·middle + south of the west and middle
 * columns) and each cell is finished in the same pass; `dzdx`, `dzdy` are scratch.
 */
function interiorRow(
  z: Float32Array,
  width: number,
  row: number,
  cellSizeXM: number,
  cellSizeYM: number,
  slopeDeg: Float32Array,
  aspectDeg: Float32Array,
  dzdx: Float64Array,
  dzdy: Float64Array,
): void {
  // Computed here, not passed in, so that V8 keeps them as raw doubles in the loop.
  const kx = 1 / (8 * cellSizeXM);
  const ky = 1 / (8 * cellSizeYM);
  const m = row * width;
  const n = m - width;
  const s = m + width;
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
    let gx = (east - west) * kx;
    let gy = (n0 + 2 * n1 + n2 - (s0 + 2 * s1 + s2)) * ky;
    // A nodata neighbour makes gx or gy NaN (and so the sum): such cells take the nodata rule.
    const check = gx + gy + m1;
    if (Number.isNaN(check)) {
      if (!Number.isNaN(m1)) {
        gradientWithNodata(z, width, row, col, kx, ky, dzdx, dzdy, col);
        gx = dzdx[col];
        gy = dzdy[col];
      } else {
        gx = Number.NaN;
        gy = Number.NaN;
      }
    }
    writeSlopeAspect(gx, gy, slopeDeg, aspectDeg, m + col);
    n0 = n1;
    n1 = n2;
    m1 = m2;
    s0 = s1;
    s1 = s2;
    west = middle;
    middle = east;
  }
}

/** Slope [°] and aspect [°] of one cell from its gradient [m/m]; NaN gradients give NaN. */
function writeSlopeAspect(gx: number, gy: number, slopeDeg: Float32Array, aspectDeg: Float32Array, k: number): void {
  slopeDeg[k] = atanOfNorm(Math.sqrt(gx * gx + gy * gy)) * DEG;
  if (gx === 0 && gy === 0) {
    aspectDeg[k] = Number.NaN;
    return;
  }
  let a = atan2OfGradient(-gx, -gy) * DEG;
  // (−180, 0] → [0, 360); an angle that rounds to 360 in float32 is north.
  if (!(a > 0)) {
    a += 360;
    if (Math.fround(a) >= 360) a = 0;
  }
  aspectDeg[k] = a;
}

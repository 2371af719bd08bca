import { atan2Fast, atanNonNegative } from '../math/fastAtan.js';
import type { Grid } from '../raster/grid.js';
import { DEG_PER_RAD } from '../units/angles.js';
import type { CellSpacing } from './cellSpacing.js';
import { checkHornInputs, checkOutputLength, hornGradientRow, rowCellSizeXM } from './hornGradient.js';

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
 * table interpolation of {@link atan2Fast} (error < 5e-9 rad, below Float32 resolution), three times as fast
 * as `Math.atan`/`Math.atan2` here. Flat cells
 * (dz/dx = dz/dy = 0) have no aspect (NaN), like gdaldem's nodata.
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
  checkHornInputs(dsm, spacing);
  const { width, height } = dsm;
  checkOutputLength('slopeDeg', out.slopeDeg, width * height);
  checkOutputLength('aspectDeg', out.aspectDeg, width * height);
  const slopeDeg = out.slopeDeg;
  const aspectDeg = out.aspectDeg;
  const dzdx = new Float64Array(width);
  const dzdy = new Float64Array(width);
  for (let row = 0; row < height; row++) {
    hornGradientRow(dsm, row, rowCellSizeXM(spacing, row), spacing.cellSizeYM, dzdx, dzdy);
    const o = row * width;
    for (let col = 0; col < width; col++) {
      const gx = dzdx[col] as number;
      const gy = dzdy[col] as number;
      // NaN gradients (nodata centre) propagate to both outputs.
      slopeDeg[o + col] = atanNonNegative(Math.sqrt(gx * gx + gy * gy)) * DEG_PER_RAD;
      if (gx === 0 && gy === 0) {
        aspectDeg[o + col] = Number.NaN;
        continue;
      }
      let a = atan2Fast(-gx, -gy) * DEG_PER_RAD;
      // (−180, 0] → [0, 360); an angle that rounds to 360 in float32 is north.
      if (!(a > 0)) {
        a += 360;
        if (Math.fround(a) >= 360) a = 0;
      }
      aspectDeg[o + col] = a;
    }
  }
}

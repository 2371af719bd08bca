import type { Grid } from './grid.js';

/** Summary of the valid (non-NaN) cells of a grid. */
export interface RasterStatistics {
  /** Number of valid cells. */
  count: number;
  /** Smallest valid value (`NaN` when there is none). */
  min: number;
  /** Largest valid value (`NaN` when there is none). */
  max: number;
  /** Mean of the valid values, accumulated in float64 (`NaN` when there is none). */
  mean: number;
}

/**
 * Count, min, max and mean of the valid cells of a grid; `NaN` cells (nodata) are skipped.
 * @param grid the raster (values in its own unit)
 * @example rasterStatistics({ data: Float32Array.of(1, NaN, 3), width: 3, height: 1 }) // {count: 2, min: 1, max: 3, mean: 2}
 */
export function rasterStatistics(grid: Grid): RasterStatistics {
  const { data } = grid;
  let count = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < data.length; i++) {
    const v = data[i] as number;
    if (Number.isNaN(v)) continue;
    count++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (count === 0) return { count, min: Number.NaN, max: Number.NaN, mean: Number.NaN };
  return { count, min, max, mean: sum / count };
}

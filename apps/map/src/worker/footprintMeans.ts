import type { FootprintCoverage } from '@gisement/core';

/**
 * Mean of a raster over each footprint's cells: the cells burned with id f + 1 by
 * `rasterizeFootprints` (`@gisement/core`) belong to footprint f; NaN (nodata) cells are left
 * out. One pass over the cells, no allocation per cell.
 * @param values raster values [any unit], NaN = nodata
 * @param ids footprint id per cell (index + 1, 0 = none), same length as `values`
 * @param count number of footprints
 * @returns per footprint, the mean [unit of `values`], NaN when it has no valid cell
 * @throws RangeError when `values` and `ids` differ in length
 * @example footprintMeans(Float32Array.of(1, 3, 5, NaN), Int32Array.of(1, 1, 0, 2), 2) // [2, NaN]
 */
export function footprintMeans(values: Float32Array, ids: Int32Array, count: number): Float32Array {
  if (values.length !== ids.length) {
    throw new RangeError(`values and ids must have the same length, got ${values.length} and ${ids.length}`);
  }
  const sums = new Float64Array(count + 1);
  const counts = new Int32Array(count + 1);
  for (let k = 0; k < values.length; k++) {
    const id = ids[k];
    const value = values[k];
    if (id === 0 || Number.isNaN(value)) continue;
    sums[id] += value;
    counts[id]++;
  }
  const means = new Float32Array(count);
  for (let f = 0; f < count; f++) means[f] = counts[f + 1] > 0 ? sums[f + 1] / counts[f + 1] : Number.NaN;
  return means;
}

/** Months in `irradiateCells`' monthly output. */
const MONTHS = 12;

/**
 * Mean monthly irradiation of each footprint ({@link footprintMeans} of each month's raster).
 * @param monthlyKwhM2 per month and cell [kWh/m²], month-major as `irradiateCells` writes it:
 *   month m of cell k at m·cells + k, NaN = nodata
 * @param ids footprint id per cell (index + 1, 0 = none), cells = `ids.length`
 * @param count number of footprints
 * @returns building-major means [kWh/m²]: month m of footprint f at 12·f + m, NaN when the
 *   footprint has no valid cell
 * @throws RangeError when `monthlyKwhM2` is not 12 × `ids.length` long
 * @example footprintMonthlyMeans(out.monthlyKwhM2, ids, 3)[12 * 2 + 5] // June of footprint 2
 */
export function footprintMonthlyMeans(monthlyKwhM2: Float32Array, ids: Int32Array, count: number): Float32Array {
  const cells = ids.length;
  if (monthlyKwhM2.length !== MONTHS * cells) {
    throw new RangeError(`monthly values must hold 12 × ${cells} cells, got ${monthlyKwhM2.length}`);
  }
  const means = new Float32Array(MONTHS * count);
  for (let m = 0; m < MONTHS; m++) {
    const month = footprintMeans(monthlyKwhM2.subarray(m * cells, (m + 1) * cells), ids, count);
    for (let f = 0; f < count; f++) means[MONTHS * f + m] = month[f];
  }
  return means;
}

/**
 * Area of each footprint by centre sampling: its cells whose centre it contains, inside the
 * grid or not, times the cell area (the count `rasterizeFootprints` reports).
 * @param coverage per footprint, its cell counts (`rasterizeFootprints`)
 * @param cellAreaM2 area of one cell [m²]
 * @returns per footprint, its area [m²] (0 for a footprint smaller than a cell's centre spacing)
 * @example footprintAreasM2(rasterizeFootprints(rings, geo, w, h, ids), 0.25)
 */
export function footprintAreasM2(coverage: FootprintCoverage, cellAreaM2: number): Float32Array {
  const { cellsInside, cellsOutsideGrid, cellsOverlapped } = coverage;
  const areas = new Float32Array(cellsInside.length);
  for (let f = 0; f < areas.length; f++) {
    areas[f] = (cellsInside[f] + cellsOutsideGrid[f] + cellsOverlapped[f]) * cellAreaM2;
  }
  return areas;
}

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

/**
 * Quantile of sorted values with linear interpolation between order statistics (Hyndman & Fan
 * 1996, definition 7: h = (n − 1)·q, the default of R and NumPy).
 * @param sorted values in increasing order (only `sorted[0 … n)` is read)
 * @param n number of values, ≥ 1
 * @param q probability [0–1]
 * @returns the q-quantile, in the values' unit
 * @see Hyndman R.J., Fan Y., "Sample quantiles in statistical packages", The American
 *   Statistician 50(4):361–365, 1996, doi:10.1080/00031305.1996.10473566
 * @example sortedQuantile(Float64Array.of(1, 2, 3, 4), 4, 0.5); // 2.5
 */
export function sortedQuantile(sorted: Float64Array, n: number, q: number): number {
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/**
 * The applicability domain of a regression: the range of every predictor over the
 * calibration rows (the "bounding box" or range-based domain).
 */
export interface PredictorRange {
  /** Smallest value of each predictor over the calibration rows, length p. */
  min: Float64Array;
  /** Largest value of each predictor over the calibration rows, length p. */
  max: Float64Array;
}

/**
 * Range of each predictor over the calibration rows — the range-based applicability domain
 * of a regression model (OECD 2007, principle 3; Sahigara et al. 2012).
 *
 * @param x - predictors, row-major n×p [units of each predictor]
 * @param n - number of rows (n ≥ 1)
 * @param p - number of predictors
 * @see OECD, "Guidance document on the validation of (quantitative) structure–activity
 *   relationship [(Q)SAR] models", Series on Testing and Assessment No. 69, 2007 (principle 3,
 *   "a defined domain of applicability"). Sahigara F., Mansouri K., Ballabio D., Mauri A.,
 *   Consonni V., Todeschini R., "Comparison of different approaches to define the
 *   applicability domain of QSAR models", Molecules 17(5):4791–4810, 2012,
 *   doi:10.3390/molecules17054791 (range-based, bounding-box domain).
 * @example predictorRange(Float64Array.of(1, 5, 3, 2), 2, 2) // min [1, 2], max [3, 5]
 */
export function predictorRange(x: Float64Array, n: number, p: number): PredictorRange {
  if (n < 1) throw new RangeError('the applicability domain needs at least one row');
  const min = x.slice(0, p);
  const max = x.slice(0, p);
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < p; j++) {
      const v = x[i * p + j];
      if (v < min[j]) min[j] = v;
      if (v > max[j]) max[j] = v;
    }
  }
  return { min, max };
}

/**
 * Clamp a row's predictors to the applicability domain before prediction: each predictor of
 * `columns` outside [min, max] is replaced by the nearest bound, the others are copied. This
 * is the clamping of MaxEnt (Phillips & Dudík 2008; Elith et al. 2011): beyond the range of
 * the calibration data a predictor's effect is held at its value at the edge of the range
 * instead of being extrapolated.
 *
 * @param range - the calibration rows' range ({@link predictorRange})
 * @param columns - predictors the model uses (only these are clamped and flagged)
 * @param row - the predictors to clamp, length p
 * @param out - caller-owned output, length p (may be `row` itself)
 * @param clamped - optional caller-owned flags, length p: 1 where a column was clamped, else 0
 * @returns the number of columns clamped (0: the row lies inside the domain)
 * @see Phillips S.J., Dudík M., "Modeling of species distributions with Maxent: new extensions
 *   and a comprehensive evaluation", Ecography 31(2):161–175, 2008. Elith J., Phillips S.J.,
 *   Hastie T., Dudík M., Chee Y.E., Yates C.J., "A statistical explanation of MaxEnt for
 *   ecologists", Diversity and Distributions 17(1):43–57, 2011.
 * @example clampToRange({ min: Float64Array.of(0), max: Float64Array.of(2) }, [0], [5], out) // 1, out[0] = 2
 */
export function clampToRange(
  range: PredictorRange,
  columns: ArrayLike<number>,
  row: ArrayLike<number>,
  out: Float64Array,
  clamped?: Uint8Array,
): number {
  const p = range.min.length;
  for (let j = 0; j < p; j++) out[j] = row[j];
  if (clamped) clamped.fill(0);
  let count = 0;
  for (let a = 0; a < columns.length; a++) {
    const j = columns[a];
    const v = row[j];
    if (v >= range.min[j] && v <= range.max[j]) continue;
    out[j] = v < range.min[j] ? range.min[j] : range.max[j];
    if (clamped) clamped[j] = 1;
    count++;
  }
  return count;
}

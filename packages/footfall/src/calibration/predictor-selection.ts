import { DEFAULT_RIDGE_LAMBDAS, fitRidge, fitRidgeCv, type RidgeModel } from './ridge.js';

/** Largest number of predictor groups {@link selectPredictorGroups} enumerates (2⁸ subsets). */
export const MAX_PREDICTOR_GROUPS = 8;

/**
 * Best-subset selection of predictor groups by exact leave-one-out error, with the
 * one-standard-error rule. Every union of groups S, the empty one (intercept only) included,
 * is scored by the smallest mean
 * leave-one-out squared error of a ridge fit over the λ grid, CV(S) = min_λ mean eᵢ²/(1 − hᵢᵢ)²;
 * among the unions whose CV is within one standard error of the best, the one with the fewest
 * columns (then the lowest CV) is kept and refitted with {@link fitRidgeCv}.
 *
 * Groups are families of collinear predictors (one measure at several radii), so the search
 * picks which measures enter the model, not which radius of a measure — that is left to the
 * ridge penalty. Used inside each cross-validation fold the choice never sees the held-out
 * counter (Varma & Simon 2006).
 *
 * The model returned spans all p columns: the columns left out have coefficient 0, mean 0,
 * sd 1 and zero rows and columns in `inverse`, so `predictRidge` and
 * `ridgePredictionVariance` take full rows.
 *
 * @param x - predictors, row-major n×p
 * @param y - responses, length n
 * @param groups - group id of each column (length p), 0 … G−1 with G ≤ {@link MAX_PREDICTOR_GROUPS}
 * @param lambdas - ridge penalty grid, default `DEFAULT_RIDGE_LAMBDAS`
 * @see Hastie T., Tibshirani R., Friedman J., "The Elements of Statistical Learning", 2nd
 *   ed., Springer, 2009, §3.3 (best-subset selection) and §7.10 (one-standard-error rule).
 *   Varma S., Simon R., "Bias in error estimation when using cross-validation for model
 *   selection", BMC Bioinformatics 7:91, 2006.
 */
export function selectPredictorGroups(
  x: Float64Array,
  y: Float64Array,
  n: number,
  p: number,
  groups: Int32Array,
  lambdas: readonly number[] = DEFAULT_RIDGE_LAMBDAS,
): { model: RidgeModel; columns: Int32Array } {
  if (groups.length !== p) throw new RangeError(`groups has length ${groups.length}, expected ${p}`);
  let groupCount = 0;
  for (let j = 0; j < p; j++) groupCount = Math.max(groupCount, groups[j] + 1);
  if (groupCount > MAX_PREDICTOR_GROUPS) {
    throw new RangeError(`at most ${MAX_PREDICTOR_GROUPS} predictor groups, got ${groupCount}`);
  }
  const candidates: { columns: Int32Array; mean: number; se: number }[] = [];
  for (let mask = 0; mask < 1 << groupCount; mask++) {
    const columns: number[] = [];
    for (let j = 0; j < p; j++) if (mask & (1 << groups[j])) columns.push(j);
    const sub = subsetColumns(x, n, p, columns);
    let best = { mean: Number.POSITIVE_INFINITY, se: 0 };
    for (const lambda of lambdas) {
      const e = fitRidge(sub, y, n, columns.length, lambda).looSquaredErrors;
      let mean = 0;
      for (let i = 0; i < n; i++) mean += e[i];
      mean /= n;
      if (mean < best.mean) {
        let v = 0;
        for (let i = 0; i < n; i++) v += (e[i] - mean) ** 2;
        best = { mean, se: Math.sqrt(v / Math.max(n - 1, 1) / n) };
      }
    }
    candidates.push({ columns: Int32Array.from(columns), ...best });
  }
  let best = candidates[0];
  for (const c of candidates) if (c.mean < best.mean) best = c;
  let chosen = best;
  for (const c of candidates) {
    if (c.mean > best.mean + best.se) continue;
    const fewer = c.columns.length < chosen.columns.length;
    if (fewer || (c.columns.length === chosen.columns.length && c.mean < chosen.mean)) chosen = c;
  }
  const q = chosen.columns.length;
  const fit = fitRidgeCv(subsetColumns(x, n, p, chosen.columns), y, n, q, lambdas);
  const coef = new Float64Array(p);
  const means = new Float64Array(p);
  const sds = new Float64Array(p).fill(1);
  const inverse = new Float64Array(p * p);
  for (let a = 0; a < q; a++) {
    const j = chosen.columns[a];
    coef[j] = fit.coef[a];
    means[j] = fit.means[a];
    sds[j] = fit.sds[a];
    for (let b = 0; b < q; b++) inverse[j * p + chosen.columns[b]] = fit.inverse[a * q + b];
  }
  return { model: { ...fit, coef, means, sds, inverse }, columns: chosen.columns };
}

function subsetColumns(x: Float64Array, n: number, p: number, columns: readonly number[] | Int32Array): Float64Array {
  const q = columns.length;
  const out = new Float64Array(n * q);
  for (let i = 0; i < n; i++) for (let a = 0; a < q; a++) out[i * q + a] = x[i * p + columns[a]];
  return out;
}

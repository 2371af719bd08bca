import { DEFAULT_RIDGE_LAMBDAS, fitRidgeCv, type RidgeModel, ridgeLooCurve } from './ridge.js';

/** Largest number of predictor groups {@link selectPredictorGroups} enumerates. */
export const MAX_PREDICTOR_GROUPS = 8;

/**
 * Best-subset selection of predictors, at most one column per group, by exact leave-one-out
 * error with the one-standard-error rule. Every model S that takes from each group either
 * nothing or exactly one of its columns (Π_g (k_g + 1) models for groups of k_g columns, the
 * intercept-only model included) is scored by the smallest mean leave-one-out squared error of
 * a ridge fit over the λ grid, CV(S) = min_λ mean eᵢ²/(1 − hᵢᵢ)²; among the models whose CV is
 * within one standard error of the best, the one with the fewest columns (then the lowest CV)
 * is kept and refitted with {@link fitRidgeCv}.
 *
 * Groups are families of collinear predictors — one measure at several radii — so the search
 * picks which measures enter the model and, for each, the one radius that predicts best.
 * Several radii of one measure are nearly collinear (the logs of betweenness at 400, 800 and
 * 1200 m correlate at 0.89–0.99 at the 31 Sydney counters), and a fit over them turns into a
 * contrast of radii with opposite signs that no theory of movement supports and that
 * extrapolates badly; space syntax relates movement to a measure at one radius, the one that
 * fits the observed movement best (Hillier et al. 1993). Used inside each cross-validation fold the choice never sees the
 * held-out counter (Varma & Simon 2006).
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
 *   Hillier B., Penn A., Hanson J., Grajewski T., Xu J., "Natural movement: or, configuration
 *   and attraction in urban pedestrian movement", Environment and Planning B 20(1):29–66,
 *   1993, doi:10.1068/b200029. Varma S., Simon R., "Bias in error estimation when using
 *   cross-validation for model selection", BMC Bioinformatics 7:91, 2006.
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
  const members: number[][] = Array.from({ length: groupCount }, () => []);
  for (let j = 0; j < p; j++) members[groups[j]].push(j);
  // Mixed-radix enumeration: digit g is 0 (family g left out) or 1 + the index of its member.
  let combinations = 1;
  for (const m of members) combinations *= m.length + 1;
  const candidates: { columns: Int32Array; mean: number; se: number }[] = [];
  const digits = new Int32Array(groupCount);
  for (let c = 0; c < combinations; c++) {
    let rest = c;
    for (let g = 0; g < groupCount; g++) {
      digits[g] = rest % (members[g].length + 1);
      rest = (rest - digits[g]) / (members[g].length + 1);
    }
    const columns: number[] = [];
    for (let j = 0; j < p; j++)
      if (digits[groups[j]] > 0 && members[groups[j]][digits[groups[j]] - 1] === j) columns.push(j);
    const sub = subsetColumns(x, n, p, columns);
    const curve = ridgeLooCurve(sub, y, n, columns.length, lambdas);
    let best = { mean: Number.POSITIVE_INFINITY, se: 0 };
    for (let l = 0; l < lambdas.length; l++) {
      if (curve.mean[l] < best.mean) best = { mean: curve.mean[l], se: curve.se[l] };
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

import { solveLinearSystem } from './linear-solve.js';
import { symmetricEigen } from './symmetric-eigen.js';

/**
 * A fitted ridge regression y ≈ intercept + Σ_j coef_j · (x_j − mean_j) / sd_j on
 * standardised predictors (the intercept is not penalised).
 */
export interface RidgeModel {
  lambda: number;
  intercept: number;
  /** Coefficients on the standardised predictors. */
  coef: Float64Array;
  means: Float64Array;
  /** Predictor standard deviations (1 for a constant column, whose coefficient is then 0). */
  sds: Float64Array;
  /** (ZᵀZ + λI)⁻¹ on the standardised design Z (row-major p×p), for prediction variances. */
  inverse: Float64Array;
  /** Residual variance s² = RSS / (n − 1 − tr H) [(units of y)²]. */
  residualVariance: number;
  /** Effective degrees of freedom tr H of the penalised fit. */
  effectiveDof: number;
  /**
   * Exact leave-one-out squared errors of the linear smoother, (eᵢ / (1 − hᵢᵢ))² with
   * hᵢᵢ = 1/n + zᵢᵀ(ZᵀZ + λI)⁻¹zᵢ (Allen's PRESS), length n.
   */
  looSquaredErrors: Float64Array;
}

/** Column means and standard deviations (1 for a constant column), ȳ and Z = (x − mean)/sd. */
function standardise(x: Float64Array, y: Float64Array, n: number, p: number) {
  const means = new Float64Array(p);
  const sds = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += x[i * p + j];
    m /= n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (x[i * p + j] - m) ** 2;
    const sd = Math.sqrt(v / n);
    means[j] = m;
    sds[j] = sd > 1e-12 ? sd : 1;
  }
  let ybar = 0;
  for (let i = 0; i < n; i++) ybar += y[i];
  ybar /= n;
  const z = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) z[i * p + j] = (x[i * p + j] - means[j]) / sds[j];
  }
  return { means, sds, ybar, z };
}

/**
 * Ridge regression (Hoerl & Kennard 1970) with a fixed penalty λ on standardised predictors:
 *
 *   β̂ = (ZᵀZ + λI)⁻¹ Zᵀ (y − ȳ),   H = 1/n + Z (ZᵀZ + λI)⁻¹ Zᵀ,
 *   leave-one-out error of row i: eᵢ / (1 − hᵢᵢ)   (Allen 1974)
 *
 * @param x - predictors, row-major n×p
 * @param y - responses, length n
 * @param lambda - penalty λ ≥ 0 [dimensionless, standardised scale]
 * @see Hoerl A.E., Kennard R.W., "Ridge regression: biased estimation for nonorthogonal
 *   problems", Technometrics 12(1):55–67, 1970. Allen D.M., "The relationship between
 *   variable selection and data augmentation and a method for prediction", Technometrics
 *   16(1):125–127, 1974.
 */
export function fitRidge(x: Float64Array, y: Float64Array, n: number, p: number, lambda: number): RidgeModel {
  const { means, sds, ybar, z } = standardise(x, y, n, p);
  const ztz = new Float64Array(p * p);
  const zty = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      zty[j] += z[i * p + j] * (y[i] - ybar);
      for (let k = 0; k < p; k++) ztz[j * p + k] += z[i * p + j] * z[i * p + k];
    }
  }
  // Inverse of (ZᵀZ + λI) column by column; a tiny ridge keeps constant columns solvable.
  const inverse = new Float64Array(p * p);
  for (let c = 0; c < p; c++) {
    const a = ztz.slice();
    for (let j = 0; j < p; j++) a[j * p + j] += lambda + 1e-9;
    const e = new Float64Array(p);
    e[c] = 1;
    const col = solveLinearSystem(a, e, p);
    if (col === null) throw new RangeError('ridge system is singular');
    for (let j = 0; j < p; j++) inverse[j * p + c] = col[j];
  }
  const coef = new Float64Array(p);
  for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) coef[j] += inverse[j * p + k] * zty[k];
  // tr H = tr((ZᵀZ + λI)⁻¹ ZᵀZ)
  let trace = 0;
  for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) trace += inverse[j * p + k] * ztz[k * p + j];
  let rss = 0;
  const looSquaredErrors = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let f = ybar;
    let h = 1 / n;
    for (let j = 0; j < p; j++) {
      f += coef[j] * z[i * p + j];
      for (let k = 0; k < p; k++) h += z[i * p + j] * inverse[j * p + k] * z[i * p + k];
    }
    rss += (y[i] - f) ** 2;
    looSquaredErrors[i] = ((y[i] - f) / Math.max(1 - h, 1e-9)) ** 2;
  }
  return {
    lambda,
    intercept: ybar,
    coef,
    means,
    sds,
    inverse,
    residualVariance: rss / Math.max(n - 1 - trace, 1e-9),
    effectiveDof: trace,
    looSquaredErrors,
  };
}

/**
 * Mean and standard error of the exact leave-one-out squared errors of {@link fitRidge} at
 * every λ of `lambdas`, from one eigen-decomposition ZᵀZ = V·diag(d)·Vᵀ of the standardised
 * design: with U = ZV and ỹ = y − ȳ,
 *
 *   ŷᵢ = ȳ + Σ_k Uᵢₖ (U_kᵀỹ) / (d_k + λ),   hᵢᵢ = 1/n + Σ_k Uᵢₖ² / (d_k + λ),
 *
 * so each λ costs O(np) instead of a refit (the same numbers as `fitRidge(…).looSquaredErrors`,
 * including its 10⁻⁹ stabilising ridge).
 *
 * @param x - predictors, row-major n×p
 * @param y - responses, length n
 * @param lambdas - penalties λ ≥ 0 [dimensionless, standardised scale]
 * @returns per λ, `mean` (1/n) Σ eᵢ²/(1 − hᵢᵢ)² and its standard error `se`
 *   √(Var/n) [(units of y)²]
 * @see Golub G.H., Heath M., Wahba G., "Generalized cross-validation as a method for choosing
 *   a good ridge parameter", Technometrics 21(2):215–223, 1979 (the ridge hat matrix through
 *   the singular value decomposition). Allen D.M., Technometrics 16(1):125–127, 1974.
 * @example ridgeLooCurve(x, y, n, p, DEFAULT_RIDGE_LAMBDAS).mean[0]
 */
export function ridgeLooCurve(
  x: Float64Array,
  y: Float64Array,
  n: number,
  p: number,
  lambdas: readonly number[],
): { mean: Float64Array; se: Float64Array } {
  const { ybar, z } = standardise(x, y, n, p);
  const ztz = new Float64Array(p * p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) ztz[j * p + k] += z[i * p + j] * z[i * p + k];
  }
  const { values, vectors } = symmetricEigen(ztz, p);
  const u = new Float64Array(n * p);
  const uty = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < p; k++) {
      let t = 0;
      for (let j = 0; j < p; j++) t += z[i * p + j] * vectors[j * p + k];
      u[i * p + k] = t;
      uty[k] += t * (y[i] - ybar);
    }
  }
  const mean = new Float64Array(lambdas.length);
  const se = new Float64Array(lambdas.length);
  const e2 = new Float64Array(n);
  lambdas.forEach((lambda, l) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let f = ybar;
      let h = 1 / n;
      for (let k = 0; k < p; k++) {
        const w = 1 / (values[k] + lambda + 1e-9);
        f += u[i * p + k] * uty[k] * w;
        h += u[i * p + k] * u[i * p + k] * w;
      }
      e2[i] = ((y[i] - f) / Math.max(1 - h, 1e-9)) ** 2;
      sum += e2[i];
    }
    const m = sum / n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (e2[i] - m) ** 2;
    mean[l] = m;
    se[l] = Math.sqrt(v / Math.max(n - 1, 1) / n);
  });
  return { mean, se };
}

/** Default λ grid for {@link fitRidgeCv}: 10^−3 … 10^3, 25 values. */
export const DEFAULT_RIDGE_LAMBDAS: readonly number[] = Array.from({ length: 25 }, (_, i) => 10 ** (-3 + i / 4));

/**
 * Ridge regression with λ chosen by the one-standard-error rule on exact leave-one-out
 * errors: among the λ of `lambdas` whose mean LOO squared error is within one standard
 * error of the minimum, the largest (most regularised) is taken — the simplest model the
 * data cannot tell apart from the best, which guards small samples against over-fitting
 * collinear predictors. See {@link fitRidge}.
 *
 * @see Hastie T., Tibshirani R., Friedman J., "The Elements of Statistical Learning", 2nd
 *   ed., Springer, 2009, §7.10 (one-standard-error rule).
 */
export function fitRidgeCv(
  x: Float64Array,
  y: Float64Array,
  n: number,
  p: number,
  lambdas: readonly number[] = DEFAULT_RIDGE_LAMBDAS,
): RidgeModel {
  if (lambdas.length === 0) throw new RangeError('no lambda given');
  const { mean, se } = ridgeLooCurve(x, y, n, p, lambdas);
  let best = 0;
  for (let k = 1; k < lambdas.length; k++) if (mean[k] < mean[best]) best = k;
  let chosen = best;
  for (let k = 0; k < lambdas.length; k++) {
    if (mean[k] <= mean[best] + se[best] && lambdas[k] > lambdas[chosen]) chosen = k;
  }
  return fitRidge(x, y, n, p, lambdas[chosen]);
}

/** Prediction of a ridge model at predictor row `row` (length p). */
export function predictRidge(model: RidgeModel, row: ArrayLike<number>): number {
  let f = model.intercept;
  for (let j = 0; j < model.coef.length; j++) f += (model.coef[j] * (row[j] - model.means[j])) / model.sds[j];
  return f;
}

/**
 * Variance of the fitted mean at `row` [(units of y)²]: s²/n for the intercept plus
 * s² · z₀ᵀ (ZᵀZ+λI)⁻¹ ZᵀZ (ZᵀZ+λI)⁻¹ z₀ approximated by s² · z₀ᵀ (ZᵀZ+λI)⁻¹ z₀ (an upper
 * bound, exact at λ = 0).
 *
 * @param n - number of training rows
 */
export function ridgePredictionVariance(model: RidgeModel, row: ArrayLike<number>, n: number): number {
  const p = model.coef.length;
  let q = 0;
  for (let j = 0; j < p; j++) {
    const zj = (row[j] - model.means[j]) / model.sds[j];
    for (let k = 0; k < p; k++) q += zj * model.inverse[j * p + k] * ((row[k] - model.means[k]) / model.sds[k]);
  }
  return model.residualVariance * (1 / n + q);
}

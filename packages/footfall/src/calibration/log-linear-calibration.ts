import { clampToRange, type PredictorRange, predictorRange } from './applicability-domain.js';
import { type ExponentialVariogram, fitExponentialVariogram } from './exponential-variogram.js';
import { type OrdinaryKrigingSystem, ordinaryKrigingAt, ordinaryKrigingSystem } from './ordinary-kriging.js';
import { selectPredictorGroups } from './predictor-selection.js';
import { fitRidgeCv, predictRidge, type RidgeModel, ridgePredictionVariance } from './ridge.js';

/** Counters prepared for calibration. */
export interface CalibrationData {
  /** Number of counters n. */
  count: number;
  /** Number of predictors p. */
  featureCount: number;
  /** Predictors (already log-transformed), row-major n×p. */
  features: Float64Array;
  /** ln(observed daily count), length n. */
  logCounts: Float64Array;
  /** Network distances between counters, row-major n×n [m]. */
  distM: Float64Array;
  /**
   * Optional predictor group of each column (length p, ids 0…G−1, G ≤ 8). When given, the
   * predictors are chosen among the unions of groups (none: intercept only) by exact leave-one-out error
   * on the training counters (see `selectPredictorGroups`); without it every column is used.
   */
  featureGroups?: Int32Array;
}

/** Leave-one-counter-out cross-validation. */
export interface CrossValidation {
  /** Held-out prediction of ln(count) per counter, regression only. */
  logPredicted: Float64Array;
  /** Held-out prediction of ln(count) per counter, regression + kriged residual. */
  logPredictedKriged: Float64Array;
  /** R² of held-out ln predictions, regression only. */
  r2Log: number;
  /** Share of counters with held-out prediction within a factor of 2, regression only. */
  shareWithinFactor2: number;
  r2LogKriged: number;
  shareWithinFactor2Kriged: number;
  /**
   * Counters whose held-out predictors lie outside the applicability domain of their fold
   * (the range over the other counters), so that their prediction was clamped.
   */
  outsideDomainCount: number;
}

/** A regression-kriging model of ln(daily count) on network features. */
export interface LogLinearCalibration {
  /** Ridge model over all p columns (coefficient 0 on the columns not selected). */
  model: RidgeModel;
  /** Columns used by the model (all of them without `featureGroups`). */
  selectedColumns: Int32Array;
  /** Applicability domain: range of every predictor over the counters. */
  domain: PredictorRange;
  variogram: ExponentialVariogram;
  kriging: OrdinaryKrigingSystem;
  /** In-sample residuals ln(observed) − regression, length n. */
  residuals: Float64Array;
  crossValidation: CrossValidation;
}

/**
 * R² of predictions on the log scale, 1 − Σ(y − ŷ)² / Σ(y − ȳ)², and the share of
 * |y − ŷ| ≤ ln 2 (prediction within a factor of 2 of the observation).
 */
export function logAgreement(
  logObserved: Float64Array,
  logPredicted: Float64Array,
): { r2: number; shareWithinFactor2: number } {
  const n = logObserved.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += logObserved[i];
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  let within = 0;
  for (let i = 0; i < n; i++) {
    const r = logObserved[i] - logPredicted[i];
    ssRes += r * r;
    ssTot += (logObserved[i] - mean) ** 2;
    if (Math.abs(r) <= Math.LN2) within++;
  }
  return { r2: 1 - ssRes / ssTot, shareWithinFactor2: within / n };
}

function subset(data: CalibrationData, keep: (i: number) => boolean) {
  const idx: number[] = [];
  for (let i = 0; i < data.count; i++) if (keep(i)) idx.push(i);
  const p = data.featureCount;
  const n = idx.length;
  const x = new Float64Array(n * p);
  const y = new Float64Array(n);
  const d = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    y[a] = data.logCounts[idx[a]];
    for (let j = 0; j < p; j++) x[a * p + j] = data.features[idx[a] * p + j];
    for (let b = 0; b < n; b++) d[a * n + b] = data.distM[idx[a] * data.count + idx[b]];
  }
  return { idx, x, y, d, n };
}

function fitOn(
  x: Float64Array,
  y: Float64Array,
  d: Float64Array,
  n: number,
  p: number,
  groups: Int32Array | undefined,
  lambdas?: readonly number[],
) {
  const selection = groups ? selectPredictorGroups(x, y, n, p, groups, lambdas) : null;
  const model = selection ? selection.model : fitRidgeCv(x, y, n, p, lambdas);
  const selectedColumns = selection ? selection.columns : Int32Array.from({ length: p }, (_, j) => j);
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) residuals[i] = y[i] - predictRidge(model, x.subarray(i * p, i * p + p));
  const variogram = fitExponentialVariogram(d, residuals);
  const kriging = ordinaryKrigingSystem(variogram, d, residuals);
  return { model, selectedColumns, domain: predictorRange(x, n, p), residuals, variogram, kriging };
}

/**
 * Calibrate a regression-kriging model of ln(daily pedestrian count):
 * 1. ridge regression of ln(count) on the log network features, λ by the one-standard-error
 *    rule on exact leave-one-out errors (see `fitRidgeCv`); with `featureGroups`, the
 *    predictor groups are chosen first by leave-one-out error (`selectPredictorGroups`);
 * 2. an exponential variogram of the residuals over network distance and ordinary kriging
 *    of the residuals (regression-kriging, Hengl, Heuvelink & Rossiter 2007);
 * 3. leave-one-counter-out cross-validation that refits steps 1–2 (predictor groups, λ,
 *    variogram) without the held-out counter, so no information from it leaks into its
 *    prediction (nested cross-validation, Varma & Simon 2006); the held-out counter's
 *    predictors are clamped to the fold's applicability domain (the range over the other
 *    counters) as a segment's are (`predictLogCount`), so the validation tests the
 *    procedure that makes the maps.
 *
 * @param lambdas - ridge penalty grid, default `DEFAULT_RIDGE_LAMBDAS`
 * @see Hengl T., Heuvelink G.B.M., Rossiter D.G., "About regression-kriging: from equations
 *   to case studies", Computers & Geosciences 33(10):1301–1315, 2007. Varma S., Simon R.,
 *   "Bias in error estimation when using cross-validation for model selection", BMC
 *   Bioinformatics 7:91, 2006.
 */
export function calibrateLogLinear(data: CalibrationData, lambdas?: readonly number[]): LogLinearCalibration {
  const p = data.featureCount;
  const groups = data.featureGroups;
  const all = fitOn(data.features, data.logCounts, data.distM, data.count, p, groups, lambdas);
  const logPredicted = new Float64Array(data.count);
  const logPredictedKriged = new Float64Array(data.count);
  const clampedRow = new Float64Array(p);
  let outsideDomainCount = 0;
  for (let i = 0; i < data.count; i++) {
    const s = subset(data, (k) => k !== i);
    const fold = fitOn(s.x, s.y, s.d, s.n, p, groups, lambdas);
    const row = data.features.subarray(i * p, i * p + p);
    if (clampToRange(fold.domain, fold.selectedColumns, row, clampedRow) > 0) outsideDomainCount++;
    logPredicted[i] = predictRidge(fold.model, clampedRow);
    const toTarget = new Float64Array(s.n);
    for (let a = 0; a < s.n; a++) toTarget[a] = data.distM[s.idx[a] * data.count + i];
    logPredictedKriged[i] = logPredicted[i] + ordinaryKrigingAt(fold.kriging, toTarget).value;
  }
  const reg = logAgreement(data.logCounts, logPredicted);
  const kri = logAgreement(data.logCounts, logPredictedKriged);
  return {
    model: all.model,
    selectedColumns: all.selectedColumns,
    domain: all.domain,
    variogram: all.variogram,
    kriging: all.kriging,
    residuals: all.residuals,
    crossValidation: {
      logPredicted,
      logPredictedKriged,
      r2Log: reg.r2,
      shareWithinFactor2: reg.shareWithinFactor2,
      r2LogKriged: kri.r2,
      shareWithinFactor2Kriged: kri.shareWithinFactor2,
      outsideDomainCount,
    },
  };
}

/**
 * Regression-kriging estimate of ln(count) at a segment and its variance, with the segment's
 * predictors clamped to the applicability domain (the counters' range, `clampToRange`):
 *
 *   μ = x_c·β̂ + Σ wᵢ rᵢ,   σ² = σ²_OK + max(Var(x_c·β̂), Var(x·β̂)) + (x·β̂ − x_c·β̂)²   [(ln units)²]
 *
 * with x the segment's predictors and x_c the clamped ones (x_c = x inside the domain, where
 * σ² = σ²_OK + Var(x·β̂)). Outside the domain the counters cannot tell whether an effect goes on
 * beyond their range (the linear extrapolation x·β̂) or levels off (the clamped x_c·β̂); the
 * estimate takes the clamped one and the gap between the two enters the variance as one
 * standard deviation, so that the 80 % interval contains both and is never narrower than the
 * unclamped model's. The gap is the effect of clamping that MaxEnt maps next to its clamped
 * predictions (Phillips & Dudík 2008).
 *
 * @param row - the segment's predictors (length p)
 * @param distToCountersM - network distances from the segment to each counter [m]
 * @param clamped - optional caller-owned flags (length p), set to 1 on the clamped predictors
 * @returns `logMean` μ [ln pedestrians/day], `logVariance` σ² [(ln units)²], `clampedCount`
 *   (0 inside the applicability domain)
 * @see Phillips S.J., Dudík M., "Modeling of species distributions with Maxent: new extensions
 *   and a comprehensive evaluation", Ecography 31(2):161–175, 2008,
 *   doi:10.1111/j.0906-7590.2008.5203.x.
 * @example predictLogCount(cal, segmentRow, distances).clampedCount > 0 // extrapolated
 */
export function predictLogCount(
  cal: LogLinearCalibration,
  row: ArrayLike<number>,
  distToCountersM: ArrayLike<number>,
  clamped?: Uint8Array,
): { logMean: number; logVariance: number; clampedCount: number } {
  const p = cal.model.coef.length;
  const inside = new Float64Array(p);
  const clampedCount = clampToRange(cal.domain, cal.selectedColumns, row, inside, clamped);
  const n = cal.residuals.length;
  const reg = predictRidge(cal.model, inside);
  const k = ordinaryKrigingAt(cal.kriging, distToCountersM);
  let regVariance = ridgePredictionVariance(cal.model, inside, n);
  if (clampedCount > 0) {
    const gap = predictRidge(cal.model, row) - reg;
    regVariance = Math.max(regVariance, ridgePredictionVariance(cal.model, row, n)) + gap * gap;
  }
  return { logMean: reg + k.value, logVariance: k.variance + regVariance, clampedCount };
}

import { type ExponentialVariogram, exponentialVariogram } from './exponential-variogram.js';
import { solveLinearSystem } from './linear-solve.js';

/** An ordinary-kriging system factored once for many targets. */
export interface OrdinaryKrigingSystem {
  variogram: ExponentialVariogram;
  values: Float64Array;
  /** Inverse of [Γ 1; 1ᵀ 0], row-major (n+1)², or `null` when singular. */
  inverse: Float64Array | null;
}

/** Ordinary-kriging estimate at one target. */
export interface KrigingEstimate {
  /** Estimate Σ wᵢ zᵢ. */
  value: number;
  /** Kriging variance Σ wᵢ γ(h_i0) + μ [(units of z)²]. */
  variance: number;
}

/**
 * Set up ordinary kriging of `values` (Matheron 1963; Cressie 1993 §3.2):
 *
 *   [Γ 1; 1ᵀ 0] [w; μ] = [γ₀; 1],   ẑ = Σ wᵢ zᵢ,   σ² = Σ wᵢ γ(h_i0) + μ
 *
 * with Γᵢⱼ = γ(d_ij), γ₀ᵢ = γ(d_i0), d network distances [m]. The block matrix is inverted
 * once so each target costs O(n²).
 *
 * @param pairDistM - data–data distances, row-major n×n [m]
 * @see Cressie N., "Statistics for Spatial Data", revised ed., Wiley, 1993.
 */
export function ordinaryKrigingSystem(
  variogram: ExponentialVariogram,
  pairDistM: Float64Array,
  values: Float64Array,
): OrdinaryKrigingSystem {
  const n = values.length;
  const m = n + 1;
  const a = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      a[i * m + j] = i === j ? 0 : exponentialVariogram(variogram, pairDistM[i * n + j]);
    }
    a[i * m + n] = 1;
    a[n * m + i] = 1;
  }
  const inverse = new Float64Array(m * m);
  for (let c = 0; c < m; c++) {
    const e = new Float64Array(m);
    e[c] = 1;
    const col = solveLinearSystem(a.slice(), e, m);
    if (col === null) return { variogram, values, inverse: null };
    for (let r = 0; r < m; r++) inverse[r * m + c] = col[r];
  }
  return { variogram, values, inverse };
}

/**
 * Ordinary-kriging estimate at a target from its distances to the data [m].
 * An exponential model of network distance is not guaranteed to be conditionally negative
 * definite on every network (Ver Hoef 2018): when the system is singular or the variance
 * comes out negative (beyond round-off), the estimate falls back to the data mean with variance sill·(1 + 1/n).
 *
 * @see Ver Hoef J.M., "Kriging models for linear networks and non-Euclidean distances:
 *   cautions and solutions", Methods in Ecology and Evolution 9(6):1600–1613, 2018.
 */
export function ordinaryKrigingAt(system: OrdinaryKrigingSystem, targetDistM: ArrayLike<number>): KrigingEstimate {
  const { values, inverse, variogram } = system;
  const n = values.length;
  const m = n + 1;
  if (inverse !== null) {
    const g0 = new Float64Array(n);
    for (let c = 0; c < n; c++) g0[c] = exponentialVariogram(variogram, targetDistM[c]);
    let value = 0;
    let variance = 0;
    let mu = 0;
    for (let r = 0; r <= n; r++) {
      let w = inverse[r * m + n];
      for (let c = 0; c < n; c++) w += inverse[r * m + c] * g0[c];
      if (r < n) {
        value += w * values[r];
        variance += w * g0[r];
      } else {
        mu = w;
      }
    }
    variance += mu;
    // Round-off leaves a tiny negative variance at the data points themselves.
    const roundOff = 1e-9 * (variogram.nugget + variogram.partialSill);
    if (variance >= -roundOff && Number.isFinite(value)) return { value, variance: Math.max(variance, 0) };
  }
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  return { value: mean, variance: (variogram.nugget + variogram.partialSill) * (1 + 1 / n) };
}

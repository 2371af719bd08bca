import { describe, expect, it } from 'vitest';
import type { HourlyCount } from '../input/count-types.js';
import { exponentialVariogram, fitExponentialVariogram } from './exponential-variogram.js';
import { solveLinearSystem } from './linear-solve.js';
import { logAgreement } from './log-linear-calibration.js';
import { ordinaryKrigingAt, ordinaryKrigingSystem } from './ordinary-kriging.js';
import { DEFAULT_RIDGE_LAMBDAS, fitRidge, fitRidgeCv, predictRidge, ridgeLooCurve } from './ridge.js';
import { siteDailyCounts } from './site-daily-counts.js';
import { symmetricEigen } from './symmetric-eigen.js';

describe('solveLinearSystem', () => {
  it('solves a system that needs pivoting and rejects a singular one', () => {
    // [0 1; 2 1] x = [1; 4] → x = [1.5, 1].
    expect(Array.from(solveLinearSystem(Float64Array.of(0, 1, 2, 1), Float64Array.of(1, 4), 2) ?? [])).toEqual([
      1.5, 1,
    ]);
    expect(solveLinearSystem(Float64Array.of(1, 2, 2, 4), Float64Array.of(1, 2), 2)).toBeNull();
  });
});

describe('ridge regression', () => {
  // x = [0, 1, 2], y = [0, 1, 5], λ = 1. Hand computation: x̄ = 1, sd = √(2/3), z = ±√1.5, 0;
  // ZᵀZ = 3; OLS slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 5/2; ridge shrinks it by ZᵀZ/(ZᵀZ+λ) = 3/4
  // → slope 1.875 per unit x; fitted [0.125, 2, 3.875]; RSS = 2.28125; tr H = 3/4;
  // s² = RSS/(n − 1 − tr H) = 1.825; hᵢᵢ = 1/3 + zᵢ²/4 = [17/24, 1/3, 17/24];
  // LOO errors eᵢ/(1−hᵢᵢ) = [−0.125·24/7, −1.5, 1.125·24/7].
  const x = Float64Array.of(0, 1, 2);
  const y = Float64Array.of(0, 1, 5);
  const m = fitRidge(x, y, 3, 1, 1);
  it('matches the hand computation', () => {
    expect(m.coef[0] / m.sds[0]).toBeCloseTo(1.875, 8);
    expect(predictRidge(m, [0])).toBeCloseTo(0.125, 8);
    expect(m.effectiveDof).toBeCloseTo(0.75, 8);
    expect(m.residualVariance).toBeCloseTo(1.825, 8);
    expect(m.looSquaredErrors[0]).toBeCloseTo(((0.125 * 24) / 7) ** 2, 8);
    expect(m.looSquaredErrors[1]).toBeCloseTo(2.25, 8);
    expect(m.looSquaredErrors[2]).toBeCloseTo(((1.125 * 24) / 7) ** 2, 8);
  });
  it('recovers exact linear data at small λ and picks a λ from the grid', () => {
    // y = 2 + 3 x1 − x2 exactly.
    const xs = Float64Array.of(0, 1, 1, 0, 2, 3, 3, 1, 4, 4, 5, 2);
    const ys = new Float64Array(6);
    for (let i = 0; i < 6; i++) ys[i] = 2 + 3 * xs[2 * i] - xs[2 * i + 1];
    const exact = fitRidge(xs, ys, 6, 2, 0);
    expect(predictRidge(exact, [10, 7])).toBeCloseTo(25, 6);
    const cv = fitRidgeCv(xs, ys, 6, 2, [0, 1, 10]);
    // Noise-free data: λ = 0 has zero LOO error (SE 0), so the 1-SE rule keeps λ = 0.
    expect(cv.lambda).toBe(0);
  });
});

describe('symmetricEigen', () => {
  it('diagonalises [[2, 1], [1, 2]] (eigenvalues 1 and 3, vectors (1, ∓1)/√2 by hand)', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    const order = values[0] < values[1] ? [0, 1] : [1, 0];
    expect(values[order[0]]).toBeCloseTo(1, 12);
    expect(values[order[1]]).toBeCloseTo(3, 12);
    expect(Math.abs(vectors[order[1]])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[order[1]] * vectors[2 + order[1]]).toBeCloseTo(0.5, 12);
  });
  it('reconstructs a 4×4 symmetric matrix as V·diag(d)·Vᵀ with orthonormal V', () => {
    const a = Float64Array.of(4, 1, -2, 0.5, 1, 3, 0, 1, -2, 0, 5, 2, 0.5, 1, 2, 1);
    const { values, vectors } = symmetricEigen(a.slice(), 4);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        let r = 0;
        let vv = 0;
        for (let k = 0; k < 4; k++) {
          r += vectors[i * 4 + k] * values[k] * vectors[j * 4 + k];
          vv += vectors[k * 4 + i] * vectors[k * 4 + j];
        }
        expect(r).toBeCloseTo(a[i * 4 + j], 12);
        expect(vv).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
  });
});

describe('ridgeLooCurve', () => {
  it('equals the mean leave-one-out error of a refit at every λ (fast path vs reference)', () => {
    // 10 rows, 3 columns, the third nearly the sum of the first two (collinear).
    const n = 10;
    const x = new Float64Array(3 * n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[3 * i] = i;
      x[3 * i + 1] = (7 * i) % 10;
      x[3 * i + 2] = x[3 * i] + x[3 * i + 1] + (i % 3) * 0.01;
      y[i] = 0.3 * x[3 * i] - 0.2 * x[3 * i + 1] + ((5 * i) % 4) * 0.1;
    }
    const curve = ridgeLooCurve(x, y, n, 3, DEFAULT_RIDGE_LAMBDAS);
    DEFAULT_RIDGE_LAMBDAS.forEach((lambda, l) => {
      const e = fitRidge(x, y, n, 3, lambda).looSquaredErrors;
      const mean = e.reduce((a, b) => a + b, 0) / n;
      expect(curve.mean[l]).toBeCloseTo(mean, 9);
      const se = Math.sqrt(e.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) / n);
      expect(curve.se[l]).toBeCloseTo(se, 9);
    });
  });
});

describe('ordinary kriging', () => {
  it('matches the hand-solved two-point system with a pure nugget', () => {
    // γ = 1 for h > 0. Target 50 m from both data: w = ½, ½; μ = ½; σ² = ½ + ½ + ½ = 1.5.
    const v = { nugget: 1, partialSill: 0, rangeM: 1 };
    const sys = ordinaryKrigingSystem(v, Float64Array.of(0, 100, 100, 0), Float64Array.of(2, 4));
    const mid = ordinaryKrigingAt(sys, [50, 50]);
    expect(mid.value).toBeCloseTo(3, 12);
    expect(mid.variance).toBeCloseTo(1.5, 12);
    // At a datum (h = 0): w = 1, 0; μ = 0 → exact interpolation with zero variance.
    const at = ordinaryKrigingAt(sys, [0, 100]);
    expect(at.value).toBeCloseTo(2, 12);
    expect(at.variance).toBeCloseTo(0, 12);
  });
  it('evaluates the exponential model', () => {
    const v = { nugget: 0.1, partialSill: 0.5, rangeM: 200 };
    expect(exponentialVariogram(v, 0)).toBe(0);
    expect(exponentialVariogram(v, 200)).toBeCloseTo(0.1 + 0.5 * (1 - Math.exp(-1)), 15);
  });
  it('fits no structure to constant values', () => {
    const d = new Float64Array(36);
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) d[i * 6 + j] = Math.abs(i - j) * 100;
    const v = fitExponentialVariogram(d, new Float64Array(6).fill(3));
    expect(v.nugget + v.partialSill).toBe(0);
  });
  it('fits a rising variogram to a linear trend along a line', () => {
    // z = position/100 along a line: γ̂(h) = h²/(2·100²) grows with h, so a partial sill > 0.
    const n = 12;
    const d = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] = Math.abs(i - j) * 100;
    const z = Float64Array.from({ length: n }, (_, i) => i);
    const v = fitExponentialVariogram(d, z);
    expect(v.partialSill).toBeGreaterThan(v.nugget);
  });
});

describe('logAgreement', () => {
  it('computes R² and the share within a factor of 2', () => {
    // ln obs [1,2,3], ln pred [1,2,4]: ȳ = 2, SS_tot = 2, SS_res = 1 → R² = 0.5;
    // |errors| = 0, 0, 1 > ln 2 → 2/3 within a factor of 2.
    const r = logAgreement(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4));
    expect(r.r2).toBeCloseTo(0.5, 15);
    expect(r.shareWithinFactor2).toBeCloseTo(2 / 3, 15);
  });
});

describe('siteDailyCounts', () => {
  it('averages complete selected days only', () => {
    const c = (
      siteId: string,
      day: string,
      hour: number,
      count: number,
      dayType: HourlyCount['dayType'] = 'weekday',
      year = 2019,
    ): HourlyCount => ({ siteId, day, year, dayType, hour, count });
    const counts = [
      // A: two complete weekdays (6 + 10, 20 + 4) → mean 20; one incomplete day; one Saturday.
      c('A', 'd1', 6, 6),
      c('A', 'd1', 7, 10),
      c('A', 'd2', 6, 20),
      c('A', 'd2', 7, 4),
      c('A', 'd3', 6, 100),
      c('A', 'd4', 6, 1, 'saturday'),
      c('A', 'd4', 7, 1, 'saturday'),
      // B: only an old year.
      c('B', 'd1', 6, 5, 'weekday', 2010),
      c('B', 'd1', 7, 5, 'weekday', 2010),
    ];
    const r = siteDailyCounts(counts, { dayHours: [6, 7], years: [2013, 2019] });
    expect(r.sites).toEqual([{ siteId: 'A', dailyMean: 20, dayCount: 2 }]);
    expect(r.without).toEqual([{ siteId: 'B', reason: 'no complete weekday day in 2013–2019' }]);
  });
});

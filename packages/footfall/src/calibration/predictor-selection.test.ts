import { describe, expect, it } from 'vitest';
import { selectPredictorGroups } from './predictor-selection.js';
import { fitRidgeCv, predictRidge, ridgePredictionVariance } from './ridge.js';

// n = 12 rows; column 0 = i, column 1 = 5i mod 12 (a permutation of 0…11, correlation with
// column 0 = 31/143 ≈ 0.22 by hand: Σ(i − 5.5)(5i mod 12 − 5.5) = 31, Σ(i − 5.5)² = 143).
const n = 12;
const x = new Float64Array(2 * n);
for (let i = 0; i < n; i++) {
  x[2 * i] = i;
  x[2 * i + 1] = (5 * i) % 12;
}
const groups = Int32Array.of(0, 1);

describe('selectPredictorGroups', () => {
  it('keeps only the group the response depends on and embeds it in full rows', () => {
    // y = 2·x₀ + 1 exactly: every subset with column 0 fits almost perfectly, column 1 alone
    // cannot; the one-standard-error rule then prefers the single column.
    const y = Float64Array.from({ length: n }, (_, i) => 2 * i + 1);
    const { model, columns } = selectPredictorGroups(x, y, n, 2, groups);
    expect(Array.from(columns)).toEqual([0]);
    expect(model.coef[1]).toBe(0);
    const alone = fitRidgeCv(
      Float64Array.from({ length: n }, (_, i) => i),
      y,
      n,
      1,
    );
    // The embedded model predicts as the one-column fit, whatever the unused column holds.
    expect(predictRidge(model, [5.5, 999])).toBeCloseTo(predictRidge(alone, [5.5]), 12);
    expect(ridgePredictionVariance(model, [3, -7], n)).toBeCloseTo(ridgePredictionVariance(alone, [3], n), 12);
  });

  it('keeps both groups when the response needs both', () => {
    const y = Float64Array.from({ length: n }, (_, i) => x[2 * i] + 3 * x[2 * i + 1]);
    expect(Array.from(selectPredictorGroups(x, y, n, 2, groups).columns)).toEqual([0, 1]);
  });

  it('rejects a group vector of the wrong length', () => {
    expect(() => selectPredictorGroups(x, x.subarray(0, n), n, 2, Int32Array.of(0))).toThrow(RangeError);
  });

  it('picks the one radius of a collinear family the response depends on, with its sign', () => {
    // Three "radii" of one measure: t, t + 0.25u, t + 0.25v (u, v independent), their
    // correlation (1/12)/(1/12 + 0.25²/12) ≈ 0.94 like the Sydney betweenness radii; a fourth, unrelated column w is its
    // own family. The truth, y = 1 + 2·(radius 2) + 0.3 noise, uses the second radius only.
    // The uniform variates come from a fixed linear congruential generator (Numerical Recipes
    // constants), so the data are the same on every run.
    let seed = 12345;
    const uniform = () => {
      seed = (1664525 * seed + 1013904223) % 4294967296;
      return seed / 4294967296 - 0.5;
    };
    const m = 60;
    const xs = new Float64Array(4 * m);
    const ys = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const t = uniform();
      xs[4 * i] = t + 0.25 * uniform();
      xs[4 * i + 1] = t + 0.25 * uniform();
      xs[4 * i + 2] = t + 0.25 * uniform();
      xs[4 * i + 3] = uniform();
      ys[i] = 1 + 2 * xs[4 * i + 1] + 0.3 * uniform();
    }
    const { model, columns } = selectPredictorGroups(xs, ys, m, 4, Int32Array.of(0, 0, 0, 1));
    expect(Array.from(columns)).toEqual([1]);
    // The effect of the true radius, 2 per unit, recovered to ±0.5.
    expect(model.coef[1] / model.sds[1]).toBeCloseTo(2, 0);
    // A ridge over the three radii (λ by the same rule) spreads it over all of them and gives
    // radius 1, which has no effect, a negative coefficient: the opposite-signed pattern.
    const all = fitRidgeCv(
      xs.filter((_, k) => k % 4 !== 3),
      ys,
      m,
      3,
    );
    expect(all.coef[0]).toBeLessThan(0);
    expect(all.coef[2]).toBeGreaterThan(0);
  });
});

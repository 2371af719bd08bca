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
});

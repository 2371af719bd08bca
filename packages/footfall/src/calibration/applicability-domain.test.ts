import { describe, expect, it } from 'vitest';
import { Z_80_PERCENT } from '../pipeline/run-footfall.js';
import { clampToRange, predictorRange } from './applicability-domain.js';
import { calibrateLogLinear, predictLogCount } from './log-linear-calibration.js';
import { ordinaryKrigingAt } from './ordinary-kriging.js';
import { predictRidge, ridgePredictionVariance } from './ridge.js';

describe('predictorRange and clampToRange', () => {
  // Rows (1, 5), (3, 2), (2, 4): column 0 spans 1…3, column 1 spans 2…5 (by hand).
  const range = predictorRange(Float64Array.of(1, 5, 3, 2, 2, 4), 3, 2);
  it('spans the calibration rows', () => {
    expect(Array.from(range.min)).toEqual([1, 2]);
    expect(Array.from(range.max)).toEqual([3, 5]);
  });
  it('clamps only the listed columns that fall outside, and flags them', () => {
    const out = new Float64Array(2);
    const flags = new Uint8Array(2);
    expect(clampToRange(range, [0, 1], [0.5, 7], out, flags)).toBe(2);
    expect(Array.from(out)).toEqual([1, 5]);
    expect(Array.from(flags)).toEqual([1, 1]);
    // Column 1 is not used by the model: copied as is, not flagged.
    expect(clampToRange(range, [0], [4, 7], out, flags)).toBe(1);
    expect(Array.from(out)).toEqual([3, 7]);
    expect(Array.from(flags)).toEqual([1, 0]);
    // Bounds are inside the domain.
    expect(clampToRange(range, [0, 1], [1, 5], out, flags)).toBe(0);
    expect(Array.from(flags)).toEqual([0, 0]);
  });
  it('needs at least one row', () => {
    expect(() => predictorRange(new Float64Array(0), 0, 2)).toThrow(RangeError);
  });
});

describe('predictLogCount outside the applicability domain', () => {
  // One predictor x = 0…5 and y = 1 + 0.5x with alternating ±0.1 deviations, counters 1 km
  // apart on a line: the fitted slope is positive, so x = 9 extrapolates upwards.
  const n = 6;
  const features = Float64Array.from({ length: n }, (_, i) => i);
  const logCounts = Float64Array.from({ length: n }, (_, i) => 1 + 0.5 * i + (i % 2 === 0 ? 0.1 : -0.1));
  const distM = Float64Array.from({ length: n * n }, (_, k) => 1000 * Math.abs(Math.floor(k / n) - (k % n)));
  const cal = calibrateLogLinear({ count: n, featureCount: 1, features, logCounts, distM });
  const toCounters = Float64Array.from({ length: n }, (_, i) => 500 + 1000 * i);
  const kriged = ordinaryKrigingAt(cal.kriging, toCounters);

  it('predicts inside the domain as the unclamped model', () => {
    const flags = new Uint8Array(1);
    const inside = predictLogCount(cal, [2.5], toCounters, flags);
    expect(inside.clampedCount).toBe(0);
    expect(flags[0]).toBe(0);
    expect(inside.logMean).toBeCloseTo(predictRidge(cal.model, [2.5]) + kriged.value, 12);
    expect(inside.logVariance).toBeCloseTo(kriged.variance + ridgePredictionVariance(cal.model, [2.5], n), 12);
  });

  it('holds the estimate at the edge of the range and widens the interval over both extrapolations', () => {
    const flags = new Uint8Array(1);
    const outside = predictLogCount(cal, [9], toCounters, flags);
    const edge = predictLogCount(cal, [5], toCounters);
    expect(outside.clampedCount).toBe(1);
    expect(flags[0]).toBe(1);
    expect(outside.logMean).toBe(edge.logMean);
    const linear = predictRidge(cal.model, [9]) + kriged.value;
    expect(linear).toBeGreaterThan(edge.logMean);
    const halfWidth = Z_80_PERCENT * Math.sqrt(outside.logVariance);
    // The 80 % interval contains the linear extrapolation…
    expect(outside.logMean + halfWidth).toBeGreaterThan(linear);
    // …and is no narrower than the unclamped model's interval there.
    expect(outside.logVariance).toBeGreaterThanOrEqual(kriged.variance + ridgePredictionVariance(cal.model, [9], n));
    expect(outside.logVariance).toBeGreaterThan(edge.logVariance);
  });
});

import { describe, expect, it } from 'vitest';
import { fillGapsLinear } from './fillGaps.js';

describe('fillGapsLinear', () => {
  it('interpolates inner gaps and extends edge gaps from the nearest value', () => {
    // Hand computation: 100 → 500 over 4 steps = 200, 300, 400; leading NaN takes 7, trailing takes 9.
    const v = Float64Array.of(Number.NaN, 7, 100, Number.NaN, Number.NaN, Number.NaN, 500, 9, Number.NaN);
    const report = fillGapsLinear(v, 6);
    expect(Array.from(v)).toEqual([7, 7, 100, 200, 300, 400, 500, 9, 9]);
    expect(report).toEqual({
      filledCount: 5,
      firstFilledIndex: 0,
      longestGapStart: 3,
      longestGapLength: 3,
    });
  });

  it('changes nothing when a gap is too long or everything is missing', () => {
    const v = Float64Array.of(1, Number.NaN, Number.NaN, Number.NaN, 5, Number.NaN);
    expect(fillGapsLinear(v, 2)).toEqual({
      filledCount: 0,
      firstFilledIndex: -1,
      longestGapStart: 1,
      longestGapLength: 3,
    });
    expect(Number.isNaN(v[1])).toBe(true);
    const all = new Float64Array(4).fill(Number.NaN);
    expect(fillGapsLinear(all, 6).longestGapLength).toBe(4);
    expect(all.every(Number.isNaN)).toBe(true);
  });
});

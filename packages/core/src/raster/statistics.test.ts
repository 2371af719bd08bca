import { describe, expect, it } from 'vitest';
import { rasterStatistics } from './statistics.js';

describe('rasterStatistics', () => {
  it('skips NaN cells and averages in float64', () => {
    // Hand computation: valid cells 1, 3, 8 → count 3, min 1, max 8, mean 12/3 = 4.
    const s = rasterStatistics({ data: Float32Array.of(1, Number.NaN, 3, 8), width: 2, height: 2 });
    expect(s).toEqual({ count: 3, min: 1, max: 8, mean: 4 });
  });

  it('reports no valid cells as NaN statistics', () => {
    const s = rasterStatistics({ data: Float32Array.of(Number.NaN, Number.NaN), width: 2, height: 1 });
    expect(s.count).toBe(0);
    expect(s.min).toBeNaN();
    expect(s.mean).toBeNaN();
  });
});

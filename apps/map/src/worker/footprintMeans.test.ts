import { rasterizeFootprints } from '@gisement/core';
import { describe, expect, it } from 'vitest';
import { footprintMeans } from './footprintMeans.js';

describe('footprintMeans', () => {
  it('averages each footprint’s valid cells and gives NaN to a footprint without one', () => {
    // Footprint 1: cells 0 and 1 (1 and 3 → 2); cell 2 belongs to none; footprint 2: only a
    // nodata cell; footprint 3: no cell at all.
    const means = footprintMeans(Float32Array.of(1, 3, 5, Number.NaN), Int32Array.of(1, 1, 0, 2), 3);
    expect(Array.from(means)).toEqual([2, Number.NaN, Number.NaN]);
  });

  it('averages the cells rasterizeFootprints gives a footprint', () => {
    // 4×2 grid of 1 m cells, origin (0, 2); values = column index. The square x ∈ [1, 3],
    // y ∈ [0, 2] holds the centres of columns 1 and 2 in both rows: mean (1 + 2) / 2 = 1.5.
    const width = 4;
    const height = 2;
    const values = Float32Array.from({ length: width * height }, (_, k) => k % width);
    const ids = new Int32Array(width * height);
    const square = Float64Array.of(1, 0, 3, 0, 3, 2, 1, 2, 1, 0);
    rasterizeFootprints(
      [[square]],
      { originX: 0, originY: 2, cellSizeX: 1, cellSizeY: 1, epsg: null },
      width,
      height,
      ids,
    );
    expect(Array.from(footprintMeans(values, ids, 1))).toEqual([1.5]);
  });

  it('refuses rasters of different lengths', () => {
    expect(() => footprintMeans(new Float32Array(3), new Int32Array(4), 1)).toThrow(
      'values and ids must have the same length, got 3 and 4',
    );
  });
});

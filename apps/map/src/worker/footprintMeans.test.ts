import { rasterizeFootprints } from '@gisement/core';
import { describe, expect, it } from 'vitest';
import { footprintAreasM2, footprintMeans, footprintMonthlyMeans } from './footprintMeans.js';

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

describe('footprintMonthlyMeans', () => {
  it('averages each month over each footprint, building-major', () => {
    // 2 cells, both in footprint 1; month m of cell k (at 2·m + k) = m + 10·k → mean m + 5.
    const monthly = Float32Array.from({ length: 24 }, (_, j) => Math.floor(j / 2) + 10 * (j % 2));
    const means = footprintMonthlyMeans(monthly, Int32Array.of(1, 1), 2);
    expect(Array.from(means.subarray(0, 12))).toEqual(Array.from({ length: 12 }, (_, m) => m + 5));
    expect(Array.from(means.subarray(12)).every(Number.isNaN)).toBe(true);
    expect(() => footprintMonthlyMeans(new Float32Array(12), Int32Array.of(1, 1), 1)).toThrow(/12 × 2 cells, got 12/);
  });
});

describe('footprintAreasM2', () => {
  it('counts every cell centre in the footprint, inside the grid or not', () => {
    const coverage = {
      cellsInside: Int32Array.of(8, 0),
      cellsOutsideGrid: Int32Array.of(2, 0),
      cellsOverlapped: Int32Array.of(1, 0),
    };
    expect(Array.from(footprintAreasM2(coverage, 0.25))).toEqual([2.75, 0]);
  });
});

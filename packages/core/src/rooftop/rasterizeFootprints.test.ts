import { describe, expect, it } from 'vitest';
import { rasterizeFootprints } from './rasterizeFootprints.js';

/** 10 × 10 cells of 1 m, north-west corner (0, 10). */
const geo = { originX: 0, originY: 10, cellSizeX: 1, cellSizeY: 1, epsg: null };

const ring = (points: number[][]) => new Float64Array(points.flat());
const rect = (x0: number, y0: number, x1: number, y1: number) =>
  ring([
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ]);

function sum(values: Float32Array): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

describe('rasterizeFootprints', () => {
  it('takes cells whose centre is inside, even–odd over outer ring and hole', () => {
    const out = new Int32Array(100);
    const coverage = rasterizeFootprints([[rect(1, 1, 9, 9), rect(3, 3, 7, 7)]], geo, 10, 10, out);
    expect(coverage.cellsInside[0]).toBe(64 - 16);
    expect(out[5 * 10 + 5]).toBe(0); // in the hole
    expect(out[1 * 10 + 1]).toBe(1); // cell (1, 1): centre (1.5, 8.5)
  });

  it('counts cells outside the grid and cells already taken', () => {
    const out = new Int32Array(100);
    const coverage = rasterizeFootprints(
      [rect(-2, 0, 2, 2), rect(1, 0, 3, 2)].map((r) => [r]),
      geo,
      10,
      10,
      out,
    );
    expect([coverage.cellsInside[0], coverage.cellsOutsideGrid[0]]).toEqual([4, 4]);
    expect([coverage.cellsInside[1], coverage.cellsOverlapped[1]]).toEqual([2, 2]);
  });

  it('gives a centre on a shared edge to one footprint only (half-open rule)', () => {
    const out = new Int32Array(100);
    // Two rectangles meeting at x = 4.5, through the centres of column 4.
    const coverage = rasterizeFootprints(
      [rect(2.5, 2, 4.5, 4), rect(4.5, 2, 6.5, 4)].map((r) => [r]),
      geo,
      10,
      10,
      out,
    );
    expect(coverage.cellsInside[0] + coverage.cellsInside[1]).toBe(8);
    expect(coverage.cellsOverlapped[1]).toBe(0);
  });

  it('weights partial cells so that the weights sum to the exact area of a rotated square', () => {
    const out = new Int32Array(100);
    const weight = new Float32Array(100);
    // A square of side 4√2 rotated 45° (area 32 m²) centred on (5.1, 4.9), off the cell lattice.
    const r = ring([
      [5.1, 0.9],
      [9.1, 4.9],
      [5.1, 8.9],
      [1.1, 4.9],
      [5.1, 0.9],
    ]);
    const coverage = rasterizeFootprints([[r]], geo, 10, 10, out, weight);
    expect(coverage.cellsInside[0]).not.toBe(32); // centre sampling alone is off
    expect(sum(weight)).toBeCloseTo(32, 4);
  });

  it('weights subtract a hole and sum to the covered area for a footprint cut by the grid edge', () => {
    const out = new Int32Array(100);
    const weight = new Float32Array(100);
    rasterizeFootprints(
      [[rect(0.3, 0.3, 6.3, 6.3), rect(2.2, 2.2, 3.7, 3.7)], [rect(7.4, -3, 9.6, 2.6)]],
      geo,
      10,
      10,
      out,
      weight,
    );
    let first = 0;
    let second = 0;
    for (let k = 0; k < 100; k++) {
      if (out[k] === 1) first += weight[k];
      if (out[k] === 2) second += weight[k];
    }
    expect(first).toBeCloseTo(36 - 2.25, 4);
    expect(second).toBeCloseTo(2.2 * 2.6, 4); // the part with y ≥ 0, inside the grid
  });
});

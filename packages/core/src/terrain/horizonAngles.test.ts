import { describe, expect, it } from 'vitest';
import type { Grid } from '../raster/grid.js';
import { DEG_PER_RAD } from '../units/angles.js';
import { horizonAngles, NO_HORIZON_DEG } from './horizonAngles.js';

function fast(dsm: Grid, x: number, y: number, directions: number, maxDistanceM: number) {
  const out = new Float32Array(directions * dsm.width * dsm.height);
  horizonAngles(dsm, { cellSizeXM: x, cellSizeYM: y }, { directions, maxDistanceM }, out);
  return out;
}

// The fast sweep is checked sample for sample against a brute-force ray march in
// test/horizon-reference.test.ts (random terrain and the synthetic scene).
describe('horizonAngles on analytic scenes', () => {
  it('sees a wall at distance D and height H at atan(H/D) in the cardinal direction', () => {
    // 21×21 flat grid on 1 m cells, a 10 m wall along row 2; the cell at row 12 is 10 m south
    // of it: horizon north = atan(10/10) = 45°, and 0° towards the other cardinal directions
    // (flat ground within reach), −90° where the ray leaves the grid at once.
    const width = 21;
    const data = new Float32Array(width * width);
    for (let col = 0; col < width; col++) data[2 * width + col] = 10;
    const out = fast({ data, width, height: width }, 1, 1, 4, 100);
    const cells = width * width;
    const k = 12 * width + 10;
    expect(out[k]).toBeCloseTo(45, 5);
    expect(out[cells + k]).toBe(0);
    expect(out[2 * cells + k]).toBe(0);
    expect(out[3 * cells + k]).toBe(0);
    expect(out[10]).toBe(NO_HORIZON_DEG); // north edge, looking north
  });

  it('gives a tilted plane its own horizon −atan(tan β·cos(φ − aspect)) along the axes and diagonals', () => {
    // Plane falling to the east (aspect 90°) at β = 20°: in direction φ the ground rises at
    // −tan β·cos(φ − 90°). On cardinal and 45° rays of square cells every sample is on the ray.
    const width = 30;
    const tanBeta = Math.tan((20 * Math.PI) / 180);
    const data = new Float32Array(width * width);
    for (let k = 0; k < data.length; k++) data[k] = -tanBeta * (k % width);
    const out = fast({ data, width, height: width }, 1, 1, 8, 8);
    const k = 15 * width + 15;
    for (let d = 0; d < 8; d++) {
      const phi = d * 45;
      const expected = Math.atan(-tanBeta * Math.cos(((phi - 90) * Math.PI) / 180)) * DEG_PER_RAD;
      expect(out[d * width * width + k]).toBeCloseTo(expected, 4);
    }
  });

  it('writes NaN on nodata cells', () => {
    const data = new Float32Array(16);
    data[5] = Number.NaN;
    const out = fast({ data, width: 4, height: 4 }, 1, 1, 4, 10);
    for (let d = 0; d < 4; d++) expect(out[d * 16 + 5]).toBeNaN();
  });

  it('reports progress once per azimuth, ending at 1', () => {
    const fractions: number[] = [];
    const dsm = { data: new Float32Array(16), width: 4, height: 4 };
    const options = { directions: 8, maxDistanceM: 10, onProgress: (f: number) => fractions.push(f) };
    horizonAngles(dsm, { cellSizeXM: 1, cellSizeYM: 1 }, options, new Float32Array(8 * 16));
    expect(fractions).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => i / 8));
  });

  it('rejects a wrong output length and a non-positive reach', () => {
    const dsm = { data: new Float32Array(16), width: 4, height: 4 };
    const spacing = { cellSizeXM: 1, cellSizeYM: 1 };
    expect(() => horizonAngles(dsm, spacing, { maxDistanceM: 10 }, new Float32Array(16))).toThrow(/576/);
    expect(() => horizonAngles(dsm, spacing, { maxDistanceM: 0, directions: 1 }, new Float32Array(16))).toThrow(
      /maxDistanceM/,
    );
  });
});

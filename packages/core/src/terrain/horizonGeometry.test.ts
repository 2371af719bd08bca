import { describe, expect, it } from 'vitest';
import { lineOffset, rayGeometry } from './horizonGeometry.js';

// Hand values: a ray of azimuth φ moves sin φ/Δx columns and −cos φ/Δy rows per metre.
describe('rayGeometry', () => {
  it('walks rows northwards for azimuth 0°', () => {
    expect(rayGeometry(0, 0.5, 0.5)).toEqual({ majorIsCol: false, majorStep: -1, minorPerStep: 0, stepM: 0.5 });
  });
  it('walks columns eastwards for azimuth 90° (cos 90° rounding snapped to 0)', () => {
    expect(rayGeometry(90, 2, 0.5)).toEqual({ majorIsCol: true, majorStep: 1, minorPerStep: 0, stepM: 2 });
  });
  it('takes the faster axis: 30° on 1 m cells is row-major, tan 30° columns per row, 1/cos 30° m', () => {
    const g = rayGeometry(30, 1, 1);
    expect(g.majorIsCol).toBe(false);
    expect(g.majorStep).toBe(-1);
    expect(g.minorPerStep).toBeCloseTo(Math.tan(Math.PI / 6), 12);
    expect(g.stepM).toBeCloseTo(1 / Math.cos(Math.PI / 6), 12);
  });
  it('walks exact diagonals at 135° on square cells (t snapped to 1, step √2 m)', () => {
    const g = rayGeometry(135, 1, 1);
    expect(g.majorIsCol).toBe(true);
    expect(g.majorStep).toBe(1);
    expect(g.minorPerStep).toBe(1);
    expect(g.stepM).toBeCloseTo(Math.SQRT2, 12);
  });
});

describe('lineOffset', () => {
  it('rounds u·t half up', () => {
    // t = 0.5: u = 0…4 → 0, 0.5, 1, 1.5, 2 → 0, 1, 1, 2, 2
    expect([0, 1, 2, 3, 4].map((u) => lineOffset(u, 0.5))).toEqual([0, 1, 1, 2, 2]);
    // t = −0.5: 0, −0.5, −1, −1.5 → 0, 0, −1, −1
    expect([0, 1, 2, 3].map((u) => lineOffset(u, -0.5))).toEqual([0, 0, -1, -1]);
  });
});

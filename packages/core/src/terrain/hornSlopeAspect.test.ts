import { describe, expect, it } from 'vitest';
import type { Grid } from '../raster/grid.js';
import { DEG_PER_RAD, RAD_PER_DEG } from '../units/angles.js';
import { hornSlopeAspect } from './hornSlopeAspect.js';

/** Plane z = A·x + B·y (x east, y north, metres; cell (0,0) at x = y = 0). */
function plane(width: number, height: number, dxM: number, dyM: number, a: number, b: number): Grid {
  const data = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) data[row * width + col] = a * col * dxM - b * row * dyM;
  }
  return { data, width, height };
}

function run(dsm: Grid, cellSizeXM: number | Float64Array, cellSizeYM: number) {
  const slopeDeg = new Float32Array(dsm.width * dsm.height);
  const aspectDeg = new Float32Array(dsm.width * dsm.height);
  hornSlopeAspect(dsm, { cellSizeXM, cellSizeYM }, { slopeDeg, aspectDeg });
  return { slopeDeg, aspectDeg };
}

function circularDiffDeg(a: number, b: number): number {
  return Math.abs(((a - b + 540) % 360) - 180);
}

const CORNERS = (w: number, h: number) => [0, w - 1, (h - 1) * w, h * w - 1];

describe('hornSlopeAspect on planes', () => {
  // A plane of slope β facing α (downslope azimuth, clockwise from north) has
  // dz/dx = −tan β·sin α, dz/dy = −tan β·cos α; Horn's operator is exact on a plane, and the
  // linear extrapolation of gdaldem -compute_edges keeps it exact on the border too, except
  // at the corners (see the next test). Float32 elevations (|z| < 10 m here, ulp ≤ 1e-6 m)
  // bound the error to about 1e-4° at 0.5 m cells.
  const slopes = [5, 30, 60];
  const aspects = Array.from({ length: 36 }, (_, k) => k * 10);
  it.each(slopes)('gives the analytic slope and aspect of %d° planes facing every 10°', (beta) => {
    for (const alpha of aspects) {
      const t = Math.tan(beta * RAD_PER_DEG);
      const dsm = plane(7, 6, 0.5, 0.5, -t * Math.sin(alpha * RAD_PER_DEG), -t * Math.cos(alpha * RAD_PER_DEG));
      const { slopeDeg, aspectDeg } = run(dsm, 0.5, 0.5);
      const corners = CORNERS(7, 6);
      for (let k = 0; k < slopeDeg.length; k++) {
        if (corners.includes(k)) continue;
        expect(Math.abs(slopeDeg[k] - beta)).toBeLessThan(1e-4);
        expect(circularDiffDeg(aspectDeg[k], alpha)).toBeLessThan(1e-4);
        expect(aspectDeg[k]).toBeGreaterThanOrEqual(0);
        expect(aspectDeg[k]).toBeLessThan(360);
      }
    }
  });

  it('uses separate x and y cell sizes', () => {
    // z = 0.3·x − 0.4·y on 2 m × 0.5 m cells: |∇z| = 0.5 → slope atan(0.5) = 26.565…°;
    // downslope (−0.3, 0.4) → aspect atan2(−0.3, 0.4) + 360 = 323.130…° (x east, y north).
    const { slopeDeg, aspectDeg } = run(plane(5, 4, 2, 0.5, 0.3, -0.4), 2, 0.5);
    const k = 1 * 5 + 2;
    expect(slopeDeg[k]).toBeCloseTo(Math.atan(0.5) * DEG_PER_RAD, 4);
    expect(aspectDeg[k]).toBeCloseTo(Math.atan2(-0.3, 0.4) * DEG_PER_RAD + 360, 4);
  });

  it('halves dz/dx at the corners, as gdaldem -compute_edges does', () => {
    // z = x (A = 1, B = 0) on 1 m cells, so z(row, col) = col. Top-left corner (0,0): on the
    // first row the column index is clamped, so the west neighbours are column 0 itself:
    //   a = 2·z(0,0) − z(1,0) = 0, b = 0, c = 2·z(0,1) − z(1,1) = 1,
    //   d = z(0,0) = 0 (clamped), f = 1, g = h = z(1,0) = 0, i = z(1,1) = 1
    //   dz/dx = ((1 + 2 + 1) − (0 + 0 + 0)) / 8 = 0.5, dz/dy = ((0 + 0 + 1) − (0 + 0 + 1)) / 8 = 0
    // → slope atan(0.5) = 26.565…°, aspect 270° (falls to the west); interior cells: atan(1) = 45°.
    const { slopeDeg, aspectDeg } = run(plane(4, 3, 1, 1, 1, 0), 1, 1);
    for (const k of CORNERS(4, 3)) {
      expect(slopeDeg[k]).toBeCloseTo(Math.atan(0.5) * DEG_PER_RAD, 5);
      expect(aspectDeg[k]).toBeCloseTo(270, 4);
    }
    expect(slopeDeg[1]).toBeCloseTo(45, 5);
    expect(slopeDeg[4]).toBeCloseTo(45, 5);
  });

  it('gives slope 0 and no aspect (NaN) on flat ground', () => {
    const { slopeDeg, aspectDeg } = run(plane(4, 4, 1, 1, 0, 0), 1, 1);
    for (let k = 0; k < 16; k++) {
      expect(slopeDeg[k]).toBe(0);
      expect(aspectDeg[k]).toBeNaN();
    }
  });

  it('faces exactly north (0°, never 360°) on a plane falling to the north', () => {
    const { aspectDeg } = run(plane(4, 4, 1, 1, 0, -0.5), 1, 1);
    for (let k = 0; k < 16; k++) expect(Object.is(aspectDeg[k], 0)).toBe(true);
  });
});

describe('hornSlopeAspect nodata rule', () => {
  // z(row, col) = col on 1 m cells (4×4), with cell (0,0) nodata.
  const dsm = plane(4, 4, 1, 1, 1, 0);
  dsm.data[0] = Number.NaN;
  const { slopeDeg, aspectDeg } = run(dsm, 1, 1);

  it('gives NaN slope and aspect on a nodata cell', () => {
    expect(slopeDeg[0]).toBeNaN();
    expect(aspectDeg[0]).toBeNaN();
  });

  it('replaces a nodata neighbour with the centre value (interior cell)', () => {
    // Cell (1,1), centre 1: a = NaN → 1; b = 1, c = 2, d = 0, f = 2, g = 0, h = 1, i = 2.
    //   dz/dx = ((2 + 4 + 2) − (1 + 0 + 0)) / 8 = 7/8, dz/dy = ((1 + 2 + 2) − (0 + 2 + 2)) / 8 = 1/8
    const k = 1 * 4 + 1;
    expect(slopeDeg[k]).toBeCloseTo(Math.atan(Math.hypot(7 / 8, 1 / 8)) * DEG_PER_RAD, 5);
    expect(aspectDeg[k]).toBeCloseTo(Math.atan2(-7 / 8, -1 / 8) * DEG_PER_RAD + 360, 4);
  });

  it('replaces an extrapolation that involves nodata with the centre value (first row)', () => {
    // Cell (0,1), centre 1, first row (columns clamped, missing row extrapolated):
    //   a = 2·z(0,0) − z(1,0) = NaN → 1; b = 2·1 − 1 = 1; c = 2·2 − 2 = 2;
    //   d = z(0,0) = NaN → 1; f = 2; g = 0, h = 1, i = 2.
    //   dz/dx = ((2 + 4 + 2) − (1 + 2 + 0)) / 8 = 5/8, dz/dy = ((1 + 2 + 2) − (0 + 2 + 2)) / 8 = 1/8
    expect(slopeDeg[1]).toBeCloseTo(Math.atan(Math.hypot(5 / 8, 1 / 8)) * DEG_PER_RAD, 5);
    expect(aspectDeg[1]).toBeCloseTo(Math.atan2(-5 / 8, -1 / 8) * DEG_PER_RAD + 360, 4);
  });

  it('leaves cells without a nodata neighbour untouched', () => {
    const k = 2 * 4 + 2;
    expect(slopeDeg[k]).toBeCloseTo(45, 5);
    expect(aspectDeg[k]).toBeCloseTo(270, 4);
  });
});

describe('hornSlopeAspect on a geographic grid', () => {
  it('uses each row its own east–west cell size', () => {
    // z(row, col) = 0.25·col: dz/dx on row r is 0.25 / cellSizeXM[r] (dz/dy = 0).
    const width = 5;
    const height = 4;
    const data = new Float32Array(width * height);
    for (let k = 0; k < data.length; k++) data[k] = 0.25 * (k % width);
    const cellSizeXM = Float64Array.of(0.5, 0.4, 0.3, 0.2);
    const { slopeDeg } = run({ data, width, height }, cellSizeXM, 0.5);
    for (let row = 1; row < height - 1; row++) {
      const expected = Math.atan(0.25 / cellSizeXM[row]) * DEG_PER_RAD;
      for (let col = 0; col < width; col++) expect(slopeDeg[row * width + col]).toBeCloseTo(expected, 4);
    }
  });
});

describe('hornSlopeAspect input checks', () => {
  const out = { slopeDeg: new Float32Array(6), aspectDeg: new Float32Array(6) };
  it('rejects grids smaller than 2×2', () => {
    const dsm = { data: new Float32Array(3), width: 3, height: 1 };
    expect(() => hornSlopeAspect(dsm, { cellSizeXM: 1, cellSizeYM: 1 }, out)).toThrow(/2×2/);
  });
  it('rejects outputs of the wrong length', () => {
    const dsm = { data: new Float32Array(4), width: 2, height: 2 };
    expect(() => hornSlopeAspect(dsm, { cellSizeXM: 1, cellSizeYM: 1 }, out)).toThrow(/slopeDeg/);
  });
  it('rejects a per-row spacing of the wrong length and non-positive sizes', () => {
    const dsm = { data: new Float32Array(6), width: 3, height: 2 };
    const spacing = { cellSizeXM: Float64Array.of(1, 1, 1), cellSizeYM: 1 };
    expect(() => hornSlopeAspect(dsm, spacing, out)).toThrow(/height = 2/);
    expect(() => hornSlopeAspect(dsm, { cellSizeXM: 0, cellSizeYM: 1 }, out)).toThrow(/cellSizeXM/);
  });
});

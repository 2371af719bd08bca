import { describe, expect, it } from 'vitest';
import type { Grid } from '../raster/grid.js';
import { DEG_PER_RAD } from '../units/angles.js';
import { HORIZON_NEAR_FIELD_STEPS, horizonAngles, NO_HORIZON_DEG } from './horizonAngles.js';
import { lineOffset, rayGeometry } from './horizonGeometry.js';

/**
 * Reference ray march (tests only): for every cell and azimuth, visit every sample of the
 * definition in horizonAngles' TSDoc one by one — near field on the exact ray with linear
 * interpolation across the minor axis, far field on the cell's digital line — and keep the
 * steepest. O(J) per cell and direction, no hull.
 */
function horizonAnglesBruteForce(
  dsm: Grid,
  cellSizeXM: number,
  cellSizeYM: number,
  directions: number,
  maxDistanceM: number,
): Float32Array {
  const { data: z, width, height } = dsm;
  const out = new Float32Array(directions * width * height);
  for (let d = 0; d < directions; d++) {
    const g = rayGeometry((d * 360) / directions, cellSizeXM, cellSizeYM);
    const majorSize = g.majorIsCol ? width : height;
    const minorSize = g.majorIsCol ? height : width;
    const cellAt = (a: number, b: number) => (g.majorIsCol ? b * width + a : a * width + b);
    const majorIndex = (u: number) => (g.majorStep > 0 ? u : majorSize - 1 - u);
    const maxSteps = Math.floor(maxDistanceM / g.stepM);
    const nearSteps = Math.min(HORIZON_NEAR_FIELD_STEPS, maxSteps);
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const k0 = row * width + col;
        const z0 = z[k0];
        if (Number.isNaN(z0)) {
          out[d * width * height + k0] = Number.NaN;
          continue;
        }
        const a0 = g.majorIsCol ? col : row;
        const b0 = g.majorIsCol ? row : col;
        const u0 = g.majorStep > 0 ? a0 : majorSize - 1 - a0;
        const line = b0 - lineOffset(u0, g.minorPerStep);
        let best = Number.NEGATIVE_INFINITY;
        for (let j = 1; j <= nearSteps && u0 + j < majorSize; j++) {
          const m = b0 + j * g.minorPerStep;
          const f = Math.floor(m);
          const w = m - f;
          if (f < 0 || f >= minorSize || (w > 0 && f + 1 >= minorSize)) break;
          const a = majorIndex(u0 + j);
          const zs = w > 0 ? (1 - w) * z[cellAt(a, f)] + w * z[cellAt(a, f + 1)] : z[cellAt(a, f)];
          if (!Number.isNaN(zs)) best = Math.max(best, (zs - z0) / (j * g.stepM));
        }
        for (let j = nearSteps + 1; j <= maxSteps && u0 + j < majorSize; j++) {
          const b = line + lineOffset(u0 + j, g.minorPerStep);
          if (b < 0 || b >= minorSize) break;
          const zq = z[cellAt(majorIndex(u0 + j), b)];
          if (!Number.isNaN(zq)) best = Math.max(best, (zq - z0) / (j * g.stepM));
        }
        out[d * width * height + k0] =
          best === Number.NEGATIVE_INFINITY ? NO_HORIZON_DEG : Math.atan(best) * DEG_PER_RAD;
      }
    }
  }
  return out;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rolling ground with box "buildings", spikes and nodata holes. */
function randomTerrain(width: number, height: number, seed: number): Grid {
  const rnd = random(seed);
  const data = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      data[row * width + col] = 50 + 3 * Math.sin(row * 0.21) * Math.cos(col * 0.17) + rnd();
    }
  }
  for (let b = 0; b < 12; b++) {
    const r0 = Math.floor(rnd() * height);
    const c0 = Math.floor(rnd() * width);
    const h = 2 + 20 * rnd();
    for (let row = r0; row < Math.min(height, r0 + 4); row++) {
      for (let col = c0; col < Math.min(width, c0 + 5); col++) data[row * width + col] += h;
    }
  }
  for (let k = 0; k < 25; k++) data[Math.floor(rnd() * data.length)] = Number.NaN;
  return { data, width, height };
}

function fast(dsm: Grid, x: number, y: number, directions: number, maxDistanceM: number) {
  const out = new Float32Array(directions * dsm.width * dsm.height);
  horizonAngles(dsm, { cellSizeXM: x, cellSizeYM: y }, { directions, maxDistanceM }, out);
  return out;
}

/** Largest |a − b| over cells valid in both; counts cells valid in only one as mismatches. */
function compare(a: Float32Array, b: Float32Array) {
  let max = 0;
  let nanMismatch = 0;
  for (let k = 0; k < a.length; k++) {
    if (Number.isNaN(a[k]) !== Number.isNaN(b[k])) nanMismatch++;
    else if (!Number.isNaN(a[k])) max = Math.max(max, Math.abs(a[k] - b[k]));
  }
  return { max, nanMismatch };
}

describe('horizonAngles equals the brute-force ray march on the same samples', () => {
  // Same samples and the same float64 arithmetic for the winning sample: the hull can only
  // differ by the rounding of a tie between two samples, far below 1e-4°.
  const cases: Array<[string, number, number, number, number, number]> = [
    // name, width, height, cellSizeXM, cellSizeYM, maxDistanceM
    ['short reach (many hull blocks)', 41, 29, 0.5, 0.5, 6.3],
    ['medium reach', 41, 29, 0.5, 0.5, 11],
    ['unlimited reach', 41, 29, 0.5, 0.5, 1000],
    ['rectangular cells', 33, 37, 1, 0.5, 9],
  ];
  it.each(cases)('on random terrain: %s', (_name, width, height, x, y, maxDistanceM) => {
    const dsm = randomTerrain(width, height, width * 7 + height);
    const result = compare(fast(dsm, x, y, 36, maxDistanceM), horizonAnglesBruteForce(dsm, x, y, 36, maxDistanceM));
    expect(result.nanMismatch).toBe(0);
    expect(result.max).toBeLessThan(1e-4);
  });
});

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

  it('rejects a wrong output length and a non-positive reach', () => {
    const dsm = { data: new Float32Array(16), width: 4, height: 4 };
    const spacing = { cellSizeXM: 1, cellSizeYM: 1 };
    expect(() => horizonAngles(dsm, spacing, { maxDistanceM: 10 }, new Float32Array(16))).toThrow(/576/);
    expect(() => horizonAngles(dsm, spacing, { maxDistanceM: 0, directions: 1 }, new Float32Array(16))).toThrow(
      /maxDistanceM/,
    );
  });
});

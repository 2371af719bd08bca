/**
 * The sampling tolerance of gridded heights: values from its formula, and region growing on
 * DSMs whose cells hold one sample anywhere in the cell (the model of `griddedHeightToleranceM`).
 */
import { describe, expect, it } from 'vitest';
import type { GeoGrid } from '../raster/grid.js';
import { BOUND_SPREAD, griddedHeightToleranceM, RMS_SPREAD, WALL_MIN_GRADIENT } from './samplingTolerance.js';
import { segmentRoofPlanes } from './segmentRoofPlanes.js';

/** Mulberry32: a deterministic uniform generator on [0, 1) (T. Ettinger, public domain). */
function uniform(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 1 m DSM whose cell (col, row) holds z at a uniform random point of the cell. */
function jittered(width: number, height: number, z: (x: number, y: number) => number, seed: number): GeoGrid {
  const random = uniform(seed);
  const data = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) data[row * width + col] = z(col + random(), -(row + random()));
  }
  return { data, width, height, geo: { originX: 0, originY: 0, cellSizeX: 1, cellSizeY: 1, epsg: null } };
}

const ONE_METRE = { maxPlaneDistanceM: 0.25, planarResidualM: 0.15, maxNormalAngleDeg: 15, flatPitchDeg: 5 };

describe('griddedHeightToleranceM', () => {
  it('adds the uniform sampling variance (tan β · Δ)²/12 to the tolerance, root-sum-square', () => {
    // 48° face on a 1 m grid: tan 48° / √12 = 0.3207 m; √(0.15² + 0.3207²) = 0.354 m.
    const g = Math.tan((48 * Math.PI) / 180);
    expect(griddedHeightToleranceM(0.15, g, 0, 1, 1, RMS_SPREAD)).toBeCloseTo(Math.hypot(0.15, g / Math.sqrt(12)), 12);
    expect(griddedHeightToleranceM(0.15, g, 0, 1, 1, RMS_SPREAD)).toBeCloseTo(0.354, 3);
    // Any aspect: (a, b) = g (cos 30°, sin 30°) gives the same; the bound: half-width g/2.
    const a = g * Math.cos(Math.PI / 6);
    const b = g * Math.sin(Math.PI / 6);
    expect(griddedHeightToleranceM(0.15, a, b, 1, 1, RMS_SPREAD)).toBeCloseTo(0.354, 3);
    expect(griddedHeightToleranceM(0.25, a, b, 1, 1, BOUND_SPREAD)).toBeCloseTo(Math.hypot(0.25, g / 2), 12);
    // Horizontal, no sampling term, or steeper than a roof (a wall): the tolerance itself.
    expect(griddedHeightToleranceM(0.15, 0, 0, 1, 1, RMS_SPREAD)).toBe(0.15);
    expect(griddedHeightToleranceM(0.15, g, 0, 1, 1, 0)).toBe(0.15);
    expect(griddedHeightToleranceM(0.15, WALL_MIN_GRADIENT * 1.01, 0, 1, 1, RMS_SPREAD)).toBe(0.15);
    // 72.54°: cos = 0.3 (roofer's wall bound).
    expect(Math.cos(Math.atan(WALL_MIN_GRADIENT))).toBeCloseTo(0.3, 12);
  });
});

describe('segmentRoofPlanes with samplingToleranceScale', () => {
  // A gable 30 m long, ridge at y = −5 m (a row boundary), two 48° faces five cells across —
  // a Dutch row-house roof on a 1 m grid — each cell one sample anywhere in it.
  const tan48 = Math.tan((48 * Math.PI) / 180);
  const gable = jittered(30, 10, (_, y) => 20 - tan48 * Math.abs(y + 5), 7);
  const buildingIds = new Int32Array(300).fill(1);

  it('finds steep narrow faces whose cells are sampled anywhere in the cell', () => {
    const fixed = segmentRoofPlanes({ dsm: gable, buildingIds }, ONE_METRE);
    const widened = segmentRoofPlanes({ dsm: gable, buildingIds }, { ...ONE_METRE, samplingToleranceScale: 1 });
    const obstacles = (seg: { isObstacle: Uint8Array }) => seg.isObstacle.reduce((s, v) => s + v, 0);
    // The sampling noise (σ = tan 48° / √12 = 0.32 m) exceeds planarResidualM (0.15 m): with
    // fixed tolerances most windows fail the planarity test and most of the roof is obstacles;
    // widened, the faces take nearly all of it. Measured on this seed: 243 and 35 of 300 cells.
    expect(obstacles(fixed)).toBeGreaterThan(200);
    expect(obstacles(widened)).toBeLessThan(50);
    // The faces may come in several planes (a region starts from its seed's noisy 3×3 plane and
    // can stop part-way; measured: 7 planes, 3–127 m²), each facing north or south at 48°:
    // measured azimuths within 26° of them, pitches 47.4–57.5°, area-weighted mean pitch 48.6°.
    const { planes } = widened;
    let pitchArea = 0;
    let area = 0;
    for (let p = 0; p < planes.count; p++) {
      const fromNorthOrSouth = Math.min(
        planes.azimuthDeg[p],
        Math.abs(planes.azimuthDeg[p] - 180),
        360 - planes.azimuthDeg[p],
      );
      expect(fromNorthOrSouth).toBeLessThan(30);
      expect(Math.abs(planes.pitchDeg[p] - 48)).toBeLessThan(10);
      pitchArea += planes.pitchDeg[p] * planes.groundAreaM2[p];
      area += planes.groundAreaM2[p];
    }
    expect(Math.abs(pitchArea / area - 48)).toBeLessThan(1.5);
  });

  it('keeps a noisy flat roof one horizontal plane', () => {
    // 20 × 10 m flat roof at 12 m with noise uniform in ±0.1 m (σ = 0.058 m, AHN-like): the
    // local slopes are small, so the tolerances barely widen; no tilted plane appears.
    const random = uniform(11);
    const flat = jittered(20, 10, () => 12 + 0.2 * (random() - 0.5), 3);
    const seg = segmentRoofPlanes(
      { dsm: flat, buildingIds: new Int32Array(200).fill(1) },
      { ...ONE_METRE, samplingToleranceScale: 1 },
    );
    expect([seg.planes.count, seg.planes.isFlat[0], seg.planes.pitchDeg[0]]).toEqual([1, 1, 0]);
    expect(seg.planes.groundAreaM2[0]).toBe(200);
  });
});

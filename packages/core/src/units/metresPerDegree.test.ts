import { describe, expect, it } from 'vitest';
import { metresPerDegree, WGS84_FLATTENING, WGS84_SEMI_MAJOR_AXIS_M } from './metresPerDegree.js';

// Lengths of one degree on the WGS84 ellipsoid, published in km to 3 decimals (i.e. to the
// metre): Wikipedia, "Longitude", section "Length of a degree of longitude", table for WGS84
// (a = 6 378 137.0 m, b = 6 356 752.3142 m), columns Δ¹lat and Δ¹long.
const TABLE: ReadonlyArray<[latDeg: number, latKm: number, lonKm: number]> = [
  [0, 110.574, 111.32],
  [15, 110.649, 107.551],
  [30, 110.852, 96.486],
  [45, 111.132, 78.847],
  [60, 111.412, 55.8],
  [75, 111.618, 28.902],
  [90, 111.694, 0],
];

describe('metresPerDegree', () => {
  it.each(TABLE)('reproduces the published WGS84 degree lengths at %d°', (latDeg, latKm, lonKm) => {
    const { xM, yM } = metresPerDegree(latDeg);
    // Published to the metre. 1 m, not 0.5 m: the table's 0° longitude entry, 111.320 km, is
    // a·π/180 = 111 319.49 m (checked exactly below) rounded up.
    expect(Math.abs(yM - latKm * 1000)).toBeLessThanOrEqual(1);
    expect(Math.abs(xM - lonKm * 1000)).toBeLessThanOrEqual(1);
  });

  it('meets the closed forms at the equator (N = a) and at the pole (M = a²/b)', () => {
    // Closed forms of M = a(1−e²)/w^{3/2}, N = a/√w (Torge & Müller, "Geodesy", 2012): at φ = 0,
    // N = a; at φ = 90°, M = N = a/√(1−e²) = a²/b.
    const a = WGS84_SEMI_MAJOR_AXIS_M;
    const b = a * (1 - WGS84_FLATTENING);
    expect(metresPerDegree(0).xM).toBeCloseTo((a * Math.PI) / 180, 6);
    expect(metresPerDegree(90).yM).toBeCloseTo(((a * a) / b) * (Math.PI / 180), 6);
  });

  it('is symmetric about the equator', () => {
    const north = metresPerDegree(43.9);
    const south = metresPerDegree(-43.9);
    expect(south.xM).toBe(north.xM);
    expect(south.yM).toBe(north.yM);
  });

  it('rejects latitudes outside [-90, 90]', () => {
    expect(() => metresPerDegree(90.5)).toThrow(RangeError);
    expect(() => metresPerDegree(Number.NaN)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { solsticePaths } from './sunPaths.js';

describe('solsticePaths', () => {
  it('culminates at 90° − latitude ± obliquity at the solstices', () => {
    // Albi (43.93° N, 2.15° E). Noon elevation = 90° − φ + δ, δ = ±23.44° at the solstices
    // (obliquity of the ecliptic 2024, Astronomical Almanac): 69.51° and 22.63°. Sampled every
    // 10 min, the highest sample is within 5 min of noon: at most ≈ 0.03° lower.
    const { june, december } = solsticePaths(43.93, 2.15);
    const highest = (points: { elevationDeg: number }[]) => Math.max(...points.map((p) => p.elevationDeg));
    expect(highest(june)).toBeGreaterThan(69.51 - 0.05);
    expect(highest(june)).toBeLessThan(69.51 + 0.02);
    expect(highest(december)).toBeGreaterThan(22.63 - 0.05);
    expect(highest(december)).toBeLessThan(22.63 + 0.02);
    // The June sun rises north of east and sets north of west; the December one south of both.
    expect(june[0].azimuthDeg).toBeLessThan(90);
    expect(june.at(-1)?.azimuthDeg).toBeGreaterThan(270);
    expect(december[0].azimuthDeg).toBeGreaterThan(90);
    expect(december.at(-1)?.azimuthDeg).toBeLessThan(270);
    expect(june.every((p) => p.elevationDeg > 0)).toBe(true);
  });
});

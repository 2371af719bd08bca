import { describe, expect, it } from 'vitest';
import { defaultMaxDistanceM } from './solarSite.js';

describe('defaultMaxDistanceM', () => {
  it('is the relief over tan 2°, within [10 cells, diagonal]', () => {
    // 23 m of relief (Montpellier mosaic: 20.25–43.23 m, gdalinfo -stats) → 22.98/tan 2° = 658.1 m.
    expect(defaultMaxDistanceM(22.98, 1000, 1000, 0.5)).toBeCloseTo(22.98 / Math.tan((2 * Math.PI) / 180), 9);
    expect(defaultMaxDistanceM(22.98, 150, 100, 0.5)).toBeCloseTo(Math.hypot(150, 100), 9);
    expect(defaultMaxDistanceM(0, 150, 100, 0.5)).toBe(5);
  });
});

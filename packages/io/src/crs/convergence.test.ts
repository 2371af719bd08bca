/**
 * Meridian convergence. Expected values:
 *  [IGN] Lambert-93 is a Lambert conformal conic whose cone constant is n = 0.7256077650
 *        (IGN, "Projection cartographique conique conforme de Lambert", NT/G 71, and the IGN
 *        Lambert-93 parameter sheet: n = 0.725607765053267, C = 11754255.426 m,
 *        Xs = 700000 m, Ys = 12655612.050 m). On a conformal conic the convergence is exactly
 *        γ = n·(λ − λ0), λ0 = 3° (Snyder 1987, USGS PP 1395, eq. 14-4: θ = n(λ − λ0)).
 *  [DEF] a central meridian (Lambert-93 3° E, UTM 31N 3° E) has γ = 0 by symmetry.
 */
import { gridConvergenceDeg, toWgs84 } from '@gisement/io';
import { describe, expect, it } from 'vitest';

const N_LAMBERT93 = 0.725607765053267;

describe('gridConvergenceDeg', () => {
  it('equals n·(λ − 3°) on Lambert-93 [IGN]', () => {
    for (const [x, y] of [
      [770575, 6277550], // Montpellier mosaic centre
      [631000, 6311000], // synthetic scene, Albi (west of 3° E: negative)
      [1050000, 6800000], // Alsace
      [350000, 6700000], // Brittany
    ] as const) {
      const [lon] = toWgs84(2154, x, y);
      expect(gridConvergenceDeg(2154, x, y)).toBeCloseTo(N_LAMBERT93 * (lon - 3), 8);
    }
  });

  it('is 0 on the central meridian and on a geographic grid [DEF]', () => {
    expect(gridConvergenceDeg(2154, 700000, 6500000)).toBeCloseTo(0, 10);
    expect(gridConvergenceDeg(32631, 500000, 4830000)).toBeCloseTo(0, 10);
    expect(gridConvergenceDeg(4326, 3.87, 43.59)).toBeCloseTo(0, 10);
  });

  it('has the sign of λ − λ0 on UTM (grid north east of true north east of the meridian)', () => {
    // UTM 31N, 60 km east of the central meridian at 43.6° N: γ ≈ (λ − 3°)·sin φ (Snyder 1987
    // eq. 8-13, first term), λ − 3° ≈ 0.744°, sin φ ≈ 0.690 → ≈ 0.513°.
    const [lon, lat] = toWgs84(32631, 560000, 4830000);
    const approx = (lon - 3) * Math.sin((lat * Math.PI) / 180);
    expect(gridConvergenceDeg(32631, 560000, 4830000)).toBeCloseTo(approx, 3);
  });
});

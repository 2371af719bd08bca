import { describe, expect, it } from 'vitest';
import { metresPerDegree } from '../units/metresPerDegree.js';
import { geographicCellSpacing } from './cellSpacing.js';

describe('geographicCellSpacing', () => {
  // 4 rows of 0.25° from 46° N down to 45° N, 0.5° wide cells: row centres at
  // 45.875, 45.625, 45.375, 45.125° N; grid centre 45.5° N.
  const geo = { originX: 2, originY: 46, cellSizeX: 0.5, cellSizeY: 0.25, epsg: 4326 };
  const spacing = geographicCellSpacing(geo, 4);

  it('gives each row the east–west size at its centre latitude', () => {
    const x = spacing.cellSizeXM as Float64Array;
    expect(x).toHaveLength(4);
    [45.875, 45.625, 45.375, 45.125].forEach((latDeg, row) => {
      expect(x[row]).toBeCloseTo(0.5 * metresPerDegree(latDeg).xM, 6);
    });
    // rows further north are narrower
    expect(x[0]).toBeLessThan(x[3]);
  });

  it('gives the north–south size at the grid centre latitude', () => {
    expect(spacing.cellSizeYM).toBeCloseTo(0.25 * metresPerDegree(45.5).yM, 6);
  });

  it('is about 78.8 km per degree of longitude at 45° (Wikipedia "Longitude", WGS84 table)', () => {
    // Row centred on 45° N, 1e-5° cells: 78.847 km/° × 1e-5 = 0.78847 m (published to 1 m/°).
    const s = geographicCellSpacing({ ...geo, originY: 45.000005, cellSizeX: 1e-5, cellSizeY: 1e-5 }, 1);
    expect(Math.abs((s.cellSizeXM as Float64Array)[0] - 0.78847)).toBeLessThan(1e-5);
  });

  it('rejects grids beyond the poles and non-positive cell sizes', () => {
    expect(() => geographicCellSpacing({ ...geo, originY: 90.5 }, 4)).toThrow(/latitudes/);
    expect(() => geographicCellSpacing({ ...geo, cellSizeY: 0 }, 4)).toThrow(/cell sizes/);
  });
});

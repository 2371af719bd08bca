import { describe, expect, it } from 'vitest';
import { pointHorizon } from './pointHorizon.js';

/** A 3×2 grid of 1 m cells at origin (100, 200), 4 directions, horizon of cell k in direction i = 10·i + k. */
function terrain(gridConvergenceDeg: number) {
  const width = 3;
  const height = 2;
  const degrees = Float32Array.from({ length: 4 * width * height }, (_, j) => 10 * Math.floor(j / 6) + (j % 6));
  degrees[3 * 6 + 5] = Number.NaN;
  return {
    horizons: { degrees, directions: 4, gridConvergenceDeg },
    source: {
      width,
      height,
      epsg: 2154,
      cellSizeX: 1,
      geo: { originX: 100, originY: 200, cellSizeX: 1, cellSizeY: 1, epsg: 2154 },
    },
  };
}
const identity = (x: number, y: number) => [x, y] as const;

describe('pointHorizon', () => {
  it('reads the horizons of the cell under the point and turns grid azimuths to true north', () => {
    // (101.5, 198.2): column 1, row 1 → cell 4.
    const h = pointHorizon(terrain(-0.6), 101.5, 198.2, identity);
    expect(Array.from(h?.elevationsDeg ?? [])).toEqual([4, 14, 24, 34]);
    expect(Array.from(h?.azimuthsDeg ?? [])).toEqual([359.4, 89.4, 179.4, 269.4].map((a) => expect.closeTo(a, 9)));
  });

  it('gives null off the grid or on a nodata cell', () => {
    expect(pointHorizon(terrain(0), 99.9, 199, identity)).toBeNull();
    expect(pointHorizon(terrain(0), 101, 197.9, identity)).toBeNull();
    expect(pointHorizon(terrain(0), 102.5, 198.5, identity)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { BAND_MEMORY_BUDGET_BYTES, defaultTileRows } from './tileRows.js';

describe('defaultTileRows', () => {
  it('gives one band per worker when it fits', () => {
    // 2000×2000, 36 directions, 1318 halo rows (658 m at 0.5 m), 2 workers: each band reads all
    // 2000 rows (12 B/cell: 48 MB) and keeps 1000 core rows (220 B/cell: 440 MB) < 600 MB.
    expect(defaultTileRows({ width: 2000, height: 2000, directions: 36, haloRows: 1318, workers: 2 })).toBe(1000);
    expect(defaultTileRows({ width: 300, height: 200, directions: 36, haloRows: 362, workers: 0 })).toBe(200);
  });

  it('halves the bands until a worker holds less than its share of the budget', () => {
    // 8000 wide, 4000 rows, 2 workers: 2000-row bands would take 8000·(2000+20)·12 +
    // 8000·2000·220 B = 3.7 GB; 250-row bands 0.47 GB ≤ 0.6 GB.
    const tileRows = defaultTileRows({ width: 8000, height: 4000, directions: 36, haloRows: 10, workers: 2 });
    expect(tileRows).toBe(250);
    expect(8000 * ((250 + 20) * 12 + 250 * 220)).toBeLessThanOrEqual(BAND_MEMORY_BUDGET_BYTES / 2);
  });

  it('refuses a halo that alone exceeds the budget', () => {
    expect(() =>
      defaultTileRows({ width: 100_000, height: 100_000, directions: 36, haloRows: 600, workers: 2 }),
    ).toThrow(
      /a band with its halo of 600 rows needs .* GB, more than 0\.6 GB per worker: lower --max-distance-m or --workers/,
    );
  });
});

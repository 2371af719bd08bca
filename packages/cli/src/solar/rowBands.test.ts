import { describe, expect, it } from 'vitest';
import { planRowBands } from './rowBands.js';

describe('planRowBands', () => {
  it('covers every row once by the cores and clips the halos (the TSDoc example)', () => {
    expect(planRowBands(10, 4, 1)).toEqual([
      { coreStart: 0, coreEnd: 4, haloStart: 0, haloEnd: 5 },
      { coreStart: 4, coreEnd: 8, haloStart: 3, haloEnd: 9 },
      { coreStart: 8, coreEnd: 10, haloStart: 7, haloEnd: 10 },
    ]);
  });

  it('gives one band holding the whole raster when the tile is taller than it', () => {
    expect(planRowBands(5, 64, 100)).toEqual([{ coreStart: 0, coreEnd: 5, haloStart: 0, haloEnd: 5 }]);
  });

  it('rejects sizes that are not positive integers', () => {
    expect(() => planRowBands(0, 4, 1)).toThrow(/height must be an integer ≥ 1, got 0/);
    expect(() => planRowBands(10, 2.5, 1)).toThrow(/tileRows must be an integer ≥ 1, got 2.5/);
    expect(() => planRowBands(10, 4, -1)).toThrow(/haloRows must be an integer ≥ 0, got -1/);
  });
});

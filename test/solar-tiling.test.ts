/**
 * Tiling equivalence (STYLE habit 7d, DESIGN "results must not depend on tiling"): horizons of a
 * row band cut from the DSM with a halo ≥ maxDistanceM + 1 row, anchored to the whole grid
 * (`originCell`) and asked for its core rows only (`rows`), equal the whole DSM's, bit for bit.
 */
import { horizonAngles } from '@gisement/core';
import { readGeoTiffFile } from '@gisement/io/node';
import { describe, expect, it } from 'vitest';
import { shared } from './fixtures/paths.js';
import { firstDifference } from './helpers/sameValues.js';

describe('horizonAngles on row bands (the tiles of gisement solar)', () => {
  it('gives each band the whole DSM horizons of its core rows, exactly', async () => {
    const dsm = await readGeoTiffFile(shared('data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif'));
    const { width, height, data } = dsm;
    const spacing = { cellSizeXM: 0.5, cellSizeYM: 0.5 };
    const directions = 36;
    const maxDistanceM = 15; // 30 rows: bands whose halo stops inside the grid
    const whole = new Float32Array(directions * width * height);
    horizonAngles(dsm, spacing, { directions, maxDistanceM }, whole);
    const halo = Math.ceil(maxDistanceM / spacing.cellSizeYM) + 1;
    for (const [coreStart, coreEnd] of [
      [0, 37],
      [37, 101],
      [101, 150],
      [150, 200],
    ] as const) {
      const haloStart = Math.max(0, coreStart - halo);
      const haloEnd = Math.min(height, coreEnd + halo);
      const band = { data: data.slice(haloStart * width, haloEnd * width), width, height: haloEnd - haloStart };
      const coreCells = (coreEnd - coreStart) * width;
      const out = new Float32Array(directions * coreCells);
      horizonAngles(
        band,
        spacing,
        {
          directions,
          maxDistanceM,
          originCell: { col: 0, row: haloStart },
          rows: { start: coreStart - haloStart, end: coreEnd - haloStart },
        },
        out,
      );
      for (let d = 0; d < directions; d++) {
        const expected = whole.subarray(d * width * height + coreStart * width, d * width * height + coreEnd * width);
        expect(firstDifference(out.subarray(d * coreCells, (d + 1) * coreCells), expected)).toBe(-1);
      }
    }
  });

  it('rejects a row range outside the grid', () => {
    const grid = { data: new Float32Array(16), width: 4, height: 4 };
    expect(() =>
      horizonAngles(
        grid,
        { cellSizeXM: 1, cellSizeYM: 1 },
        { maxDistanceM: 3, rows: { start: 2, end: 5 } },
        new Float32Array(36 * 12),
      ),
    ).toThrow(/rows must be integers with 0 ≤ start ≤ end ≤ 4, got 2…5/);
  });
});

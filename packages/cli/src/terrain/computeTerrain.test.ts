/**
 * Terrain by row bands equals terrain of the whole raster, bit for bit (DESIGN.md: results must
 * not depend on tiling): in the calling thread for several band heights, and through the built
 * CLI's worker threads. Data: the IGN LiDAR HD Montpellier DSM mosaic (real roofs, trees and
 * nodata cells) mirrored to a larger square, with its metric spacing and with a per-row
 * geographic spacing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CellSpacing, type Grid, geographicCellSpacing, hillshade, hornSlopeAspect } from '@gisement/core';
import type { RasterRead } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMirroredDsm } from '../bench/mirroredDsm.js';
import { planRowBands } from '../solar/rowBands.js';
import { computeTerrain, MIN_CELLS_FOR_WORKERS } from './computeTerrain.js';
import { allocateTerrainRasters, computeTerrainBand, TERRAIN_HALO_ROWS, type TerrainRasters } from './terrainBand.js';

const MOSAIC = fileURLToPath(
  new URL('../../../../../shared/data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif', import.meta.url),
);
/** The built CLI: worker scripts exist only in dist (`pnpm build`, which `npm test` runs first). */
const BUILT_CLI = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gisement-terrain-bands-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The three rasters straight from the core functions on the whole grid. */
function reference(dsm: Grid, spacing: CellSpacing): TerrainRasters {
  const out = allocateTerrainRasters(dsm.width * dsm.height, false);
  hornSlopeAspect(dsm, spacing, out);
  hillshade(dsm, spacing, out.hillshade);
  return out;
}

/** Index of the first cell where two rasters differ (NaN equals NaN), or -1. */
function firstDifference(a: Float32Array, b: Float32Array): number {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return a.length === b.length ? -1 : a.length;
}

function expectSame(ours: TerrainRasters, expected: TerrainRasters): void {
  expect(firstDifference(ours.slopeDeg, expected.slopeDeg)).toBe(-1);
  expect(firstDifference(ours.aspectDeg, expected.aspectDeg)).toBe(-1);
  expect(firstDifference(ours.hillshade, expected.hillshade)).toBe(-1);
}

/**
 * The mosaic mirrored to `size` × `size` cells (the benchmarks' fixture), read back; with
 * metric spacing, and the same heights on a lon/lat grid near Montpellier (x spacing differs
 * on every row).
 */
async function cases(size: number): Promise<[string, RasterRead, CellSpacing][]> {
  const path = join(dir, `dsm${size}.tif`);
  await writeMirroredDsm(MOSAIC, size, path);
  const dsm = await readGeoTiffFile(path);
  expect(dsm.data.some(Number.isNaN)).toBe(true);
  const geographic = geographicCellSpacing(
    { originX: 3.87, originY: 43.6, cellSizeX: 6e-6, cellSizeY: 4.5e-6, epsg: 4326 },
    size,
  );
  return [
    ['metric spacing', dsm, { cellSizeXM: 0.5, cellSizeYM: 0.5 }],
    ['per-row geographic spacing', dsm, geographic],
  ];
}

describe('terrain by row bands', () => {
  it('equals the whole-raster result for bands of 1, 7 and 256 rows, in this thread', async () => {
    for (const [, dsm, spacing] of await cases(600)) {
      const expected = reference(dsm, spacing);
      expectSame(await computeTerrain(dsm, spacing, null), expected);
      for (const rows of [1, 7, 256]) {
        const bands = planRowBands(dsm.height, rows, TERRAIN_HALO_ROWS);
        const out = allocateTerrainRasters(dsm.width * dsm.height, false);
        const scratch = allocateTerrainRasters((rows + 2 * TERRAIN_HALO_ROWS) * dsm.width, false);
        for (const band of bands) computeTerrainBand({ dsm, spacing, out }, band, scratch);
        expectSame(out, expected);
      }
    }
  });

  it('gisement terrain on worker threads writes the whole-raster result (built CLI, 1024 × 1024 cells)', async () => {
    expect(existsSync(BUILT_CLI), 'build the CLI first (pnpm build)').toBe(true);
    const size = Math.sqrt(MIN_CELLS_FOR_WORKERS);
    const [[, dsm, spacing]] = (await cases(size)) as [[string, RasterRead, CellSpacing]];
    const out = join(dir, 'workers');
    const run = spawnSync(process.execPath, [BUILT_CLI, 'terrain', join(dir, `dsm${size}.tif`), '--out', out], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/computed slope, aspect and hillshade on \d+ threads/);
    const written = async (name: string) => (await readGeoTiffFile(join(out, name))).data;
    expectSame(
      {
        slopeDeg: await written('slope.tif'),
        aspectDeg: await written('aspect.tif'),
        hillshade: await written('hillshade.tif'),
      },
      reference(dsm, spacing),
    );
  });

  it('refuses a band with context rows but no scratch rasters', async () => {
    const [[, dsm, spacing]] = (await cases(600)) as [[string, RasterRead, CellSpacing]];
    const out = allocateTerrainRasters(dsm.width * dsm.height, false);
    const [first] = planRowBands(dsm.height, 10, TERRAIN_HALO_ROWS);
    expect(() => computeTerrainBand({ dsm, spacing, out }, first as never, null)).toThrow(
      'computeTerrainBand: a band with context rows needs scratch rasters',
    );
  });
});

/**
 * Slope, aspect and hillshade of @gisement/core against the reference tools, on every cell of
 * real LiDAR DSMs and of the synthetic scene with analytic truth.
 *
 * References (see ../shared/reference/README.md and ../shared/peers/README.md):
 * - `horn64_*.tif`: exact Horn in float64 with gdaldem's -compute_edges and nodata rules
 *   (`peers/horn64.py`): slope within 0.001°, aspect within 0.001° where slope > 1°, same
 *   nodata and flat cells.
 * - `gdal/gdal_*.tif`: `gdaldem slope|aspect -alg Horn -compute_edges` (GDAL 3.6.2), which
 *   accumulates in float32: slope within 0.01°, aspect within 0.01° where slope > 5°.
 * - `synthetic/synth_dsm_truth_*.tif`: analytic roof planes; on `synth_dsm_interior.tif` = 1
 *   cells Horn is exact up to float32 elevations: within 0.002°.
 * - hillshade: `gdaldem hillshade -compute_edges` run here when GDAL is installed (required in
 *   CI); it writes bytes rounded half up, with an approximate 1/√ (relative error < 1e-6):
 *   our unrounded value is within 0.5 + 1e-3 of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hillshade, hornSlopeAspect } from '@gisement/core';
import { readGeoTiffFile } from '@gisement/io/node';
import { afterAll, describe, expect, it } from 'vitest';
import { RUN_GDAL_TESTS } from './fixtures/gdal.js';

const shared = (path: string) => fileURLToPath(new URL(`../../shared/${path}`, import.meta.url));

const DATASETS = [
  { name: 'montpellier', dsm: 'data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif' },
  { name: 'rotterdam', dsm: 'data/rotterdam-ahn-3dbag/dsm_rotterdam.tif' },
] as const;

/** Smallest angle between two directions [°]. */
function circularDiffDeg(a: number, b: number): number {
  return Math.abs(((a - b + 540) % 360) - 180);
}

async function slopeAspectOf(path: string) {
  const dsm = await readGeoTiffFile(path);
  const n = dsm.width * dsm.height;
  const out = { slopeDeg: new Float32Array(n), aspectDeg: new Float32Array(n) };
  hornSlopeAspect(dsm, { cellSizeXM: dsm.geo.cellSizeX, cellSizeYM: dsm.geo.cellSizeY }, out);
  return { dsm, ...out };
}

/** Cells whose nodata status differs between two rasters. */
function nodataMismatches(a: Float32Array, b: Float32Array): number {
  let count = 0;
  for (let k = 0; k < a.length; k++) if (Number.isNaN(a[k]) !== Number.isNaN(b[k])) count++;
  return count;
}

/** Largest |a − b| over the cells where both are valid and `where(k)` holds, and their count. */
function maxDiff(
  a: Float32Array,
  b: Float32Array,
  diff: (x: number, y: number) => number,
  where: (k: number) => boolean = () => true,
): { max: number; cells: number } {
  let max = 0;
  let cells = 0;
  for (let k = 0; k < a.length; k++) {
    if (Number.isNaN(a[k]) || Number.isNaN(b[k]) || !where(k)) continue;
    max = Math.max(max, diff(a[k], b[k]));
    cells++;
  }
  return { max, cells };
}

const absDiff = (x: number, y: number) => Math.abs(x - y);

describe.each(DATASETS)('hornSlopeAspect on $name', ({ name, dsm: dsmPath }) => {
  it('matches exact float64 Horn (horn64.py) to 0.001° with the same nodata and flat cells', async () => {
    const { dsm, slopeDeg, aspectDeg } = await slopeAspectOf(shared(dsmPath));
    const refSlope = (await readGeoTiffFile(shared(`reference/${name}/horn64_slope.tif`))).data;
    const refAspect = (await readGeoTiffFile(shared(`reference/${name}/horn64_aspect.tif`))).data;
    expect(nodataMismatches(slopeDeg, refSlope)).toBe(0);
    expect(nodataMismatches(aspectDeg, refAspect)).toBe(0);
    const slope = maxDiff(slopeDeg, refSlope, absDiff);
    const aspect = maxDiff(aspectDeg, refAspect, circularDiffDeg, (k) => refSlope[k] > 1);
    expect(slope.cells).toBeGreaterThan(dsm.data.length / 2);
    expect(aspect.cells).toBeGreaterThan(0);
    expect(slope.max).toBeLessThanOrEqual(0.001);
    expect(aspect.max).toBeLessThanOrEqual(0.001);
  });

  it('matches gdaldem slope/aspect -compute_edges to 0.01° (aspect where slope > 5°)', async () => {
    const { slopeDeg, aspectDeg } = await slopeAspectOf(shared(dsmPath));
    const gdalSlope = (await readGeoTiffFile(shared(`reference/${name}/gdal/gdal_slope.tif`))).data;
    const gdalAspect = (await readGeoTiffFile(shared(`reference/${name}/gdal/gdal_aspect.tif`))).data;
    expect(nodataMismatches(slopeDeg, gdalSlope)).toBe(0);
    const slope = maxDiff(slopeDeg, gdalSlope, absDiff);
    const aspect = maxDiff(aspectDeg, gdalAspect, circularDiffDeg, (k) => slopeDeg[k] > 5);
    expect(aspect.cells).toBeGreaterThan(0);
    expect(slope.max).toBeLessThanOrEqual(0.01);
    expect(aspect.max).toBeLessThanOrEqual(0.01);
  });
});

describe('hornSlopeAspect on the synthetic scene', () => {
  it('reproduces the analytic roof planes to 0.002° where the 3×3 window is on one plane', async () => {
    const dir = 'reference/synthetic';
    const { slopeDeg, aspectDeg } = await slopeAspectOf(shared(`${dir}/synth_dsm.tif`));
    const interior = (await readGeoTiffFile(shared(`${dir}/synth_dsm_interior.tif`))).data;
    const truthSlope = (await readGeoTiffFile(shared(`${dir}/synth_dsm_truth_slope.tif`))).data;
    const truthAspect = (await readGeoTiffFile(shared(`${dir}/synth_dsm_truth_aspect.tif`))).data;
    const inside = (k: number) => interior[k] === 1;
    let flatMismatches = 0;
    for (let k = 0; k < interior.length; k++) {
      if (inside(k) && Number.isNaN(truthAspect[k]) !== Number.isNaN(aspectDeg[k])) flatMismatches++;
    }
    const slope = maxDiff(slopeDeg, truthSlope, absDiff, inside);
    const aspect = maxDiff(aspectDeg, truthAspect, circularDiffDeg, inside);
    expect(flatMismatches).toBe(0);
    expect(aspect.cells).toBeGreaterThan(1000);
    expect(slope.max).toBeLessThanOrEqual(0.002);
    expect(aspect.max).toBeLessThanOrEqual(0.002);
  });
});

describe.runIf(RUN_GDAL_TESTS)('hillshade against gdaldem hillshade -compute_edges', () => {
  const work = mkdtempSync(join(tmpdir(), 'gisement-hillshade-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    ['synthetic', 'reference/synthetic/synth_dsm.tif'],
    ['rotterdam', 'data/rotterdam-ahn-3dbag/dsm_rotterdam.tif'],
  ])('agrees with gdaldem on %s', async (name, path) => {
    const gdalPath = join(work, `${name}_hillshade.tif`);
    const run = spawnSync('gdaldem', ['hillshade', '-compute_edges', '-q', shared(path), gdalPath]);
    expect(run.status, String(run.stderr)).toBe(0);
    const dsm = await readGeoTiffFile(shared(path));
    const ours = new Float32Array(dsm.width * dsm.height);
    hillshade(dsm, { cellSizeXM: dsm.geo.cellSizeX, cellSizeYM: dsm.geo.cellSizeY }, ours);
    const gdal = (await readGeoTiffFile(gdalPath)).data;
    expect(nodataMismatches(ours, gdal)).toBe(0);
    const shade = maxDiff(ours, gdal, absDiff);
    expect(shade.cells).toBeGreaterThan(ours.length / 2);
    expect(shade.max).toBeLessThanOrEqual(0.5 + 1e-3);
  });
});

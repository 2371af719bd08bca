/**
 * Georeferencing cases, on hand-made TIFFs (src/testing/support.ts craftTiff: 4 × 3 cells,
 * EPSG:2154, 2 m cells, tiepoint (0, 0) → (700000, 6600000)) and on files GDAL writes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GeoTiffError, readGeoTiff } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  craftTiff,
  firstDifference,
  gdalinfoJson,
  RUN_GDAL_TESTS,
  SHARED_DIR,
  toArrayBuffer,
} from '../testing/support.js';
import { georefFromTags } from './georef.js';
import { TIFF_TYPE } from './tiff-writer.js';

const POINT_KEYS = [1, 1, 0, 3, 1024, 0, 1, 1, 1025, 0, 1, 2, 3072, 0, 1, 2154];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gisement-io-georef-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('georefFromTags', () => {
  it('places the origin from a tiepoint that is not at cell (0, 0): X − I·sx, Y + J·sy', () => {
    const geo = georefFromTags({ pixelScale: [2, 3, 0], tiepoints: [10, 20, 0, 700020, 6599940, 0] }, 2154, 'a.tif');
    expect(geo).toEqual({
      originX: 700000,
      originY: 6600000,
      cellSizeX: 2,
      cellSizeY: 3,
      epsg: 2154,
    });
  });

  it('reads a north-up ModelTransformation', () => {
    const m = [2, 0, 0, 700000, 0, -3, 0, 6600000, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(georefFromTags({ transformation: m }, null, 'a.tif')).toEqual({
      originX: 700000,
      originY: 6600000,
      cellSizeX: 2,
      cellSizeY: 3,
      epsg: null,
    });
  });

  it('refuses a rotated ModelTransformation', () => {
    const m = [2, 0.1, 0, 700000, 0.1, -3, 0, 6600000, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(() => georefFromTags({ transformation: m }, 2154, 'rot.tif')).toThrow(
      new GeoTiffError(
        'rot.tif',
        'rotated or skewed grid (ModelTransformation terms 0.1, 0.1) is not supported; warp it north-up first (gdalwarp)',
      ),
    );
  });

  it('refuses a south-up grid (negative ModelPixelScale Y)', () => {
    expect(() => georefFromTags({ pixelScale: [2, -2, 0], tiepoints: [0, 0, 0, 0, 0, 0] }, 2154, 's.tif')).toThrow(
      /unsupported grid orientation/,
    );
  });

  it('shifts a PixelIsPoint origin half a cell west and north (GDAL RFC 33)', () => {
    const geo = georefFromTags(
      { pixelScale: [2, 2, 0], tiepoints: [0, 0, 0, 700001, 6599999, 0], rasterType: 2 },
      2154,
      'p.tif',
    );
    expect(geo).toEqual({
      originX: 700000,
      originY: 6600000,
      cellSizeX: 2,
      cellSizeY: 2,
      epsg: 2154,
    });
  });
});

describe('reading hand-made files', () => {
  it('a PixelIsPoint file reads as pixel-is-area, rasterType "point"', async () => {
    const bytes = craftTiff({ 34735: { tag: 34735, type: TIFF_TYPE.SHORT, values: POINT_KEYS } });
    const r = await readGeoTiff(toArrayBuffer(bytes), {}, 'point.tif');
    expect(r.info.rasterType).toBe('point');
    expect(r.geo).toEqual({
      originX: 699999,
      originY: 6600001,
      cellSizeX: 2,
      cellSizeY: 2,
      epsg: 2154,
    });
  });

  it('a rotated file is refused with its name', async () => {
    const m = [2, 0.5, 0, 700000, 0.5, -2, 0, 6600000, 0, 0, 0, 0, 0, 0, 0, 1];
    const bytes = craftTiff({
      33550: null,
      33922: null,
      34264: { tag: 34264, type: TIFF_TYPE.DOUBLE, values: m },
    });
    await expect(readGeoTiff(toArrayBuffer(bytes), {}, 'rotated.tif')).rejects.toThrow(
      /^rotated\.tif: rotated or skewed grid/,
    );
  });

  it.runIf(RUN_GDAL_TESTS)('PixelIsPoint: our origin equals the one gdalinfo reports for the same file', async () => {
    const path = join(dir, 'point.tif');
    await writeFile(path, craftTiff({ 34735: { tag: 34735, type: TIFF_TYPE.SHORT, values: POINT_KEYS } }));
    const gdal = gdalinfoJson(path);
    const r = await readGeoTiffFile(path);
    expect(gdal.metadata?.['']?.AREA_OR_POINT).toBe('Point');
    expect([r.geo.originX, r.geo.cellSizeX, 0, r.geo.originY, 0, -r.geo.cellSizeY]).toEqual(gdal.geoTransform);
  });
});

/** Re-encode a shared file with gdal_translate and the given creation options. */
function gdalTranslate(src: string, dst: string, creationOptions: string[]): void {
  const args = [...creationOptions.flatMap((o) => ['-co', o]), '-q', src, dst];
  const run = spawnSync('gdal_translate', args, { encoding: 'utf8' });
  if (run.error || run.status !== 0)
    throw new Error(`gdal_translate failed (CI must install gdal-bin): ${run.error?.message ?? run.stderr}`);
}

describe.runIf(RUN_GDAL_TESTS)('same values across encodings written by gdal_translate', () => {
  const mosaic = `${SHARED_DIR}data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif`;
  const dem = `${SHARED_DIR}data/bilbao-pnoa-lidar/DEM.tif`;
  it.each([
    [
      'Float32 LZW + floating-point predictor, tiled 128',
      mosaic,
      ['COMPRESS=LZW', 'PREDICTOR=3', 'TILED=YES', 'BLOCKXSIZE=128', 'BLOCKYSIZE=128'],
    ],
    ['Float32 Deflate, tiled 64', mosaic, ['COMPRESS=DEFLATE', 'TILED=YES', 'BLOCKXSIZE=64', 'BLOCKYSIZE=64']],
    ['Float32 PackBits strips', mosaic, ['COMPRESS=PACKBITS']],
    ['Float32 uncompressed strips of 7 rows', mosaic, ['COMPRESS=NONE', 'BLOCKYSIZE=7']],
    ['Int16 LZW + horizontal predictor, tiled', dem, ['COMPRESS=LZW', 'PREDICTOR=2', 'TILED=YES']],
    ['Int16 uncompressed', dem, ['COMPRESS=NONE']],
  ])('%s', async (name, src, options) => {
    const path = join(dir, `${name.replace(/[^a-z0-9]+/gi, '_')}.tif`);
    gdalTranslate(src, path, options);
    const original = await readGeoTiffFile(src);
    const copy = await readGeoTiffFile(path);
    expect(copy.geo).toEqual(original.geo);
    expect(copy.nodata).toBe(original.nodata);
    expect(firstDifference(copy.data, original.data)).toBe(-1);
    const window = { col: 100, row: 50, width: 150, height: 100 };
    const part = await readGeoTiffFile(path, { window });
    const expected = await readGeoTiffFile(src, { window });
    expect(firstDifference(part.data, expected.data)).toBe(-1);
  });
});
